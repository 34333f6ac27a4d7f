// Report a concern: the first render and every step change, as a person clicks through to
// check answers and back. Budget: no long task (> 50 ms) anywhere (issue #3).
import {watchLongTasks, time, publish, fail, nextPaint} from './harness.js';
import '../src/report-concern/index.js';
import type {HopeReportConcern} from '../src/report-concern/index.js';

const $ = (el: HopeReportConcern, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function click(el: HopeReportConcern, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
  await nextPaint();
}

/** Each action is its own task, as a person's click is: a pause, then the click is timed to the next paint. */
const pause = () => new Promise((r) => setTimeout(r, 20));

try {
  const tasks = watchLongTasks();
  let el!: HopeReportConcern;
  const firstRenderMs = await time(async () => {
    el = document.createElement('hope-report-concern');
    el.endpoint = '/receiver/bench/submit';
    document.getElementById('host')!.append(el);
    await el.updateComplete;
  });
  const steps: number[] = [];
  const step = async (selector: string) => {
    await pause();
    steps.push(await time(() => click(el, selector)));
  };
  await click(el, '#danger-no');
  await step('form button[type=submit]');
  el.prefill({indicators: ['documents-held'], exploitationTypes: ['labour']});
  await el.updateComplete;
  await step('form button[type=submit]');
  const description = $(el, '#description') as HTMLTextAreaElement;
  description.value = 'Workers at the car wash sleep in the back room.';
  description.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
  for (let i = 0; i < 5; i++) await step('form button[type=submit]');
  await step('.summary a[href="#description"]');
  await step('form button[type=submit]');
  const long = tasks.stop();
  publish({
    metrics: {firstRenderMs, slowestStepMs: Math.max(...steps), maxLongTaskMs: Math.max(0, ...long)},
    budgets: {firstRenderMs: 200, slowestStepMs: 100, maxLongTaskMs: 50},
  });
} catch (e) {
  fail(e);
}

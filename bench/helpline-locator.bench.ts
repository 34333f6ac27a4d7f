// Helpline locator with a 5,000-entry feed: load it (fetch, parse, check, first render), search,
// filter by topic, language and "open now", show more pages and scroll through them — with no
// long task (> 50 ms) anywhere. Entries are fictional (Ofcom drama numbers) and realistic in size.
import {watchLongTasks, time, nextPaint, publish, fail} from './harness.js';
import '../src/helpline-locator/index.js';
import type {HopeHelplineLocator} from '../src/helpline-locator/index.js';
import type {Helpline, Topic} from '../src/helpline-locator/types.js';

const COUNT = 5000;
const TOPICS: Topic[] = ['modern-slavery', 'labour-exploitation', 'sexual-exploitation', 'criminal-exploitation', 'children', 'domestic-abuse', 'crisis-support', 'grievance'];
const ZONES = ['Europe/London', 'Europe/Warsaw', 'Asia/Dhaka', 'America/New_York', 'Europe/Istanbul', 'Asia/Kolkata'];
const LANGUAGES = ['en', 'pl', 'ro', 'bn', 'tr', 'ur', 'pa', 'gu', 'uk', 'vi', 'ar', 'so'];

function entry(i: number): Helpline {
  const pick = <T>(list: T[], k = 0) => list[(i * 7 + k) % list.length];
  const digits = String(i % 1000).padStart(3, '0');
  return {
    id: `bench-line-${i}`,
    name: {en: `Example community helpline ${i}`, pl: `Przykładowa linia pomocy ${i}`, ar: `خط مساعدة مثال ${i}`},
    organisation: `Example organisation ${i % 97}`,
    description: {en: `Advice and support for workers in district ${i % 211}, in several languages.`, pl: `Porady i wsparcie dla pracowników w dzielnicy ${i % 211}.`},
    countries: ['GB'],
    regions: [`District ${i % 211}`],
    topics: [pick(TOPICS), pick(TOPICS, 3)].filter((t, k, a) => a.indexOf(t) === k),
    channels: [
      {type: 'phone', value: `+44207946${String(i % 10000).padStart(4, '0')}`, display: `020 7946 ${String(i % 10000).padStart(4, '0')}`},
      {type: 'sms', value: `+447700900${digits}`, display: `07700 900${digits}`, hours: '24/7'},
      {type: 'web', value: `https://example.org/line/${i}`},
    ],
    languages: i % 5 === 0 ? undefined : [pick(LANGUAGES), pick(LANGUAGES, 5), ...(i % 3 === 0 ? ['interpreters'] : [])],
    hours:
      i % 4 === 0
        ? '24/7'
        : {
            timeZone: pick(ZONES),
            weekly: [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: i % 2 ? '17:00' : '02:00'}, {days: ['sat'], open: '10:00', close: '14:00'}],
            exceptions: [{date: '2026-12-25', closed: true}],
          },
    free: i % 2 === 0,
    confidential: true,
    source: `https://example.org/line/${i}`,
    checked: '2026-11-01',
    example: true,
  } as Helpline;
}

async function input(el: HopeHelplineLocator, selector: string, value: string | boolean) {
  const control = el.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>(selector);
  if (!control) throw new Error(`no ${selector}`);
  if (typeof value === 'boolean') control.click();
  else {
    control.value = value;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', {bubbles: true}));
  }
  await el.updateComplete;
}

try {
  const feed = JSON.stringify({schema: 'hope-widgets/helplines@1', example: true, items: Array.from({length: COUNT}, (_, i) => entry(i))});
  const src = URL.createObjectURL(new Blob([feed], {type: 'application/json'}));
  await nextPaint();

  const tasks = watchLongTasks();
  const el = document.createElement('hope-helpline-locator');
  el.country = 'GB';
  el.now = Date.UTC(2026, 0, 14, 10, 30);
  el.timeZone = 'Europe/London';
  const loadMs = await time(async () => {
    el.src = src;
    document.getElementById('host')!.append(el);
    await el.feedComplete;
  });
  const shown = () => el.shadowRoot!.querySelectorAll('[part=list] .entry').length;
  if (shown() !== 20) throw new Error(`expected 20 entries after load, saw ${shown()}`);

  // Typing a search, one key at a time, as a person does.
  let searchMs = 0;
  for (const text of ['d', 'di', 'dis', 'dist', 'distr', 'district 1']) searchMs = Math.max(searchMs, await time(() => input(el, '#search', text)));
  const topicMs = await time(() => input(el, '#topic', 'labour-exploitation'));
  const languageMs = await time(() => input(el, '#language', 'pl'));
  const openNowMs = await time(() => input(el, '#open-now', true));
  // Undo every filter, one action (and one frame) at a time, as a person would.
  let clearMs = 0;
  for (const [selector, value] of [['#search', ''], ['#topic', ''], ['#language', ''], ['#open-now', true]] as const) {
    clearMs = Math.max(clearMs, await time(() => input(el, selector, value)));
  }

  // Show ten more pages (220 helplines on the page), then scroll through them.
  let showMoreMs = 0;
  for (let i = 0; i < 10; i++) {
    showMoreMs = Math.max(showMoreMs, await time(async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
      await el.updateComplete;
    }));
  }
  if (shown() !== 220) throw new Error(`expected 220 entries after "show more", saw ${shown()}`);
  const scrollMs = await time(async () => {
    const end = document.documentElement.scrollHeight - innerHeight;
    for (let y = 0; y <= end; y += Math.max(200, end / 60)) {
      scrollTo(0, y);
      await nextPaint();
    }
  });

  const long = tasks.stop();
  URL.revokeObjectURL(src);
  publish({
    metrics: {loadMs, searchMs, topicMs, languageMs, openNowMs, clearMs, showMoreMs, scrollMs, longTasks: long.length, maxLongTaskMs: Math.max(0, ...long)},
    budgets: {loadMs: 1500, searchMs: 100, topicMs: 100, languageMs: 100, openNowMs: 100, clearMs: 100, showMoreMs: 100, scrollMs: 5000, longTasks: 0, maxLongTaskMs: 50},
  });
} catch (e) {
  fail(e);
}

/** How the report-concern tests put the form on the page and move through it, as a person would. */
import {fixture, html} from '@open-wc/testing';
import '../../src/report-concern/index.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';
import {deepActiveElement, press, textOf, type, waitFor} from '../helpers.js';

export interface CreateOptions {
  endpoint?: string;
  country?: string;
  locale?: string;
  privacyUrl?: string;
  quickExit?: string;
}

/** Every exit the tests trigger lands here instead of navigating the test page away. */
export const exits: string[] = [];

export async function create(o: CreateOptions = {}): Promise<HopeReportConcern> {
  const el = await fixture<HopeReportConcern>(html`<hope-report-concern
    .endpoint=${o.endpoint}
    country=${o.country ?? 'GB'}
    locale=${o.locale ?? 'en'}
    privacy-url=${o.privacyUrl ?? ''}
    quick-exit=${o.quickExit ?? 'on'}
  ></hope-report-concern>`);
  await el.updateComplete;
  const exit = el.shadowRoot!.querySelector('hope-quick-exit');
  if (exit) exit.navigate = (href) => exits.push(href);
  el.timeout = 3000;
  el.retryDelay = 40;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HopeReportConcern, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: HopeReportConcern, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The step's page heading. */
export const headingText = (el: HopeReportConcern) => textOf($(el, 'h2[tabindex]'));

/**
 * Settles the element (two rounds: a state change may cause one more update), and waits, as a
 * person would, while a step that arrives after the first question shows "Loading…".
 */
export async function settle(el: HopeReportConcern): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  await waitFor(() => !$(el, 'p.hint[role=status]'), {message: 'the later steps'});
}

export async function click(el: HopeReportConcern, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await settle(el);
}

/** Presses the step's Continue (or Send) button with the mouse. */
export const submit = (el: HopeReportConcern) => click(el, 'form button[type=submit]');

/** Focuses a control with a click-free focus() and types into it through the keyboard. */
export async function typeInto(el: HopeReportConcern, selector: string, text: string): Promise<void> {
  $(el, selector)!.focus();
  await type(text);
  await settle(el);
}

/** Tab (forwards) until the focused element matches, as a keyboard user would. */
export async function tabTo(el: HopeReportConcern, matches: (e: Element) => boolean, limit = 60): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached the element (last: ${deepActiveElement()?.outerHTML.slice(0, 120)})`);
}

/** The answers as the person sees them on "Check your answers": key → value text. */
export function summary(el: HopeReportConcern): Record<string, string> {
  return Object.fromEntries($$(el, '.summary .row').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd.value'))]));
}

/** To "What did you see or hear?": not in danger, then one type (the first, forced labour, unless named). */
export async function toDescriptionStep(el: HopeReportConcern, typeSelector = '#types'): Promise<void> {
  await click(el, '#danger-no');
  await submit(el);
  await click(el, typeSelector);
  await submit(el);
}

/** The quickest way a person gets to "Check your answers": no danger, forced labour, a description, nothing else. */
export async function toCheckAnswers(el: HopeReportConcern, description = 'Men are picked up at 5am in a white van and look exhausted.'): Promise<void> {
  await toDescriptionStep(el);
  await typeInto(el, '#description', description);
  for (let i = 0; i < 5; i++) await submit(el);
}

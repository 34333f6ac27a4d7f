/** How the checklist's tests act as a person: find things in its shadow root, tick signs by keyboard. */
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {press} from '../helpers.js';

export const q = <T extends Element = HTMLElement>(el: HopeIndicatorChecklist, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;

/** Ticks signs as a person would: focus the box (opening its group first), press Space. */
export async function tick(el: HopeIndicatorChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const input = q<HTMLInputElement>(el, `#sign-${id}`);
    const body = input.closest<HTMLElement>('.group-body')!;
    if (body.hidden) {
      q(el, `#toggle-${body.id.replace('group-', '')}`).click();
      await el.updateComplete;
    }
    input.focus();
    await press(' ');
    await el.updateComplete;
  }
}

/**
 * A stand-in for <hope-report-concern> in the hand-off tests: it records every `prefill()` and
 * moves focus to its heading when focused, as the real form does. Registered only by
 * `defineStandIn()`, and only if the real form is not on the page.
 */
import type {Handoff} from '../../src/core/handoff.js';

export class ReportFormStandIn extends HTMLElement {
  calls: Handoff[] = [];
  updateComplete = Promise.resolve(true);

  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML = '<h2 tabindex="-1">Report a concern</h2>';
  }

  prefill(selection: Handoff): void {
    this.calls.push(structuredClone(selection));
  }

  override focus(options?: FocusOptions): void {
    this.shadowRoot!.querySelector('h2')!.focus(options);
  }
}

export function defineStandIn(): void {
  if (!customElements.get('hope-report-concern')) customElements.define('hope-report-concern', ReportFormStandIn);
}

/**
 * GOV.UK question patterns ported to shadow DOM: the error summary, inline error messages and
 * the honeypot. Links move focus through the widget's own root and never touch `location.hash`.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';

export interface FieldError {
  /** Id of the control (or of the first control of a group) inside the shadow root. */
  field: string;
  message: string;
}

/** Focus a field by id inside `root`: the control itself, scrolled so its label or legend shows. */
export function focusField(root: ParentNode & {getElementById?(id: string): HTMLElement | null}, id: string): void {
  const el = (root.getElementById?.(id) ?? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)) as HTMLElement | null;
  if (!el) return;
  const heading = el.closest('fieldset')?.querySelector('legend') ?? el.closest('.form-group')?.querySelector('label');
  (heading ?? el).scrollIntoView({block: 'start'});
  el.focus({preventScroll: true});
}

export function errorSummary(errors: FieldError[], root: ParentNode) {
  if (!errors.length) return nothing;
  const go = (e: Event, id: string) => {
    e.preventDefault();
    focusField(root, id);
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" data-error-summary>
    <div role="alert">
      <h2 class="error-summary-title">${msg('There is a problem', {id: 'form.error-summary.title'})}</h2>
      <ul>
        ${errors.map((e) => html`<li><a href="#${e.field}" @click=${(ev: Event) => go(ev, e.field)}>${e.message}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** The inline message, prefixed for screen readers. Give the control `aria-describedby` = `${id}-error`. */
export function errorMessage(id: string, message: string | undefined) {
  if (!message) return nothing;
  return html`<p id="${id}-error" class="error-message">
    <span class="visually-hidden">${msg('Error:', {id: 'form.error-prefix'})}</span> ${message}
  </p>`;
}

/**
 * A field people never see or reach; bots fill it in. Its value travels in `signals.honeypot`
 * and the receiver decides: a person is never blocked by it.
 */
export function honeypot(onInput: (filled: boolean) => void) {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="hope-website">Website</label>
    <input id="hope-website" name="website" type="text" tabindex="-1" autocomplete="off"
      @input=${(e: Event) => onInput(Boolean((e.target as HTMLInputElement).value))} />
  </div>`;
}

/**
 * Field errors from a problem+json rejection: each `errors[].pointer` the widget knows becomes
 * our own localized sentence on that field (never the validator's words).
 */
export function serverFieldErrors(pointers: readonly string[], fieldFor: (pointer: string) => string | undefined): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const p of pointers) {
    const field = fieldFor(p);
    if (!field || seen.has(field)) continue;
    seen.add(field);
    out.push({field, message: msg('The organisation could not accept this answer. Check it and try again.', {id: 'form.server-field-error'})});
  }
  return out;
}

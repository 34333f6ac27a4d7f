/**
 * The form kit every widget's form uses: GOV.UK question patterns ported to shadow DOM (a text
 * field with its label, hint, error and control in one root; the error summary; inline error
 * messages; the honeypot) and the one message for each check of core/validators.ts. Links move
 * focus through the widget's own root and never touch `location.hash`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {numberText} from './intl.js';

/** The words for the shared checks: one message per rule, the same in every form. */
export const checkText = {
  phone: () => msg('Enter a phone number with 7 to 15 digits, like 07700 900 982 or +44 20 7946 0123', {id: 'form.error.phone'}),
  email: () => msg('Enter an email address in the correct format, like name@example.com', {id: 'form.error.email'}),
  tooLong: (max: number) => {
    const limit = numberText(max);
    return msg(str`Shorten this answer to ${limit} characters or fewer`, {id: 'form.error.too-long'});
  },
};

const ids = (...list: Array<string | false | undefined | ''>) => list.filter(Boolean).join(' ') || nothing;

export interface TextField {
  /** The control's id (and name, unless `name` is given). */
  id: string;
  name?: string;
  label: unknown;
  value: string;
  error?: string;
  hint?: unknown;
  /** A <textarea> instead of an <input>. */
  area?: boolean;
  type?: string;
  /** A width class such as `width-20`. */
  width?: string;
  autocomplete?: string;
  inputmode?: string;
  spellcheck?: boolean;
  /** `ltr` for numbers and addresses typed in right-to-left pages. */
  dir?: string;
  /** `max` of a date input. */
  max?: string;
  /** Another element that describes the control. */
  described?: string | false;
  /** Content after the control (inside the group). */
  after?: unknown;
  onInput?: (value: string) => void;
}

/** A GOV.UK text question: label, hint, error message and control, with `aria-describedby` and `aria-invalid`. */
export function textField(f: TextField): TemplateResult {
  const described = ids(f.hint !== undefined && `${f.id}-hint`, f.error && `${f.id}-error`, f.described);
  const input = f.onInput && ((e: Event) => f.onInput!((e.target as HTMLInputElement).value));
  return html`<div class="form-group ${f.error ? 'has-error' : ''}">
    <label class="label" for=${f.id}>${f.label}</label>
    ${f.hint !== undefined ? html`<div class="hint" id="${f.id}-hint">${f.hint}</div>` : nothing}
    ${errorMessage(f.id, f.error)}
    ${f.area
      ? html`<textarea id=${f.id} name=${f.name ?? f.id} rows="5" autocomplete=${f.autocomplete ?? 'off'} dir=${f.dir ?? nothing}
          .value=${f.value} aria-describedby=${described} aria-invalid=${f.error ? 'true' : nothing} @input=${input ?? nothing}></textarea>`
      : html`<input id=${f.id} name=${f.name ?? f.id} type=${f.type ?? 'text'} class=${f.width ?? nothing} max=${f.max ?? nothing}
          autocomplete=${f.autocomplete ?? 'off'} inputmode=${f.inputmode ?? nothing} dir=${f.dir ?? nothing}
          spellcheck=${f.spellcheck === false ? 'false' : nothing} .value=${f.value} aria-describedby=${described}
          aria-invalid=${f.error ? 'true' : nothing} @input=${input ?? nothing} />`}
    ${f.after ?? nothing}
  </div>`;
}

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

export interface SelectField {
  id: string;
  name?: string;
  label: unknown;
  /** The value chosen ('' for the first, empty option). */
  value: string;
  /** The first option, for "nothing chosen" ('' as its value). */
  none: string;
  options: ReadonlyArray<readonly [value: string, label: string]>;
  error?: string;
  onChange(value: string): void;
}

/** A GOV.UK select question: label, error message and a native <select>, with `aria-describedby` and `aria-invalid`. */
export function selectField(f: SelectField): TemplateResult {
  return html`<div class="form-group ${f.error ? 'has-error' : ''}">
    <label class="label" for=${f.id}>${f.label}</label>
    ${errorMessage(f.id, f.error)}
    <select id=${f.id} name=${f.name ?? f.id} autocomplete="off" aria-describedby=${f.error ? `${f.id}-error` : nothing}
      aria-invalid=${f.error ? 'true' : nothing} @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${!f.value}>${f.none}</option>
      ${f.options.map(([value, label]) => html`<option value=${value} .selected=${f.value === value}>${label}</option>`)}
    </select>
  </div>`;
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

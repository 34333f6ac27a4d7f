/**
 * The report's questions built from the core form kit: a text field (label, hint, error and
 * control in one root so `for=` and `aria-describedby` resolve) and a group of radios or
 * checkboxes in a fieldset. Every control is named after its answer, so one `input` listener on
 * the form keeps the answers up to date.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {errorMessage, textField as field} from '../core/form-kit.js';
import type {Answers, Field} from './answers.js';
import {w} from './words.js';

export interface View {
  a: Answers;
  err(f: Field): string | undefined;
  country: string;
  privacyUrl?: string;
  postcodeHint: boolean;
}

const ids = (...list: Array<string | false | undefined | ''>) => list.filter(Boolean).join(' ') || nothing;
const opt = (optional?: boolean) => (optional ? html` <span class="optional">${w.optional()}</span>` : nothing);

export interface TextOptions {
  hint?: unknown;
  area?: boolean;
  type?: string;
  width?: string;
  optional?: boolean;
  spellcheck?: boolean;
  /** Another element that describes the control. */
  described?: string | false;
  /** `max` of a date input. */
  max?: string;
  after?: unknown;
}

export function textField(v: View, f: Field, label: string, o: TextOptions = {}): TemplateResult {
  return field({...o, id: f, label: html`${label}${opt(o.optional)}`, value: v.a[f] as string, error: v.err(f)});
}

export type Option = readonly [value: string, label: string, hint?: string];

export interface ChoiceOptions {
  hint?: unknown;
  /** The legend is the page heading (a one-question step). */
  heading?: boolean;
  optional?: boolean;
}

export function choices(v: View, f: Field, type: 'radio' | 'checkbox', legend: string, options: readonly Option[], o: ChoiceOptions = {}) {
  const e = v.err(f);
  const current = v.a[f];
  return html`<div class="form-group ${e ? 'has-error' : ''}">
    <fieldset aria-describedby=${ids(o.hint !== undefined && `${f}-hint`, e && `${f}-error`)}>
      <legend>${o.heading ? html`<h2 tabindex="-1">${legend}</h2>` : legend}${opt(o.optional)}</legend>
      ${o.hint !== undefined ? html`<div class="hint" id="${f}-hint">${o.hint}</div>` : nothing}
      ${errorMessage(f, e)}
      <div class="choices">
        ${options.map(([value, label, hint], i) => {
          const id = i ? `${f}-${value}` : f;
          const checked = Array.isArray(current) ? current.includes(value) : current === value;
          return choice(type, id, f, value, checked, label, hint);
        })}
      </div>
    </fieldset>
  </div>`;
}

export function choice(type: 'radio' | 'checkbox', id: string, name: string, value: string, checked: boolean, label: string, hint?: string) {
  return html`<div class="choice">
    <input type=${type} id=${id} name=${name} .value=${value} .checked=${checked} aria-describedby=${hint ? `${id}-hint` : nothing} />
    <div>
      <label for=${id}>${label}</label>
      ${hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing}
    </div>
  </div>`;
}

export const yesNo = (): Option[] => [
  ['yes', w.yes()],
  ['no', w.no()],
];

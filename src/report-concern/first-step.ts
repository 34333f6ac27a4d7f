/**
 * The first question, "Are you or someone else in immediate danger?", and the step heading: all
 * the report form shows before a person answers. The other steps and check-answers come after it
 * (later-steps.ts), never before it.
 */
import {html, nothing} from 'lit';
import {choices, yesNo, type View} from './controls.js';
import {emergencyPanel} from './emergency.js';
import {w} from './words.js';

export const heading = (text: string) => html`<h2 tabindex="-1">${text}</h2>`;

export function dangerStep(v: View) {
  return html`${choices(v, 'danger', 'radio', w.danger(), yesNo(), {heading: true, hint: w.dangerHint()})}
    <div aria-live="assertive">${v.a.danger === 'yes' ? emergencyPanel(v.country) : nothing}</div>`;
}

/**
 * The checklist's parts: the optional start questions (place, type), one group of signs, the
 * "report what you saw" action and the short notes that say what just happened.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {errorMessage, selectField} from '../core/form-kit.js';
import {exploitationTypeLabel, type ExploitationType} from '../core/vocabulary.js';
import {
  INDICATOR_GROUPS,
  INDICATORS,
  groupLabel,
  indicatorExplanation,
  indicatorLabel,
  placeTypeLabel,
  PLACE_TYPES,
  type IndicatorGroup,
  type IndicatorGroupId,
  type PlaceType,
} from '../indicators/index.js';

export type Note = '' | 'opening' | 'added' | 'failed' | 'cleared';

/** Types a person can start from: those with a group of signs of their own. */
export const START_TYPES = INDICATOR_GROUPS.map((g) => g.id).filter((id): id is IndicatorGroupId & ExploitationType => id !== 'general');

export interface StartView {
  place: PlaceType | '';
  type: ExploitationType | '';
  placeError?: string;
  typeError?: string;
  onPlace(value: string): void;
  onType(value: string): void;
}

export function startQuestions(v: StartView) {
  return html`<fieldset class="start" part="start">
    <legend>${msg('Start here (you can skip this)', {id: 'indicator-checklist.start.legend'})}</legend>
    ${selectField({
      id: 'start-place',
      label: msg('Where did you see it?', {id: 'indicator-checklist.start.place'}),
      none: msg('Choose a place', {id: 'indicator-checklist.start.place-none'}),
      options: PLACE_TYPES.map((p) => [p, placeTypeLabel(p)] as const),
      value: v.place,
      error: v.placeError,
      onChange: v.onPlace,
    })}
    ${selectField({
      id: 'start-type',
      label: msg('What do you think might be happening?', {id: 'indicator-checklist.start.type'}),
      none: msg('I am not sure', {id: 'indicator-checklist.start.type-none'}),
      options: START_TYPES.map((t) => [t, exploitationTypeLabel(t)] as const),
      value: v.type,
      error: v.typeError,
      onChange: v.onType,
    })}
  </fieldset>`;
}

export interface GroupView {
  open: boolean;
  ticked: ReadonlySet<string>;
  /** The first ticked sign: a rejection of the signs is shown there. */
  firstTicked?: string;
  error?: string;
  onTick(e: Event): void;
  toggle(): void;
}

export function signGroup(group: IndicatorGroup, v: GroupView) {
  const signs = INDICATORS.filter((i) => i.group === group.id);
  const count = signs.filter((i) => v.ticked.has(i.id)).length;
  const label = groupLabel(group.id);
  return html`<div class="group" part="group">
    <h3 class="group-heading">
      <button type="button" class="group-toggle" id="toggle-${group.id}" aria-expanded=${v.open ? 'true' : 'false'}
        aria-controls="group-${group.id}" @click=${v.toggle}>
        <span class="group-title">${label}</span>
        ${count ? html`<span class="group-count">${msg(str`${count} ticked`, {id: 'indicator-checklist.group.ticked'})}</span>` : nothing}
        <span class="chevron" aria-hidden="true"></span>
      </button>
    </h3>
    <div class="group-body" id="group-${group.id}" ?hidden=${!v.open}>
      <fieldset>
        <legend class="visually-hidden">${label}</legend>
        <div class="choices">
          ${signs.map((i) => {
            const explanation = indicatorExplanation(i.id);
            const errorHere = v.error && i.id === v.firstTicked;
            const describedBy = [explanation ? `sign-${i.id}-hint` : '', errorHere ? 'signs-error' : ''].filter(Boolean).join(' ');
            return html`<div class="choice">
              <input type="checkbox" id="sign-${i.id}" name="indicators" value=${i.id} .checked=${v.ticked.has(i.id)}
                autocomplete="off" aria-describedby=${describedBy || nothing} @change=${v.onTick} />
              <div class="sign">
                <label for="sign-${i.id}">${indicatorLabel(i.id)}</label>
                ${explanation ? html`<p class="hint" id="sign-${i.id}-hint">${explanation}</p>` : nothing}
                ${errorHere ? errorMessage('signs', v.error) : nothing}
              </div>
            </div>`;
          })}
        </div>
      </fieldset>
      <p class="source" lang="en">
        ${msg('Source:', {id: 'indicator-checklist.source'})}
        ${group.sources.map((s) => html`<a href=${s.url} rel="noreferrer">${s.title}</a>`)}
      </p>
    </div>
  </div>`;
}

/** "Report what you saw" (only when the page names a report form or page); strong when the signs are serious. */
export function reportAction(count: number, strong: boolean, report: () => void) {
  return html`<div class="report">
    <p>
      ${count
        ? msg('You can report what you saw. The signs you ticked will be filled in for you.', {id: 'indicator-checklist.report.with-signs'})
        : msg('You can report a concern even if none of these signs fit.', {id: 'indicator-checklist.report.without-signs'})}
    </p>
    <button type="button" class="button ${strong ? '' : 'secondary'}" part="report-button" @click=${report}>
      ${msg('Report what you saw', {id: 'indicator-checklist.report.button'})}
    </button>
  </div>`;
}

export function noteText(note: Note) {
  switch (note) {
    case 'opening':
      return html`<p>${msg('Opening the report form…', {id: 'indicator-checklist.note.opening'})}</p>`;
    case 'added':
      return html`<p>${msg('The report form below now has the signs you ticked.', {id: 'indicator-checklist.note.added'})}</p>`;
    case 'failed':
      return html`<p class="notice warning">
        ${msg('The report form could not be opened. You can still contact the helpline above.', {id: 'indicator-checklist.note.failed'})}
      </p>`;
    case 'cleared':
      return html`<p>${msg('Everything you chose has been cleared.', {id: 'indicator-checklist.note.cleared'})}</p>`;
    default:
      return nothing;
  }
}

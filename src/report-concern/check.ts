/**
 * "Check your answers": a GOV.UK summary list with a Change link per answer. A step with nothing
 * answered still gets one row, so that every step can be reached from here.
 */
import {html, nothing} from 'lit';
import {EXPLOITATION_TYPES, exploitationTypeLabel} from '../core/vocabulary.js';
import {dateTimeFormat} from '../core/intl.js';
import {INDICATOR_IDS} from '../indicators/catalogue.js';
import {placeTypeLabel, type PlaceType} from '../indicators/places.js';
import {indicatorLabel} from '../indicators/labels.js';
import {FIELDS, STEPS, sharesContact, stepOf, tidyPostcode, type Answers, type Field, type Step} from './answers.js';
import {w} from './words.js';

const LABEL: Record<Field, () => string> = {
  danger: w.danger, types: w.types, description: w.description, indicators: w.signs,
  address: w.address, town: w.town, postcode: w.postcode, businessName: w.business, placeType: w.placeType,
  date: w.date, ongoing: w.ongoing, timeOfDay: w.timeOfDay,
  count: w.count, victims: w.victims, controllers: w.controllers, vehicles: w.vehicles,
  privacy: w.privacy, relationship: w.relationship, name: w.name, phone: w.phone, email: w.email,
  safeToContact: w.safe, channel: w.channel, times: w.times, language: w.language,
};

const STEP_TITLE: Partial<Record<Step, () => string>> = {seen: w.seen, where: w.where, when: w.when, people: w.people, you: w.you};

const list = (items: string[]) => html`<ul class="plain">${items.map((i) => html`<li>${i}</li>`)}</ul>`;

/** A date in the page's language, in the person's own regional variant of it when the browser has one (en-GB: 2 January 2026). */
function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return isNaN(date.getTime()) ? iso : dateTimeFormat({dateStyle: 'long', timeZone: 'UTC'}).format(date);
}

/** Whether an answer is shown: given, and asked at all with the other answers (contact details only when not anonymous). */
function answered(a: Answers, f: Field): boolean {
  const v = a[f];
  const given = Array.isArray(v) ? v.length > 0 : typeof v === 'boolean' ? v : v.trim() !== '';
  if (!given) return false;
  if (stepOf(f) !== 'you' || f === 'privacy' || f === 'relationship') return true;
  if (!sharesContact(a)) return false;
  return f === 'channel' || f === 'times' ? a.safeToContact === 'yes' : true;
}

function shown(a: Answers, f: Field, country: string): unknown {
  const v = a[f] as string;
  switch (f) {
    case 'danger':
    case 'safeToContact':
      return v === 'yes' ? w.yes() : w.no();
    case 'ongoing':
      return w.yes();
    case 'types':
      return list(EXPLOITATION_TYPES.filter((t) => a.types.includes(t)).map(exploitationTypeLabel));
    case 'indicators':
      return list(INDICATOR_IDS.filter((id) => a.indicators.includes(id)).map((id) => indicatorLabel(id)));
    case 'placeType':
      return placeTypeLabel(v as PlaceType);
    case 'date':
      return formatDate(v);
    case 'timeOfDay':
      return w.time(v);
    case 'count':
      return w.countValue(v);
    case 'relationship':
      return w.relation(v);
    case 'privacy':
      return w.privacyChoice(v)[0];
    case 'channel':
      return w.channelValue(v);
    case 'postcode':
      return html`<bdi class="ltr">${country === 'GB' ? tidyPostcode(v) : v.trim()}</bdi>`;
    case 'phone':
    case 'email':
      return html`<bdi class="ltr">${v.trim()}</bdi>`;
    default:
      return v.trim();
  }
}

export function checkAnswers(a: Answers, country: string, change: (e: Event, step: Step) => void, busy: boolean) {
  const rows = STEPS.flatMap((step) => {
    const fields = (Object.keys(FIELDS) as Field[]).filter((f) => stepOf(f) === step);
    const given = fields.filter((f) => answered(a, f)).map((f) => [f, LABEL[f](), shown(a, f, country === 'UK' ? 'GB' : country)] as const);
    if (given.length || !STEP_TITLE[step]) return given.map((r) => [step, ...r] as const);
    return [[step, fields[0], STEP_TITLE[step]!(), w.notAnswered()] as const];
  });
  return html`<dl class="summary" part="summary">
    ${rows.map(
      ([step, f, key, value]) => html`<div class="row">
        <dt>${key}</dt>
        <dd class="value" data-field=${f}>${value}</dd>
        <dd class="action">
          ${busy
            ? nothing
            : html`<a href="#${f}" @click=${(e: Event) => change(e, step)}>${w.change()}<span class="visually-hidden"> ${key}</span></a>`}
        </dd>
      </div>`,
    )}
  </dl>`;
}

/**
 * The question steps, one function each. A one-question step uses its legend as the page heading;
 * the others have an `<h2>` of their own. Every heading has `tabindex="-1"`: focus moves to it
 * when the step changes.
 */
import {html, nothing} from 'lit';
import {EXPLOITATION_TYPES, exploitationTypeLabel} from '../core/vocabulary.js';
import {helplineLine} from '../core/delivery-status.js';
import {INDICATOR_GROUPS, indicatorById, indicatorsForTypes, type Indicator} from '../indicators/catalogue.js';
import {PLACE_TYPES, placeTypeLabel} from '../indicators/places.js';
import {groupLabel, indicatorExplanation, indicatorLabel} from '../indicators/labels.js';
import {CHANNELS, COUNTS, DESCRIPTION_MAX, PRIVACY, RELATIONSHIPS, TIMES_OF_DAY, sharesContact, today, type Step} from './answers.js';
import {choice, choices, textField, yesNo, type View} from './controls.js';
import {dangerStep, heading} from './first-step.js';
import {w} from './words.js';

/** The character count under the description: a polite live region that speaks only near the limit. */
function count(length: number) {
  const left = DESCRIPTION_MAX - length;
  return html`<div id="description-count" class="hint count ${left < 0 ? 'over' : ''}" aria-live="polite">
    ${left < 0 ? w.over(-left) : left < 500 ? w.left(left) : w.limit(DESCRIPTION_MAX)}
  </div>`;
}

/** Signs for the chosen types (general signs always), plus any already picked (e.g. handed over by the checklist). */
function signs(v: View) {
  const picked = v.a.indicators;
  const shown = new Set(indicatorsForTypes(v.a.types).map((i) => i.id).concat(picked));
  const list = [...shown].map((id) => indicatorById(id)).filter((i): i is Indicator => Boolean(i));
  let n = 0;
  return html`<details class="signs" ?open=${picked.length > 0 || Boolean(v.err('indicators'))}>
    <summary>${w.signsOpen()}</summary>
    ${INDICATOR_GROUPS.map((g) => {
      const inGroup = list.filter((i) => i.group === g.id);
      if (!inGroup.length) return nothing;
      return html`<fieldset class="form-group">
        <legend>${groupLabel(g.id)}</legend>
        <div class="choices">
          ${inGroup.map((i) => choice('checkbox', n++ ? `ind-${i.id}` : 'indicators', 'indicators', i.id, picked.includes(i.id), indicatorLabel(i.id), indicatorExplanation(i.id)))}
        </div>
      </fieldset>`;
    })}
  </details>`;
}

export function stepContent(step: Step, v: View) {
  const a = v.a;
  switch (step) {
    case 'danger':
      return dangerStep(v);
    case 'types':
      return choices(
        v,
        'types',
        'checkbox',
        w.types(),
        EXPLOITATION_TYPES.map((t) => [t, exploitationTypeLabel(t)] as const),
        {heading: true, hint: w.typesHint()},
      );
    case 'seen':
      return html`${heading(w.seen())}
        ${textField(v, 'description', w.description(), {hint: w.descriptionHint(), area: true, described: 'description-count', after: count(a.description.trim().length)})}
        ${signs(v)}`;
    case 'where':
      return html`${heading(w.where())}
        <p class="hint">${w.allOptional()}</p>
        ${textField(v, 'address', w.address(), {area: true})} ${textField(v, 'town', w.town(), {width: 'width-20'})}
        ${textField(v, 'postcode', w.postcode(), {
          width: 'width-10',
          spellcheck: false,
          described: v.postcodeHint && 'postcode-check',
          after: html`<div class="hint postcode-check" id="postcode-check" role="status">${v.postcodeHint ? w.postcodeCheck() : nothing}</div>`,
        })}
        ${textField(v, 'businessName', w.business())}
        <div class="form-group">
          <label class="label" for="placeType">${w.placeType()}</label>
          <select id="placeType" name="placeType" autocomplete="off">
            <option value="" ?selected=${!a.placeType}>${w.choosePlace()}</option>
            ${PLACE_TYPES.map((p) => html`<option value=${p} ?selected=${a.placeType === p}>${placeTypeLabel(p)}</option>`)}
          </select>
        </div>`;
    case 'when':
      return html`${heading(w.when())}
        <p class="hint">${w.allOptional()}</p>
        ${textField(v, 'date', w.date(), {hint: w.dateHint(), type: 'date', width: 'width-10', max: today()})}
        <div class="form-group">${choice('checkbox', 'ongoing', 'ongoing', 'yes', a.ongoing, w.ongoing())}</div>
        ${choices(v, 'timeOfDay', 'radio', w.timeOfDay(), TIMES_OF_DAY.map((t) => [t, w.time(t)] as const))}`;
    case 'people':
      return html`${heading(w.people())}
        <p class="hint">${w.allOptional()}</p>
        ${choices(v, 'count', 'radio', w.count(), COUNTS.map((c) => [c, w.countValue(c)] as const))}
        ${textField(v, 'victims', w.victims(), {hint: w.victimsHint(), area: true})}
        ${textField(v, 'controllers', w.controllers(), {area: true})}
        ${textField(v, 'vehicles', w.vehicles(), {hint: w.vehiclesHint(), area: true})}`;
    case 'you':
      return you(v);
    default:
      return nothing;
  }
}

function you(v: View) {
  const a = v.a;
  const contact = sharesContact(a);
  return html`${heading(w.you())}
    ${choices(v, 'relationship', 'radio', w.relationship(), RELATIONSHIPS.map((r) => [r, w.relation(r)] as const), {optional: true})}
    ${choices(v, 'privacy', 'radio', w.privacy(), PRIVACY.map((p) => [p, ...w.privacyChoice(p)] as const))}
    <p class="notice">${w.honest()}</p>
    ${v.privacyUrl ? html`<p><a href=${v.privacyUrl} target="_blank" rel="noopener noreferrer">${w.privacyLink()}</a></p>` : nothing}
    ${contact
      ? html`${textField(v, 'name', w.name(), {optional: true, spellcheck: false})}
          ${textField(v, 'phone', w.phone(), {hint: w.contactHint(), type: 'tel', width: 'width-20', spellcheck: false})}
          ${textField(v, 'email', w.email(), {type: 'email', spellcheck: false})}
          ${choices(v, 'safeToContact', 'radio', w.safe(), yesNo(), {hint: w.safeHint()})}
          ${a.safeToContact === 'no' ? html`<div class="notice"><p>${w.unsafe()}</p>${helplineLine(v.country)}</div>` : nothing}
          ${a.safeToContact === 'yes'
            ? html`${choices(v, 'channel', 'radio', w.channel(), CHANNELS.map((c) => [c, w.channelValue(c)] as const), {optional: true})}
              ${textField(v, 'times', w.times(), {hint: w.timesHint(), optional: true})}`
            : nothing}
          ${textField(v, 'language', w.language(), {optional: true, width: 'width-20'})}`
      : nothing}`;
}

/**
 * Booking one session: its summary, the "filled up" offer, the registration form built from the
 * core form kit, and the words of the delivery status (with the calendar file once delivered).
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {errorMessage, errorSummary, honeypot, selectField, serverFieldErrors, textField, type FieldError} from '../core/form-kit.js';
import type {SubmissionState} from '../core/submission.js';
import type {Entry} from './feed.js';
import {backText, bookText, closedText, sectorLabel, SECTORS, waitingListText, type Sector} from './labels.js';
import {FIELD_IDS, fieldForPointer, type Answers} from './registration.js';
import {facts} from './sessions-view.js';
import type {SessionTexts} from './session-text.js';

/** What the booking needs from the element. */
export interface BookingView {
  e: Entry;
  state: SubmissionState;
  busy: boolean;
  configProblem: boolean;
  full: boolean;
  open: boolean;
  answers: Answers;
  errors: FieldError[];
  privacy?: string;
  texts: SessionTexts;
  zone: string;
  root: ParentNode;
  back(): void;
  set<K extends keyof Answers>(key: K, value: Answers[K]): void;
  submit(ev: Event): void;
  joinWaitingList(): void;
  bot(filled: boolean): void;
}

export function booking(v: BookingView) {
  const st = v.state;
  if (st.phase === 'delivered') return nothing;
  const filledUp = st.phase === 'rejected' && (st.error === 'full' || st.error === 'closed');
  return html`
    ${v.busy ? nothing : html`<button type="button" class="link-button back" @click=${v.back}>${backText()}</button>`}
    <h2 id="ts-form-heading" tabindex="-1">${v.full ? waitingListText() : bookText()}</h2>
    <div class="summary">
      <h3 class="summary-title" dir="auto">${v.e.s.title}</h3>
      ${facts(v.e, v.full, v.texts, v.zone, true)}
    </div>
    ${filledUp
      ? html`<div class="notice warning" part="full-offer" id="ts-full" tabindex="-1" role="alert">
          ${st.error === 'full'
            ? html`<p><strong>${msg('Sorry, this session filled up before your booking arrived.', {id: 'training-signup.full-offer.title'})}</strong></p>
                <p>${msg('You have not got a place. You can join the waiting list with the answers you have already given: there is nothing to type again.', {id: 'training-signup.full-offer.body'})}</p>
                <button class="button" type="button" @click=${v.joinWaitingList}>${waitingListText()}</button>`
            : html`<p><strong>${closedText()}</strong></p>`}
        </div>`
      : nothing}
    ${v.open ? form(v) : filledUp && st.error === 'closed' ? nothing : html`<p class="notice warning" role="alert">${closedText()}</p>`}
  `;
}

function form(v: BookingView) {
  const st = v.state;
  const errors = v.errors.length ? v.errors : st.phase === 'rejected' ? serverFieldErrors(st.pointers, fieldForPointer) : [];
  const errorFor = (key: keyof Answers) => errors.find((x) => x.field === FIELD_IDS[key])?.message;
  const a = v.answers;
  const input = (
    key: 'name' | 'email' | 'phone' | 'organisation' | 'role' | 'heard' | 'requirements',
    label: string,
    o: {type?: string; autocomplete: string; hint?: string; spellcheck?: boolean; width?: string; area?: boolean},
  ) => textField({...o, id: FIELD_IDS[key], name: key, label, value: a[key], error: errorFor(key), onInput: (value) => v.set(key, value)});
  const describedBy = (key: keyof Answers) => (errorFor(key) ? `${FIELD_IDS[key]}-error` : nothing);
  const organiser = v.e.s.organiser?.name;
  return html`
    ${errorSummary(errors, v.root)}
    <form novalidate part="form" @submit=${v.submit}>
      ${input('name', msg('Full name', {id: 'training-signup.field.name'}), {autocomplete: 'name', spellcheck: false})}
      ${input('email', msg('Email address', {id: 'training-signup.field.email'}), {
        type: 'email',
        autocomplete: 'email',
        spellcheck: false,
        hint: msg('The organiser uses this to confirm your booking.', {id: 'training-signup.field.email-hint'}),
      })}
      ${input('phone', msg('Telephone number (optional)', {id: 'training-signup.field.phone'}), {
        type: 'tel',
        autocomplete: 'tel',
        width: 'width-20',
        hint: msg('Only used if the session has to change at short notice.', {id: 'training-signup.field.phone-hint'}),
      })}
      ${selectField({
        id: FIELD_IDS.sector,
        name: 'sector',
        label: msg('Which best describes you?', {id: 'training-signup.field.sector'}),
        none: msg('Choose one', {id: 'training-signup.field.sector-choose'}),
        options: SECTORS.map((s) => [s, sectorLabel(s)] as const),
        value: a.sector,
        error: errorFor('sector'),
        onChange: (value) => v.set('sector', value as Sector),
      })}
      ${input('organisation', msg('Organisation you work or volunteer for', {id: 'training-signup.field.organisation'}), {
        autocomplete: 'organization',
        hint: msg('Leave this blank if you are coming as a member of the public.', {id: 'training-signup.field.organisation-hint'}),
      })}
      ${input('role', msg('Your job title or role (optional)', {id: 'training-signup.field.role'}), {autocomplete: 'organization-title'})}
      ${input('heard', msg('How did you hear about this training? (optional)', {id: 'training-signup.field.heard'}), {autocomplete: 'off'})}
      ${input('requirements', msg('Accessibility or other requirements (optional)', {id: 'training-signup.field.requirements'}), {
        autocomplete: 'off',
        area: true,
        hint: msg('For example step-free access, a hearing loop, a sign language interpreter, breaks, or food you cannot eat.', {id: 'training-signup.field.requirements-hint'}),
      })}
      <div class="form-group ${errorFor('consentContact') ? 'has-error' : ''}">
        <fieldset aria-describedby=${describedBy('consentContact')}>
          <legend>${msg('Contact', {id: 'training-signup.field.consent-legend'})}</legend>
          ${errorMessage(FIELD_IDS.consentContact, errorFor('consentContact'))}
          <div class="choices">
            <div class="choice">
              <input type="checkbox" id="ts-consent-contact" name="consentContact" .checked=${a.consentContact}
                aria-invalid=${errorFor('consentContact') ? 'true' : nothing}
                @change=${(ev: Event) => v.set('consentContact', (ev.target as HTMLInputElement).checked)} />
              <label for="ts-consent-contact">
                ${organiser
                  ? msg(str`I agree that ${organiser} may contact me about this session`, {id: 'training-signup.field.consent-named'})
                  : msg('I agree that the organiser may contact me about this session', {id: 'training-signup.field.consent'})}
              </label>
            </div>
            <div class="choice">
              <input type="checkbox" id="ts-consent-future" name="consentFuture" .checked=${a.consentFuture}
                @change=${(ev: Event) => v.set('consentFuture', (ev.target as HTMLInputElement).checked)} />
              <label for="ts-consent-future">${msg('Also tell me about future training (optional)', {id: 'training-signup.field.consent-future'})}</label>
            </div>
          </div>
        </fieldset>
      </div>
      ${v.privacy
        ? html`<p><a href=${v.privacy} target="_blank" rel="noopener">${msg('How your information is used (opens in a new tab)', {id: 'training-signup.privacy'})}</a></p>`
        : nothing}
      ${honeypot(v.bot)}
      <button class="button" type="submit" part="submit" ?disabled=${v.configProblem}>
        ${v.full ? waitingListText() : msg('Book my place', {id: 'training-signup.submit'})}
      </button>
    </form>
  `;
}


/** The words of the delivery status for this booking (the live region itself is the core's). */
export function statusWords(v: {e?: Entry; full: boolean; waiting: boolean; email: string; ics?: {url: string; name: string}; texts: SessionTexts; zone: string; back(): void}) {
  if (!v.e) return {};
  const waiting = v.waiting;
  return {
    delivered: waiting
      ? msg('You are on the waiting list', {id: 'training-signup.done.waiting-title'})
      : msg('Booking sent', {id: 'training-signup.done.title'}),
    next: html`<h3 class="summary-title" dir="auto">${v.e.s.title}</h3>
      ${facts(v.e, v.full, v.texts, v.zone, true)}
      <p>
        ${waiting
          ? msg('You do not have a place yet. The organiser will contact you if one becomes free, at:', {id: 'training-signup.done.waiting-next'})
          : msg('The organiser will confirm your place by email, at:', {id: 'training-signup.done.next'})}
        <bdi class="ltr">${v.email}</bdi>
      </p>
      ${v.ics && !waiting
        ? html`<p>
            <a class="button secondary" part="calendar-link" href=${v.ics.url} download=${v.ics.name}>${msg('Add to calendar', {id: 'training-signup.done.calendar'})}</a>
            <span class="hint">${msg('Downloads a calendar file (.ics) for this session.', {id: 'training-signup.done.calendar-hint'})}</span>
          </p>`
        : nothing}
      <button class="button secondary" type="button" @click=${v.back}>${backText()}</button>`,
  };
}

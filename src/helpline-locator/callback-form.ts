/**
 * The "ask for a call back" form (when the host sets `endpoint` or `deliver`): phone, whether it
 * is safe to call, best time, language and a note, sent as `hope-widgets/helpline-callback@1`
 * through the core submission client with every guarantee of the wire contract.
 */
import {html, nothing, type ReactiveController} from 'lit';
import {msg} from '@lit/localize';
import {SubmissionController} from '../core/submission.js';
import type {SendingElement} from '../core/sending-element.js';
import {configMessage, deliveryStatus} from '../core/delivery-status.js';
import {checkText, errorMessage, errorSummary, honeypot, serverFieldErrors, textField, type FieldError} from '../core/form-kit.js';
import {FocusAfterUpdate} from '../core/focus.js';
import {tidyPhone, tooLong, validPhone} from '../core/validators.js';
import {getLocale} from '../core/localization.js';
import {nativeLanguageName} from '../core/intl.js';

/** Languages offered for the call, besides the page's: those most asked for by workers in the UK and the EU. */
const LANGUAGES = 'en pl ro bg lt lv sk cs hu pt es fr it sq uk ru vi zh ar fa ku ur bn pa gu hi ta ne tl ti am so tr'.split(' ');

const POINTERS: Record<string, string> = {
  '/data/phone': 'cb-phone',
  '/data/safeToCall': 'cb-safe-yes',
  '/data/bestTime': 'cb-time',
  '/data/language': 'cb-language',
  '/data/note': 'cb-note',
};

export interface CallbackHost extends SendingElement {
  /** The helpline the request is for (sent as `helplineId`). */
  callbackHelpline?: string;
}

export class CallbackForm implements ReactiveController {
  readonly submission: SubmissionController;
  private open = false;
  private phone = '';
  private safe?: boolean;
  private bestTime = '';
  private language?: string;
  private note = '';
  private bot = false;
  private errors: FieldError[] = [];
  private mapped = '';
  private country = '';
  private lastPhase = 'idle';
  private readonly focusNext: FocusAfterUpdate;

  constructor(private readonly host: CallbackHost) {
    this.submission = new SubmissionController(host, {widget: 'helpline-locator', schema: 'hope-widgets/helpline-callback@1', fieldFor: (p) => POINTERS[p]});
    host.addController(this);
    this.focusNext = new FocusAfterUpdate(host);
  }

  /** Before each render: learn from the submission's outcome. */
  hostUpdate(): void {
    const s = this.submission.state;
    // The form (and the button that was pressed) goes away once delivered: focus the section's heading.
    if (s.phase === 'delivered' && this.lastPhase !== 'delivered') this.focusNext.request('#cb-title');
    this.lastPhase = s.phase;
    if (s.phase === 'rejected' && s.id + s.pointers.join() !== this.mapped) {
      this.mapped = s.id + s.pointers.join();
      this.errors = serverFieldErrors(s.pointers, (p) => POINTERS[p]);
    }
  }

  /** Forget everything typed (quick exit, or "ask again"). */
  clear(): void {
    this.open = false;
    this.phone = this.bestTime = this.note = '';
    this.safe = this.language = undefined;
    this.errors = [];
    this.bot = false;
    this.submission.reset();
    this.host.requestUpdate();
  }

  private set<K extends 'phone' | 'bestTime' | 'note' | 'language'>(key: K) {
    return (value: string) => {
      (this as unknown as Record<K, string>)[key] = value;
      this.host.requestUpdate();
    };
  }

  private validate(): FieldError[] {
    const errors: FieldError[] = [];
    const add = (field: string, message: string) => errors.push({field, message});
    if (!this.phone.trim()) add('cb-phone', msg('Enter the phone number to call', {id: 'helpline-locator.callback.phone.missing'}));
    else if (!validPhone(this.phone)) add('cb-phone', checkText.phone());
    if (this.safe === undefined) add('cb-safe-yes', msg('Select whether it is safe to call you', {id: 'helpline-locator.callback.safe.missing'}));
    if (tooLong(this.bestTime, 200)) add('cb-time', checkText.tooLong(200));
    if (tooLong(this.note, 2000)) add('cb-note', checkText.tooLong(2000));
    return errors;
  }

  private readonly again = () => {
    this.clear();
    this.show();
  };

  private readonly show = () => {
    this.open = true;
    this.focusNext.request('#cb-phone');
  };

  private readonly send = (e: Event) => {
    e.preventDefault();
    this.errors = this.validate();
    if (this.errors.length) {
      this.focusNext.request('[data-error-summary]');
      return;
    }
    const optional = (v: string) => v.trim() || undefined;
    const data = {
      phone: tidyPhone(this.phone),
      safeToCall: this.safe,
      bestTime: optional(this.bestTime),
      language: this.chosenLanguage(),
      note: optional(this.note),
      country: /^[A-Z]{2}$/.test(this.country) ? this.country : undefined,
      helplineId: this.host.callbackHelpline || undefined,
    };
    this.submission.submit(JSON.parse(JSON.stringify(data)), {honeypot: this.bot});
  };

  private chosenLanguage(): string {
    return this.language ?? getLocale().split('-')[0];
  }

  render(country: string) {
    this.country = country;
    const s = this.submission.state;
    const problem = this.submission.configProblem;
    const error = (field: string) => this.errors.find((x) => x.field === field)?.message;
    const describedBy = (field: string, hint?: string) => [hint, error(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    const languages = [...new Set([getLocale().split('-')[0], ...LANGUAGES])];
    const chosen = this.chosenLanguage();
    const fieldClass = (field: string) => `form-group${error(field) ? ' has-error' : ''}`;
    let body: unknown;
    if (s.phase === 'delivered') {
      body = html`<button type="button" class="button secondary" @click=${this.again}>
        ${msg('Ask for another call back', {id: 'helpline-locator.callback.again'})}
      </button>`;
    } else if (!this.open) {
      body = html`<p>${msg('Leave a number and the organisation behind this page will call you back.', {id: 'helpline-locator.callback.intro'})}</p>
        <button type="button" class="button secondary" part="callback-open" ?disabled=${Boolean(problem)} @click=${this.show}>
          ${msg('Ask for a call back', {id: 'helpline-locator.callback.open'})}
        </button>`;
    } else {
      body = html`<form id="cb-form" part="callback-form" novalidate @submit=${this.send}>
        ${errorSummary(this.errors, this.host.renderRoot)}
        ${textField({
          id: 'cb-phone',
          label: msg('Phone number', {id: 'helpline-locator.callback.phone.label'}),
          hint: msg('If it is a number from another country, start with + and the country code.', {id: 'helpline-locator.callback.phone.hint'}),
          value: this.phone,
          error: error('cb-phone'),
          type: 'tel',
          inputmode: 'tel',
          width: 'width-20 ltr',
          dir: 'ltr',
          onInput: this.set('phone'),
        })}
        <div class=${fieldClass('cb-safe-yes')}>
          <fieldset aria-describedby=${describedBy('cb-safe-yes', 'cb-safe-hint')}>
            <legend>${msg('Is it safe for them to call you on this number?', {id: 'helpline-locator.callback.safe.legend'})}</legend>
            <p class="hint" id="cb-safe-hint">${msg('Think about who else might answer, hear the call or see your phone.', {id: 'helpline-locator.callback.safe.hint'})}</p>
            ${errorMessage('cb-safe-yes', error('cb-safe-yes'))}
            <div class="choices">
              <div class="choice">
                <input type="radio" id="cb-safe-yes" name="cb-safe" .checked=${this.safe === true} @change=${() => ((this.safe = true), this.host.requestUpdate())} />
                <label for="cb-safe-yes">${msg('Yes, it is safe', {id: 'helpline-locator.callback.safe.yes'})}</label>
              </div>
              <div class="choice">
                <input type="radio" id="cb-safe-no" name="cb-safe" .checked=${this.safe === false} @change=${() => ((this.safe = false), this.host.requestUpdate())} />
                <label for="cb-safe-no">${msg('No, or I am not sure', {id: 'helpline-locator.callback.safe.no'})}</label>
              </div>
            </div>
            ${this.safe === false
              ? html`<p class="notice">${msg('Say in the note when it would be safe and what they should do if someone else answers. If you can, call a helpline yourself when you are alone.', {id: 'helpline-locator.callback.safe.advice'})}</p>`
              : nothing}
          </fieldset>
        </div>
        ${textField({id: 'cb-time', label: msg('Best time to call (optional)', {id: 'helpline-locator.callback.time.label'}), value: this.bestTime, error: error('cb-time'), onInput: this.set('bestTime')})}
        <div class="form-group">
          <label class="label" for="cb-language">${msg('Language for the call', {id: 'helpline-locator.callback.language.label'})}</label>
          <select id="cb-language" autocomplete="off" @change=${(e: Event) => this.set('language')((e.target as HTMLSelectElement).value)}>
            ${languages.map((code) => html`<option value=${code} lang=${code} .selected=${code === chosen}>${nativeLanguageName(code)}</option>`)}
          </select>
        </div>
        ${textField({
          id: 'cb-note',
          label: msg('Anything else they should know (optional)', {id: 'helpline-locator.callback.note.label'}),
          value: this.note,
          error: error('cb-note'),
          area: true,
          onInput: this.set('note'),
        })}
        ${honeypot((filled) => (this.bot = filled))}
        <button class="button" part="callback-send" type="submit">${msg('Send call back request', {id: 'helpline-locator.callback.send'})}</button>
      </form>`;
    }
    return html`<section class="callback" part="callback" aria-labelledby="cb-title">
      <h3 id="cb-title" tabindex="-1">${msg('Ask for a call back', {id: 'helpline-locator.callback.title'})}</h3>
      ${configMessage(problem, country)}
      ${body}
      ${deliveryStatus(s, country, {
        delivered: msg('Call back requested', {id: 'helpline-locator.callback.delivered'}),
        next: html`<p>${msg('Keep your reference. If you do not hear from them, or you need help sooner, use one of the numbers above.', {id: 'helpline-locator.callback.next'})}</p>`,
      })}
    </section>`;
  }
}

/**
 * The optional "send the signs" part, loaded only when the host opts in to sending (an
 * `endpoint` attribute or a `deliver` property), so a checklist that never sends never
 * downloads the submission client. It sends the anonymous selection only (ids, types, place
 * type: never free text), only when the person presses its button.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {SubmissionController} from '../core/submission.js';
import type {SendingElement} from '../core/sending-element.js';
import {configMessage, deliveryStatus} from '../core/delivery-status.js';
import {errorSummary, honeypot, serverFieldErrors, type FieldError} from '../core/form-kit.js';

/** `data` of `hope-widgets/indicator-checklist@1` (schemas/indicator-checklist.schema.json). */
export interface ChecklistData {
  indicators: string[];
  exploitationTypes?: string[];
  placeType?: string;
}

export interface SendView {
  count: number;
  country: string;
  organisation?: string;
  root: ParentNode;
  onSend: () => void;
}

export class SendPart {
  readonly submission: SubmissionController;
  errors: FieldError[] = [];
  private bot = false;
  private handledRejection?: string;

  constructor(host: SendingElement, fieldFor: (pointer: string) => string | undefined) {
    this.submission = new SubmissionController(host, {widget: 'indicator-checklist', schema: 'hope-widgets/indicator-checklist@1', fieldFor});
  }

  send(data: ChecklistData): void {
    this.errors = [];
    this.submission.submit(data, {honeypot: this.bot});
  }

  /** Turns a new rejection's pointers into field errors. True when the errors changed. */
  sync(fieldFor: (pointer: string) => string | undefined): boolean {
    const s = this.submission.state;
    if (s.phase !== 'rejected' || s.id === this.handledRejection) return false;
    this.handledRejection = s.id;
    this.errors = serverFieldErrors(s.pointers, fieldFor);
    return true;
  }

  message(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }


  /** The person changed the selection: a confirmation of an earlier send no longer describes it. */
  selectionChanged(): void {
    if (this.submission.state.phase === 'delivered') this.reset();
  }

  reset(): void {
    this.errors = [];
    this.handledRejection = undefined;
    this.submission.reset();
  }

  render(v: SendView) {
    const s = this.submission.state;
    const problem = this.submission.configProblem;
    const org = v.organisation?.trim();
    const canPress = !problem && v.count > 0 && (s.phase === 'idle' || s.phase === 'rejected' || s.phase === 'failed');
    return html`<div class="send" part="send">
      ${configMessage(problem, v.country)}
      <h3>${msg('Share the signs without your details (optional)', {id: 'indicator-checklist.send.heading'})}</h3>
      <p>
        ${org
          ? msg(str`You can send the signs you ticked to ${org}. It helps them see where people may be exploited.`, {id: 'indicator-checklist.send.intro-named'})
          : msg('You can send the signs you ticked to the organisation that runs this website. It helps them see where people may be exploited.', {
              id: 'indicator-checklist.send.intro',
            })}
      </p>
      <p>
        ${msg('Only the signs and the type of place are sent: nothing about you, no address and no description. This is not a report, so nobody can reply to you or act on it.', {
          id: 'indicator-checklist.send.what',
        })}
      </p>
      ${errorSummary(this.errors, v.root)}
      ${honeypot((filled) => (this.bot = filled))}
      ${canPress
        ? html`<button type="button" class="button secondary" id="send-button" part="send-button" @click=${v.onSend}>
            ${org ? msg(str`Send the signs to ${org}`, {id: 'indicator-checklist.send.button-named'}) : msg('Send the signs', {id: 'indicator-checklist.send.button'})}
          </button>`
        : !problem && !v.count
          ? html`<p class="hint">${msg('Tick at least one sign to send it.', {id: 'indicator-checklist.send.nothing'})}</p>`
          : nothing}
      ${deliveryStatus(s, v.country, {delivered: msg('Signs sent', {id: 'indicator-checklist.send.delivered'})})}
    </div>`;
  }
}

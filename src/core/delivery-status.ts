/**
 * What a person sees about their submission, shared by every sending widget: the configuration
 * message, sending, queued (with the helpline while undelivered, and a plain "not sent" after
 * repeated failures), delivered (with a reference that can be read out), rejected (a field to
 * fix), failed (refused or misconfigured: not the person's fault, with helpline and emergency).
 * Widgets pass their own headline words where the generic ones would not fit.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {SubmissionState, ConfigProblem} from './submission.js';
import {helplineFor, emergencyFor, telHref} from './contacts.js';

/** After this many failures while the browser says it is online, say plainly it was not sent. */
export const NOT_SENT_AFTER = 3;

/** "Call the … helpline on 08000 121 700" for the country, or the emergency line when we have none. */
export function helplineLine(country: string) {
  const line = helplineFor(country);
  if (!line) return emergencyLine(country);
  return html`<p>
    ${msg('If you need to talk to someone now, call the', {id: 'help.call-prefix'})}
    <bdi>${line.name}</bdi>:
    <a href=${telHref(line.call)} class="ltr"><bdi>${line.call.display}</bdi></a>
    (${msg('free, 24 hours a day', {id: 'help.free-24h'})}).
  </p>`;
}

/** "In an emergency, call 999", or a plain line when we have no checked number. */
export function emergencyLine(country: string) {
  const emergency = emergencyFor(country);
  return html`<p>
    ${emergency
      ? html`${msg('In an emergency, call', {id: 'help.emergency-call'})}
          <a href=${telHref(emergency.call)} class="ltr"><bdi>${emergency.call.display}</bdi></a>.`
      : msg('We do not have a checked emergency number for this country. In danger, call your local emergency number.', {
          id: 'help.no-emergency-number',
        })}
  </p>`;
}

export function configMessage(problem: ConfigProblem | undefined, country: string) {
  if (!problem) return nothing;
  return html`<div class="notice warning" role="alert" part="config-message">
    <p><strong>${msg('This form cannot send anything yet.', {id: 'config.title'})}</strong></p>
    <p>${msg('The website has not finished setting it up, so nothing you enter here would reach anyone.', {id: 'config.body'})}</p>
    ${helplineLine(country)}
  </div>`;
}

export interface StatusWords {
  /** Title of the confirmation panel, e.g. "Report sent". */
  delivered?: string;
  /** What happens next, under the panel. */
  next?: unknown;
}

/**
 * The live status of a submission. The container is always rendered (empty when idle) so that
 * screen readers announce changes to it.
 */
export function deliveryStatus(state: SubmissionState, country: string, words: StatusWords = {}) {
  return html`<div class="delivery-status" part="status" role="status" aria-live="polite">${statusContent(state, country, words)}</div>`;
}

function statusContent(state: SubmissionState, country: string, words: StatusWords) {
  switch (state.phase) {
    case 'idle':
      return nothing;
    case 'sending':
      return state.failures
        ? html`<p>${msg('Trying again to send…', {id: 'status.retrying'})}</p>`
        : html`<p>${msg('Sending…', {id: 'status.sending'})}</p>`;
    case 'queued':
      if (state.notSent) {
        const tries = NOT_SENT_AFTER;
        return html`<div class="notice warning">
          <p><strong>${msg('It has not been sent.', {id: 'status.not-sent.title'})}</strong></p>
          <p>${msg(str`We tried ${tries} times and could not reach the organisation. This may be a fault with this website. We will keep trying while this page is open, but please do not rely on it.`, {id: 'status.not-sent.body'})}</p>
          ${helplineLine(country)}
        </div>`;
      }
      return html`<div class="notice">
        <p><strong>${msg('Not sent yet: we will keep trying.', {id: 'status.queued.title'})}</strong></p>
        <p>${msg('We could not reach the organisation just now. Keep this page open and we will send it as soon as we can. Nothing you entered has been lost.', {id: 'status.queued.body'})}</p>
        ${helplineLine(country)}
      </div>`;
    case 'delivered':
      return html`<div class="panel" part="confirmation">
          <h2 class="panel-title">${words.delivered ?? msg('Sent', {id: 'status.delivered.title'})}</h2>
          <p>
            ${msg('Your reference', {id: 'status.reference-label'})}
            <strong class="reference ltr"><bdi>${state.reference}</bdi></strong>
          </p>
        </div>
        ${words.next ?? nothing}`;
    case 'rejected':
      return html`<div class="notice warning">
        <p><strong>${msg('It was not accepted.', {id: 'status.rejected.title'})}</strong></p>
        <p>${msg('Nothing you entered has been lost. Check your answers and try again.', {id: 'status.rejected.body'})}</p>
      </div>`;
    case 'failed':
      // The endpoint refused it or is misconfigured: nothing the person can fix, so never ask them to.
      return html`<div class="notice warning" part="not-sent">
        <p><strong>${msg('It has not been sent.', {id: 'status.not-sent.title'})}</strong></p>
        <p>${msg('This is not your fault: the organisation’s website could not accept it. Everything you entered is still here. Please contact them another way.', {id: 'status.failed.body'})}</p>
        ${helplineFor(country) ? html`${helplineLine(country)}${emergencyLine(country)}` : emergencyLine(country)}
      </div>`;
  }
}

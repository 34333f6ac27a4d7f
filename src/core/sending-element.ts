/**
 * Base of every widget that sends: the wire contract's configuration (`endpoint` or `deliver`,
 * credentials, headers, timing, opt-in persistence). The widget itself owns a
 * `SubmissionController`, which reads these.
 */
import {property} from 'lit/decorators.js';
import {HopeElement} from './hope-element.js';
import type {DeliverFn} from './delivery.js';

export class SendingElement extends HopeElement {
  /** Where envelopes are POSTed (absolute, or relative to the page). */
  @property() endpoint?: string;

  /** Send cookies and HTTP auth with the request (`credentials: 'include'`). Off by default. */
  @property({type: Boolean, attribute: 'with-credentials'}) withCredentials = false;

  /** Keep unsent envelopes on this device so they are sent on the next page load. Off by default: the device may be shared. */
  @property({type: Boolean}) persist = false;

  /** Replaces `fetch`: `(envelope, {signal, keepalive}) => Promise<{status, body, headers?}>`. */
  @property({attribute: false}) deliver?: DeliverFn;

  /** Extra request headers (a JS property only, never an attribute). */
  @property({attribute: false}) headers: Record<string, string> = {};

  /** Milliseconds before an attempt counts as failed (default 15 000). */
  @property({attribute: false}) timeout = 15_000;

  /** First retry delay in milliseconds; it doubles (with jitter) up to a minute. */
  @property({attribute: false}) retryDelay = 1_000;
}

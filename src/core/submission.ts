/**
 * The submission client as a reactive controller: builds the envelope, fires `hope-submit`
 * once per envelope (not cancelable: a listener on `document` must never be able to lose a
 * report), hands it to the outbox and turns outbox updates into state the widget renders and
 * into `hope-submitted` / `hope-error` events without the answers. Only a rejection the person
 * can fix (a field they can change, or an error the widget knows how to offer a way out of)
 * is put to them; any other refusal is "not sent, not your fault", with the helpline.
 */
import type {ReactiveController} from 'lit';
import {createEnvelope, shortReference, type Envelope} from './envelope.js';
import type {DeliveryUpdate, Outbox} from './outbox.js';
import {QUICK_EXIT_EVENT} from './events.js';
import type {Target} from './delivery.js';
import type {SendingElement} from './sending-element.js';
import {getLocale} from './localization.js';
import {clock} from './clock.js';

export type SubmissionState =
  | {phase: 'idle'}
  | {phase: 'sending'; id: string; reference: string; failures: number}
  | {phase: 'queued'; id: string; reference: string; failures: number; notSent: boolean; nextAttemptAt: number}
  | {phase: 'delivered'; id: string; reference: string; fromServer: boolean}
  | {phase: 'rejected'; id: string; reference: string; status: number; pointers: string[]; error?: string}
  | {phase: 'failed'; id: string; reference: string; status?: number; reason: 'redirect' | 'refused'};

/**
 * The outbox and the delivery code are fetched when something is first sent (or restored), not
 * before a widget's first question: a person reads and types long before they press send. A send
 * asked for before a quick exit is dropped if that code only arrives after it (nothing may be
 * sent or stored once the person has left).
 */
let exits = 0;
if (typeof window !== 'undefined') window.addEventListener(QUICK_EXIT_EVENT, () => exits++);
function outbox(): Promise<Outbox | undefined> {
  const asked = exits;
  return import('./outbox.js').then((m) => (exits === asked ? m.getOutbox() : undefined));
}

export type ConfigProblem = 'missing-endpoint' | 'invalid-endpoint' | 'credentials-in-endpoint';

/** What a widget sends, and which rejections the person can act on. */
export interface SubmissionKind {
  widget: string;
  schema: string;
  /** The field id a problem+json pointer names, when the person can change that field. */
  fieldFor?: (pointer: string) => string | undefined;
  /** `error` values of a 409 the widget offers a way out of (training: `full`, `closed`). */
  knownErrors?: readonly string[];
}

export class SubmissionController implements ReactiveController {
  state: SubmissionState = {phase: 'idle'};
  private startedAt = clock.now();
  private reportedProblem?: ConfigProblem;
  private restoredOnce = false;

  constructor(
    private readonly host: SendingElement,
    private readonly kind: SubmissionKind,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.startedAt = clock.now();
  }

  hostUpdated(): void {
    const problem = this.configProblem;
    if (problem && problem !== this.reportedProblem) {
      this.reportedProblem = problem;
      const tag = this.host.localName;
      console.error(
        {
          'missing-endpoint': `hope-widgets: <${tag}> has neither an endpoint attribute nor a deliver property, so it cannot send anything. Set endpoint="https://…".`,
          'invalid-endpoint': `hope-widgets: <${tag}> endpoint "${this.host.endpoint}" is not a valid http(s) URL, so nothing will be sent.`,
          'credentials-in-endpoint': `hope-widgets: <${tag}> endpoint has a user name or password in it, which every visitor could read, so nothing will be sent. Use the headers property or with-credentials instead.`,
        }[problem],
      );
      this.host.emit('hope-error', {kind: 'config', reason: problem, willRetry: false});
    }
    if (!problem && this.host.persist && !this.restoredOnce) {
      this.restoredOnce = true;
      // Sent quietly: the person now at this device may not be the one who wrote it.
      void outbox().then((o) => o?.restore(this.kind.widget, this.options(true)));
    }
  }

  /** Why nothing can be sent, or undefined when an endpoint or `deliver` is usable. */
  get configProblem(): ConfigProblem | undefined {
    if (this.host.deliver) return undefined;
    const endpoint = this.host.endpoint?.trim();
    if (!endpoint) return 'missing-endpoint';
    const url = this.resolveEndpoint(endpoint);
    if (!url) return 'invalid-endpoint';
    return url.username || url.password ? 'credentials-in-endpoint' : undefined;
  }

  private resolveEndpoint(endpoint: string): URL | undefined {
    try {
      const url = new URL(endpoint, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
    } catch {
      return undefined;
    }
  }

  get busy(): boolean {
    return this.state.phase === 'sending' || this.state.phase === 'queued';
  }

  /** The form was first shown now (a widget that resets its form calls this). */
  restartTimer(): void {
    this.startedAt = clock.now();
  }

  /**
   * Sends `data`. Ignored while an earlier envelope of this widget is still on its way (double
   * clicks), and when nothing is configured (the widget shows the configuration message).
   */
  submit(data: unknown, opts: {honeypot?: boolean} = {}): SubmissionState {
    if (this.busy || this.configProblem) return this.state;
    const envelope = createEnvelope({
      schema: this.kind.schema,
      widget: this.kind.widget,
      locale: getLocale(),
      signals: {honeypot: Boolean(opts.honeypot), fillMs: Math.max(0, Math.round(clock.now() - this.startedAt))},
      data,
      now: clock.now(),
    });
    const {id, schema} = envelope;
    const reference = shortReference(id);
    this.host.emit('hope-submit', {kind: 'submission', id, schema, reference});
    this.setState({phase: 'sending', id, reference, failures: 0});
    void outbox().then((o) => o?.send(envelope, this.options(false)));
    return this.state;
  }

  /** Back to a fresh form (after "send another" or a quick exit). An envelope in the outbox keeps going. */
  reset(): void {
    this.setState({phase: 'idle'});
    this.restartTimer();
  }

  private options(restored: boolean) {
    const h = this.host;
    const target: Target = {
      url: h.deliver ? undefined : this.resolveEndpoint(h.endpoint ?? '')?.href,
      deliver: h.deliver,
      headers: {...h.headers},
      withCredentials: h.withCredentials,
      timeoutMs: h.timeout,
    };
    return {
      target,
      persist: h.persist,
      retryDelayMs: h.retryDelay,
      listener: (u: DeliveryUpdate, e: Envelope) => this.onUpdate(e, u, restored),
    };
  }

  private onUpdate(envelope: Envelope, u: DeliveryUpdate, restored: boolean): void {
    const {id, schema} = envelope;
    const reference = shortReference(id);
    // A restored envelope was written by whoever used this device before: events only.
    const mine = !restored && 'id' in this.state && this.state.id === id;
    switch (u.state) {
      case 'sending':
        if (mine) this.setState({phase: 'sending', id, reference, failures: 'failures' in this.state ? this.state.failures : 0});
        return;
      case 'queued':
        if (mine) this.setState({phase: 'queued', id, reference, failures: u.failures, notSent: u.notSent, nextAttemptAt: u.nextAttemptAt});
        this.host.emit('hope-error', {kind: 'submission', id, schema, status: u.status, reason: u.reason, willRetry: true});
        return;
      case 'delivered': {
        const shown = u.reference ?? reference;
        if (mine) this.setState({phase: 'delivered', id, reference: shown, fromServer: Boolean(u.reference)});
        this.host.emit('hope-submitted', {kind: 'submission', id, schema, status: u.status, reference: shown});
        return;
      }
      case 'rejected': {
        const fixable = this.canFix(u.status, u.pointers, u.error);
        if (!fixable) {
          console.error(
            `hope-widgets: <${this.host.localName}> endpoint refused the submission with HTTP ${u.status}` +
              (u.pointers.length ? ` naming ${u.pointers.join(', ')}, which the person cannot change` : '') +
              '. The person was told it was not sent and shown the helpline; check the endpoint and its configuration.',
          );
        }
        if (mine) {
          this.setState(
            fixable
              ? {phase: 'rejected', id, reference, status: u.status, pointers: u.pointers, error: u.error}
              : {phase: 'failed', id, reference, status: u.status, reason: 'refused'},
          );
        }
        this.host.emit('hope-error', {kind: 'submission', id, schema, status: u.status, reason: u.error ?? 'rejected', willRetry: false});
        return;
      }
      case 'failed':
        if (mine) this.setState({phase: 'failed', id, reference, status: u.status, reason: u.reason});
        this.host.emit('hope-error', {kind: 'submission', id, schema, status: u.status, reason: u.reason, willRetry: false});
        return;
    }
  }

  /** A 400/422 naming a field the person can change, or an error the widget offers a way out of. */
  private canFix(status: number, pointers: readonly string[], error: string | undefined): boolean {
    if (error && this.kind.knownErrors?.includes(error)) return true;
    return (status === 400 || status === 422) && pointers.some((p) => this.kind.fieldFor?.(p));
  }

  private setState(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

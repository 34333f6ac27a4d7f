/**
 * The submission client as a reactive controller: builds the envelope, fires `hope-submit`
 * (cancelable) once per envelope, hands it to the outbox and turns outbox updates into state
 * the widget renders and into `hope-submitted` / `hope-error` events without the answers.
 */
import type {ReactiveController} from 'lit';
import {createEnvelope, shortReference, type Envelope} from './envelope.js';
import {getOutbox, type DeliveryUpdate} from './outbox.js';
import type {Target} from './delivery.js';
import type {SendingElement} from './sending-element.js';
import {getLocale} from './localization.js';
import {clock} from './clock.js';

export type SubmissionState =
  | {phase: 'idle'}
  | {phase: 'sending'; id: string; reference: string; failures: number}
  | {phase: 'queued'; id: string; reference: string; failures: number; notSent: boolean; nextAttemptAt: number}
  | {phase: 'delivered'; id: string; reference: string; fromServer: boolean; takenOver: boolean; restored: boolean}
  | {phase: 'rejected'; id: string; reference: string; status: number; pointers: string[]; error?: string};

export type ConfigProblem = 'missing-endpoint' | 'invalid-endpoint';

export class SubmissionController implements ReactiveController {
  state: SubmissionState = {phase: 'idle'};
  private startedAt = clock.now();
  private reportedProblem?: ConfigProblem;
  private restoredOnce = false;

  constructor(
    private readonly host: SendingElement,
    private readonly kind: {widget: string; schema: string},
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
        problem === 'missing-endpoint'
          ? `hope-widgets: <${tag}> has neither an endpoint attribute nor a deliver property, so it cannot send anything. Set endpoint="https://…".`
          : `hope-widgets: <${tag}> endpoint "${this.host.endpoint}" is not a valid http(s) URL, so nothing will be sent.`,
      );
      this.host.emit('hope-error', {kind: 'config', reason: problem, willRetry: false});
    }
    if (!problem && this.host.persist && !this.restoredOnce) {
      this.restoredOnce = true;
      const restored = getOutbox().restore(this.kind.widget, this.options(true));
      if (restored.length && this.state.phase === 'idle') this.setState({phase: 'sending', id: restored[0].id, reference: shortReference(restored[0].id), failures: 0});
    }
  }

  /** Why nothing can be sent, or undefined when an endpoint or `deliver` is usable. */
  get configProblem(): ConfigProblem | undefined {
    if (this.host.deliver) return undefined;
    const endpoint = this.host.endpoint?.trim();
    if (!endpoint) return 'missing-endpoint';
    return this.resolveEndpoint(endpoint) ? undefined : 'invalid-endpoint';
  }

  private resolveEndpoint(endpoint: string): string | undefined {
    try {
      const url = new URL(endpoint, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
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
    const proceed = this.host.emit('hope-submit', {kind: 'submission', id, schema, reference}, {cancelable: true});
    if (!proceed) {
      // The host took the envelope over (its own transport): confirm with our reference code.
      this.setState({phase: 'delivered', id, reference, fromServer: false, takenOver: true, restored: false});
      return this.state;
    }
    this.setState({phase: 'sending', id, reference, failures: 0});
    getOutbox().send(envelope, this.options(false));
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
      url: h.deliver ? undefined : this.resolveEndpoint(h.endpoint ?? ''),
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
    const mine = this.state.phase === 'idle' || !('id' in this.state) || this.state.id === id;
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
        if (mine) this.setState({phase: 'delivered', id, reference: shown, fromServer: Boolean(u.reference), takenOver: false, restored});
        this.host.emit('hope-submitted', {kind: 'submission', id, schema, status: u.status, reference: shown});
        return;
      }
      case 'rejected':
        if (mine) this.setState({phase: 'rejected', id, reference, status: u.status, pointers: u.pointers, error: u.error});
        this.host.emit('hope-error', {kind: 'submission', id, schema, status: u.status, reason: u.error ?? 'rejected', willRetry: false});
        return;
    }
  }

  private setState(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

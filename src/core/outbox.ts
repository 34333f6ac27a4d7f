/**
 * The outbox: every envelope not yet delivered, kept until it is (or until a quick exit).
 * Retries wait the larger of an exponential back-off with jitter and the endpoint's
 * `Retry-After`, never less than the first retry delay, and reuse the envelope id so the
 * receiver can recognise a repeat. When the page is hidden for good (`pagehide`) every envelope
 * gets one last `keepalive` attempt; while anything is unsent a `beforeunload` guard also warns
 * the person (phones often skip it). A quick exit removes the guard, gives each envelope one
 * keepalive attempt and drops everything, in memory and on the device.
 * Persistence (stored-envelopes.ts) only for widgets that opted in with `persist`; a Web Lock per
 * envelope keeps two tabs of one site from sending the same stored envelope.
 */
import type {Envelope} from './envelope.js';
import {attemptDelivery, MAX_RETRY_AFTER_MS, requestInit, type RetryReason, type Target} from './delivery.js';
import {clock} from './clock.js';
import {NOT_SENT_AFTER} from './delivery-status.js';
import {QUICK_EXIT_EVENT} from './events.js';
import {clearStoredEnvelopes, forgetEnvelope, storeEnvelope, storedEnvelopes} from './stored-envelopes.js';

export type DeliveryUpdate =
  | {state: 'sending'}
  | {state: 'queued'; failures: number; notSent: boolean; nextAttemptAt: number; status?: number; reason: RetryReason}
  | {state: 'delivered'; status: number; reference?: string}
  | {state: 'rejected'; status: number; pointers: string[]; error?: string}
  | {state: 'failed'; status?: number; reason: 'redirect'};

export interface OutboxOptions {
  target: Target;
  persist: boolean;
  /** First retry delay, and the shortest wait before any retry; doubles on each failure (with jitter) up to a minute. */
  retryDelayMs: number;
  listener: (update: DeliveryUpdate, envelope: Envelope) => void;
}

interface Entry extends OutboxOptions {
  envelope: Envelope;
  failures: number;
  onlineFailures: number;
  redirects: number;
  timer?: unknown;
  inFlight: boolean;
  /** Releases this tab's Web Lock on the envelope. */
  release?: () => void;
}

const MAX_BACKOFF_MS = 60_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;
/** Redirected this many times: the endpoint is misconfigured; stop and say it was not sent. */
export const REDIRECTS_BEFORE_GIVING_UP = 3;
/** Browsers refuse keepalive bodies over 64 KiB (all such requests of a page together). */
const KEEPALIVE_MAX_BYTES = 60_000;

/** The key an envelope is stored and locked under: its endpoint, or null for `deliver`. */
export function endpointKey(target: Target): string | null {
  return target.deliver ? null : (target.url ?? null);
}

/** The wait before retry number `failures` (1-based). */
export function retryDelay(failures: number, retryDelayMs: number, retryAfterMs: number | undefined, random = clock.random()): number {
  const floor = Number.isFinite(retryDelayMs) && retryDelayMs >= 0 ? retryDelayMs : DEFAULT_RETRY_DELAY_MS;
  const backoff = Math.min(MAX_BACKOFF_MS, floor * 2 ** (failures - 1)) * (1 + random / 2);
  return Math.round(Math.min(MAX_RETRY_AFTER_MS, Math.max(floor, backoff, retryAfterMs ?? 0)));
}

const lockName = (id: string) => `hope-widgets.outbox.${id}`;

export class Outbox {
  private entries = new Map<string, Entry>();
  private guarded = false;
  private toldRedirect = false;

  constructor() {
    window.addEventListener('online', () => this.retryAllNow());
    window.addEventListener('pagehide', () => this.lastChance());
    window.addEventListener(QUICK_EXIT_EVENT, () => this.exit());
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  send(envelope: Envelope, options: OutboxOptions): void {
    const entry = this.add(envelope, options);
    if (entry.persist) storeEnvelope(envelope, endpointKey(entry.target));
    void this.hold(entry, false);
    void this.attempt(entry);
  }

  /**
   * Sends again what a widget of this kind stored for this endpoint on an earlier page load,
   * unless another tab of the site is already sending it. Resolves with how many it took.
   */
  async restore(widget: string, options: OutboxOptions): Promise<number> {
    let taken = 0;
    for (const envelope of storedEnvelopes(widget, endpointKey(options.target))) {
      if (this.entries.has(envelope.id)) continue;
      const entry = this.add(envelope, {...options, persist: true});
      if (!(await this.hold(entry, true))) {
        this.drop(entry); // another tab has it
        continue;
      }
      // The other tab may have delivered it just before letting go.
      if (!storedEnvelopes(widget, endpointKey(options.target)).some((e) => e.id === envelope.id)) {
        this.drop(entry);
        continue;
      }
      taken++;
      void this.attempt(entry);
    }
    return taken;
  }

  retryAllNow(): void {
    for (const entry of this.entries.values()) {
      if (entry.inFlight) continue;
      clock.clearTimeout(entry.timer);
      void this.attempt(entry);
    }
  }

  /** Quick exit: one keepalive attempt each, then nothing is kept, in memory or on the device. */
  exit(): void {
    this.lastChance();
    for (const entry of [...this.entries.values()]) this.drop(entry);
    clearStoredEnvelopes();
  }

  /** The page is going away: one keepalive attempt for each envelope, with its same id. */
  private lastChance(): void {
    for (const {target, envelope} of this.entries.values()) {
      try {
        if (target.deliver) {
          void target.deliver(envelope, {signal: new AbortController().signal, keepalive: true}).catch(() => {});
        } else if (target.url) {
          const init = requestInit(envelope, target, true);
          // Too large for keepalive: only `persist` can carry it to the next load.
          if (new Blob([init.body as string]).size <= KEEPALIVE_MAX_BYTES) void fetch(target.url, init).catch(() => {});
        }
      } catch {
        /* leaving matters more */
      }
    }
  }

  private add(envelope: Envelope, options: OutboxOptions): Entry {
    const entry: Entry = {...options, envelope, failures: 0, onlineFailures: 0, redirects: 0, inFlight: false};
    this.entries.set(envelope.id, entry);
    this.updateGuard();
    return entry;
  }

  /** Forgets an entry in this tab (not on the device) and lets other tabs have it. */
  private drop(entry: Entry): void {
    clock.clearTimeout(entry.timer);
    if (this.entries.get(entry.envelope.id) === entry) this.entries.delete(entry.envelope.id);
    entry.release?.();
    this.updateGuard();
  }

  /**
   * Takes this tab's Web Lock on the envelope for as long as the entry lives. With `onlyIfFree`,
   * resolves false at once when another tab holds it. Without Web Locks (plain-http pages) every
   * tab may send it: the receiver stores an `Idempotency-Key` once.
   */
  private hold(entry: Entry, onlyIfFree: boolean): Promise<boolean> {
    const locks = (navigator as Navigator & {locks?: LockManager}).locks;
    if (!locks) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      locks
        .request(lockName(entry.envelope.id), {ifAvailable: onlyIfFree}, (lock) => {
          resolve(Boolean(lock));
          if (!lock || this.entries.get(entry.envelope.id) !== entry) return undefined;
          return new Promise<void>((release) => (entry.release = release));
        })
        .catch(() => resolve(true));
    });
  }

  private async attempt(entry: Entry): Promise<void> {
    entry.inFlight = true;
    entry.listener({state: 'sending'}, entry.envelope);
    const result = await attemptDelivery(entry.envelope, entry.target);
    entry.inFlight = false;
    if (this.entries.get(entry.envelope.id) !== entry) return; // dropped by a quick exit meanwhile
    if (result.outcome === 'retry' && result.reason === 'redirect' && ++entry.redirects >= REDIRECTS_BEFORE_GIVING_UP) {
      this.tellRedirect(entry);
      this.finish(entry, {state: 'failed', status: result.status, reason: 'redirect'});
      return;
    }
    if (result.outcome === 'retry') {
      entry.failures++;
      if (navigator.onLine !== false) entry.onlineFailures++;
      const delay = retryDelay(entry.failures, entry.retryDelayMs, result.retryAfterMs);
      entry.timer = clock.setTimeout(() => void this.attempt(entry), delay);
      entry.listener({
        state: 'queued',
        failures: entry.failures,
        notSent: entry.onlineFailures >= NOT_SENT_AFTER,
        nextAttemptAt: clock.now() + delay,
        status: result.status,
        reason: result.reason,
      }, entry.envelope);
      return;
    }
    if (result.outcome === 'delivered') this.finish(entry, {state: 'delivered', status: result.status, reference: result.reference});
    else this.finish(entry, {state: 'rejected', status: result.status, pointers: result.pointers, error: result.error});
  }

  private finish(entry: Entry, update: DeliveryUpdate): void {
    if (entry.persist) forgetEnvelope(entry.envelope.id);
    this.drop(entry);
    entry.listener(update, entry.envelope);
  }

  private tellRedirect(entry: Entry): void {
    if (this.toldRedirect) return;
    this.toldRedirect = true;
    console.error(
      `hope-widgets: the endpoint ${entry.target.url ?? '(deliver)'} answered with a redirect, so the submission was not delivered. ` +
        'Redirects are not followed (that would re-send the report as a GET to a page that stores nothing, and the target is not visible to the page): ' +
        'set the endpoint attribute to the final URL, with its exact scheme, host and trailing slash.',
    );
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = '';
  };

  private updateGuard(): void {
    const want = this.entries.size > 0;
    if (want === this.guarded) return;
    this.guarded = want;
    if (want) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** True while a `beforeunload` warning is armed (for tests and the demo). */
  get guarding(): boolean {
    return this.guarded;
  }
}

let instance: Outbox | undefined;

/** The outbox of this copy of the library (a second bundle has its own; quick exit empties both). */
export function getOutbox(): Outbox {
  return (instance ??= new Outbox());
}

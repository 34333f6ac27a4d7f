/**
 * The outbox: every envelope not yet delivered, kept until it is (or until a quick exit).
 * Retries use exponential back-off with jitter, honour `Retry-After`, and reuse the envelope id
 * so the receiver can recognise a repeat. While anything is unsent a `beforeunload` guard warns
 * the person; a quick exit removes it, gives each envelope one keepalive attempt and drops all.
 * Persistence (localStorage) only for envelopes whose widget opted in with `persist`.
 */
import type {Envelope} from './envelope.js';
import {attemptDelivery, requestInit, type RetryReason, type Target} from './delivery.js';
import {clock} from './clock.js';
import {QUICK_EXIT_EVENT} from './events.js';

export type DeliveryUpdate =
  | {state: 'sending'}
  | {state: 'queued'; failures: number; notSent: boolean; nextAttemptAt: number; status?: number; reason: RetryReason}
  | {state: 'delivered'; status: number; reference?: string}
  | {state: 'rejected'; status: number; pointers: string[]; error?: string};

export interface OutboxOptions {
  target: Target;
  persist: boolean;
  /** First retry delay; doubles on each failure (with jitter) up to `maxDelayMs`. */
  retryDelayMs: number;
  listener: (update: DeliveryUpdate, envelope: Envelope) => void;
}

interface Entry extends OutboxOptions {
  envelope: Envelope;
  failures: number;
  onlineFailures: number;
  timer?: unknown;
  inFlight: boolean;
}

const STORAGE_KEY = 'hope-widgets.outbox.v1';
const MAX_DELAY_MS = 60_000;
/** After this many failures while the browser says it is online, say plainly it was not sent. */
export const NOT_SENT_AFTER = 3;

export class Outbox {
  private entries = new Map<string, Entry>();
  private guarded = false;

  constructor() {
    window.addEventListener('online', () => this.retryAllNow());
    window.addEventListener(QUICK_EXIT_EVENT, () => this.exit());
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  send(envelope: Envelope, options: OutboxOptions): void {
    const entry: Entry = {...options, envelope, failures: 0, onlineFailures: 0, inFlight: false};
    this.entries.set(envelope.id, entry);
    if (entry.persist) writeStored([...readStored().filter((e) => e.id !== envelope.id), envelope]);
    this.updateGuard();
    void this.attempt(entry);
  }

  /** Envelopes a widget of this kind persisted on an earlier page load, now resent. */
  restore(widget: string, options: OutboxOptions): Envelope[] {
    const restored = readStored().filter((e) => e.source?.widget === widget && !this.entries.has(e.id));
    for (const envelope of restored) this.send(envelope, {...options, persist: true});
    return restored;
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
    for (const entry of this.entries.values()) {
      clock.clearTimeout(entry.timer);
      const {target, envelope} = entry;
      try {
        if (target.deliver) {
          void target.deliver(envelope, {signal: new AbortController().signal, keepalive: true}).catch(() => {});
        } else if (target.url) {
          void fetch(target.url, requestInit(envelope, target, true)).catch(() => {});
        }
      } catch {
        /* leaving matters more */
      }
    }
    this.entries.clear();
    clearStored();
    this.updateGuard();
  }

  private async attempt(entry: Entry): Promise<void> {
    entry.inFlight = true;
    entry.listener({state: 'sending'}, entry.envelope);
    const result = await attemptDelivery(entry.envelope, entry.target);
    entry.inFlight = false;
    if (this.entries.get(entry.envelope.id) !== entry) return; // dropped by a quick exit meanwhile
    if (result.outcome === 'retry') {
      entry.failures++;
      if (navigator.onLine !== false) entry.onlineFailures++;
      const backoff = Math.min(MAX_DELAY_MS, entry.retryDelayMs * 2 ** (entry.failures - 1));
      const delay = result.retryAfterMs ?? Math.round(backoff * (0.5 + clock.random() / 2));
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
    this.entries.delete(entry.envelope.id);
    if (entry.persist) writeStored(readStored().filter((e) => e.id !== entry.envelope.id));
    this.updateGuard();
    if (result.outcome === 'delivered') entry.listener({state: 'delivered', status: result.status, reference: result.reference}, entry.envelope);
    else entry.listener({state: 'rejected', status: result.status, pointers: result.pointers, error: result.error}, entry.envelope);
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

function readStored(): Envelope[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e) => e && typeof e.id === 'string' && typeof e.schema === 'string') : [];
  } catch {
    return [];
  }
}

function writeStored(envelopes: Envelope[]): void {
  try {
    if (envelopes.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(envelopes));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    console.warn('hope-widgets: could not keep the unsent submission on this device (storage unavailable).');
  }
}

function clearStored(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to clear */
  }
}

let instance: Outbox | undefined;

/** The outbox of this copy of the library (a second bundle has its own; quick exit empties both). */
export function getOutbox(): Outbox {
  return (instance ??= new Outbox());
}

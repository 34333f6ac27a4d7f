/**
 * Envelopes kept on the device for widgets that opted in with `persist` (off by default: the
 * device may be shared with an abuser). Each envelope is its own localStorage item, so two tabs
 * of one site never overwrite each other's list; each records the endpoint it was meant for and
 * is only ever sent there; each expires. Quick exit imports `clearStoredEnvelopes` directly, so
 * the device is cleared on every page that has an exit, even one with no sending widget.
 */
import type {Envelope} from './envelope.js';
import {clock} from './clock.js';

const PREFIX = 'hope-widgets.outbox.v2.';
/** The list kept by version 0.1 (one item for all); read only to be cleared. */
const LEGACY_KEY = 'hope-widgets.outbox.v1';
/** How long an unsent envelope is kept on the device: a week. */
export const STORED_TTL_MS = 7 * 24 * 3_600_000;

export interface StoredEnvelope {
  envelope: Envelope;
  /** The resolved endpoint URL, or null for a widget that delivers through its `deliver` property. */
  endpoint: string | null;
  expiresAt: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage blocked (sandboxed frame, privacy settings)
  }
}

export function storeEnvelope(envelope: Envelope, endpoint: string | null): void {
  const item: StoredEnvelope = {envelope, endpoint, expiresAt: clock.now() + STORED_TTL_MS};
  try {
    storage()!.setItem(PREFIX + envelope.id, JSON.stringify(item));
  } catch {
    console.warn('hope-widgets: could not keep the unsent submission on this device (storage unavailable).');
  }
}

export function forgetEnvelope(id: string): void {
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    /* nothing to forget */
  }
}

function keys(s: Storage): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(PREFIX)) out.push(k);
  }
  return out;
}

function parse(text: string | null): StoredEnvelope | undefined {
  try {
    const v = JSON.parse(text ?? '') as StoredEnvelope;
    const e = v?.envelope;
    const valid =
      e && typeof e.id === 'string' && typeof e.schema === 'string' && typeof e.source?.widget === 'string' &&
      (typeof v.endpoint === 'string' || v.endpoint === null) && typeof v.expiresAt === 'number';
    return valid ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The unexpired envelopes of one kind of widget for one endpoint; expired or unreadable ones are removed. */
export function storedEnvelopes(widget: string, endpoint: string | null): Envelope[] {
  const s = storage();
  if (!s) return [];
  const out: Envelope[] = [];
  for (const key of keys(s)) {
    const item = parse(s.getItem(key));
    if (!item || item.expiresAt <= clock.now() || PREFIX + item.envelope.id !== key) {
      s.removeItem(key);
      continue;
    }
    if (item.envelope.source.widget === widget && item.endpoint === endpoint) out.push(item.envelope);
  }
  return out;
}

/** Removes every stored envelope (quick exit). */
export function clearStoredEnvelopes(): void {
  const s = storage();
  if (!s) return;
  try {
    for (const key of keys(s)) s.removeItem(key);
    s.removeItem(LEGACY_KEY);
  } catch {
    /* leaving matters more */
  }
}

/** The envelope every sending widget posts (DESIGN.md "The wire contract"). */
import type {Envelope, Signals} from '../wire/index.js';
import {VERSION} from './version.js';

/** The wire types live in src/wire (`hope-widgets/wire`, no DOM): re-exported for the widgets. */
export type {Envelope, Signals};

/** A UUID v4: `crypto.randomUUID()` where it exists (it does not on plain-http pages), else `getRandomValues`. */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A code that can be read out on the phone, from the envelope id: `3F2A-9C1B`. */
export function shortReference(id: string): string {
  const hex = id.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

/** Origin and path of the host page: never its query or fragment (they may hold anything). */
export function pageAddress(): string {
  return location.origin + location.pathname;
}

export function createEnvelope<D>(o: {schema: string; widget: string; locale: string; signals: Signals; data: D; now: number}): Envelope<D> {
  return {
    schema: o.schema,
    id: newId(),
    createdAt: new Date(o.now).toISOString(),
    locale: o.locale,
    source: {widget: o.widget, version: VERSION, page: pageAddress()},
    signals: o.signals,
    data: o.data,
  };
}

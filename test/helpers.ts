/** Shared test helpers: the real local receiver (demo/receiver.mjs, mounted on the test server), waiting, keys. */
import {sendKeys} from '@web/test-runner-commands';

export const SAME_ORIGIN = location.origin;
/** The same server under another host name: a different origin, so requests need CORS. */
export const CROSS_ORIGIN = location.origin.replace('//localhost', '//127.0.0.1');

export function newBucket(name = 't'): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}`;
}

export function endpointFor(bucket: string, origin: 'relative' | 'same' | 'cross' = 'relative'): string {
  const path = `/receiver/${bucket}/submit`;
  return origin === 'relative' ? path : (origin === 'same' ? SAME_ORIGIN : CROSS_ORIGIN) + path;
}

export interface Behaviour {
  status?: number;
  retryAfter?: number | string;
  /** The response's Date header. */
  date?: string;
  /** The Location header of a redirect. */
  location?: string;
  /** Repeat this behaviour for that many submits. */
  count?: number;
  drop?: boolean;
  delayMs?: number;
  problem?: Array<{pointer: string; detail?: string}>;
  text?: string;
  body?: unknown;
}

export async function behave(bucket: string, next: Behaviour[]): Promise<void> {
  const res = await fetch(`/receiver/${bucket}/behave`, {method: 'POST', body: JSON.stringify({next})});
  if (!res.ok) throw new Error(`behave failed: ${res.status}`);
}

export interface StoredRecord {
  reference: string;
  origin: string | null;
  idempotencyKey: string;
  hadCookie: boolean;
  honeypot: boolean;
  envelope: any;
}

export async function stored(bucket: string): Promise<StoredRecord[]> {
  const res = await fetch(`/receiver/${bucket}/submissions`);
  return (await res.json()).items;
}

/** How many submits reached the bucket, whatever was answered. */
export async function attempts(bucket: string): Promise<number> {
  const res = await fetch(`/receiver/${bucket}/submissions`);
  return (await res.json()).attempts;
}

/** localStorage keys of envelopes kept with `persist`. */
export function storedEnvelopeKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith('hope-widgets.outbox'));
}

/** Validates a value against a schema file in schemas/ with Ajv, on the receiver (Ajv needs `new Function`). */
export async function validate(schema: string, value: unknown): Promise<{valid: boolean; errors: unknown[]}> {
  const res = await fetch('/receiver/validate', {method: 'POST', body: JSON.stringify({schema, value})});
  return res.json();
}

export async function waitFor<T>(fn: () => T | Promise<T>, {timeout = 8000, message = 'condition'} = {}): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: key});
}

/** WebKitGTK's WebDriver loses repeated letters and spaces when a string is typed at once. */
const WEBDRIVER_WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

export async function type(text: string): Promise<void> {
  if (!WEBDRIVER_WEBKIT) {
    await sendKeys({type: text});
    return;
  }
  for (const ch of text) await sendKeys({press: ch === '\n' ? 'Enter' : ch});
}

/** True where the browser driver can emulate viewports and print media (not WebDriver classic). */
export const CAN_EMULATE = !WEBDRIVER_WEBKIT;

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Visible text of a shadow root (whitespace collapsed). */
export function textOf(root: Element | ShadowRoot | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

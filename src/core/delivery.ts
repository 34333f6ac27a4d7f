/**
 * One delivery attempt and what its answer means (docs/contract.md "Outcome"):
 * 2xx delivered; 4xx other than 408/429 rejected (a 409 only when its JSON names an `error`:
 * a bare 409 means "same idempotency key still in progress"); a redirect is never delivery
 * (requests do not follow it: the report would be re-sent as a GET to a page that stores
 * nothing); everything else is retried.
 */
import type {Envelope} from './envelope.js';
import {clock} from './clock.js';

export interface DeliverResult {
  /** 0 when there was no readable answer (an opaque redirect). */
  status: number;
  /** The endpoint answered with a redirect that was not followed. */
  redirected?: boolean;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Replaces only `fetch`: every other rule of the wire contract still applies. */
export type DeliverFn = (envelope: Envelope, init: {signal: AbortSignal; keepalive: boolean}) => Promise<DeliverResult>;

export interface Target {
  url?: string;
  deliver?: DeliverFn;
  headers: Record<string, string>;
  withCredentials: boolean;
  timeoutMs: number;
}

export type RetryReason = 'network' | 'timeout' | 'server' | 'rate-limited' | 'busy' | 'redirect';

export type AttemptResult =
  | {outcome: 'delivered'; status: number; reference?: string}
  | {outcome: 'rejected'; status: number; pointers: string[]; error?: string}
  | {outcome: 'retry'; status?: number; reason: RetryReason; retryAfterMs?: number};

class TimeoutError extends Error {}

export function requestInit(envelope: Envelope, target: Target, keepalive: boolean, signal?: AbortSignal): RequestInit {
  return {
    method: 'POST',
    mode: 'cors',
    credentials: target.withCredentials ? 'include' : 'omit',
    cache: 'no-store',
    // A redirect is a fault of the site's configuration: following it would turn the POST into a
    // GET that stores nothing, and a 200 from that page would read as "sent".
    redirect: 'manual',
    referrerPolicy: 'strict-origin',
    keepalive,
    signal,
    headers: {...target.headers, 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id},
    body: JSON.stringify(envelope),
  };
}

async function send(envelope: Envelope, target: Target, signal: AbortSignal): Promise<DeliverResult> {
  if (target.deliver) return target.deliver(envelope, {signal, keepalive: false});
  const res = await fetch(target.url!, requestInit(envelope, target, false, signal));
  // `redirect: 'manual'` gives an opaque answer: no status, no headers, no target.
  if (res.type === 'opaqueredirect') return {status: 0, redirected: true};
  const text = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  let body: unknown = text;
  if (/json/i.test(headers['content-type'] ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      /* keep the text */
    }
  }
  return {status: res.status, body, headers};
}

export async function attemptDelivery(envelope: Envelope, target: Target): Promise<AttemptResult> {
  const controller = new AbortController();
  let timer: unknown;
  const timeout = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => {
      controller.abort();
      reject(new TimeoutError());
    }, target.timeoutMs);
  });
  try {
    const result = await Promise.race([send(envelope, target, controller.signal), timeout]);
    return classify(result);
  } catch (e) {
    return {outcome: 'retry', reason: e instanceof TimeoutError ? 'timeout' : 'network'};
  } finally {
    clock.clearTimeout(timer);
  }
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

function asObject(body: unknown): Record<string, unknown> | undefined {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** The longest wait `Retry-After` can ask for. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * `Retry-After` in ms (RFC 9110 §10.2.3): whole seconds, or an HTTP-date read against the
 * response's own `Date` where the endpoint exposes it (so a device clock that is wrong does not
 * matter), else against the device clock. Anything else (negative, fractional, garbage) is
 * ignored: the caller's back-off, which has a floor, applies.
 */
export function parseRetryAfter(value: string | undefined, responseDate?: string, now = clock.now()): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let ms: number;
  if (/^\d{1,10}$/.test(v)) ms = Number(v) * 1000;
  else if (HTTP_DATE.test(v)) {
    const serverNow = responseDate && HTTP_DATE.test(responseDate.trim()) ? Date.parse(responseDate) : now;
    ms = Date.parse(v) - serverNow;
  } else return undefined;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

export function classify(r: DeliverResult): AttemptResult {
  const {status} = r;
  const json = asObject(r.body);
  if (status >= 200 && status < 300) {
    const ref = json?.reference;
    const reference = typeof ref === 'string' && ref.trim() && ref.length <= 64 ? ref.trim() : undefined;
    return {outcome: 'delivered', status, reference};
  }
  const error = typeof json?.error === 'string' ? json.error : undefined;
  const retryAfterMs = parseRetryAfter(header(r.headers, 'retry-after'), header(r.headers, 'date'));
  if (r.redirected || (status >= 300 && status < 400)) return {outcome: 'retry', status: status || undefined, reason: 'redirect'};
  if (status === 409 && (!error || error === 'in-progress')) return {outcome: 'retry', status, reason: 'busy', retryAfterMs};
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    const errors = Array.isArray(json?.errors) ? (json!.errors as unknown[]) : [];
    const pointers = errors
      .map((e) => (e && typeof e === 'object' ? (e as {pointer?: unknown}).pointer : undefined))
      .filter((p): p is string => typeof p === 'string' && p.startsWith('/'));
    // The server's words are for the site owner, never for the person.
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? '');
    console.warn(`hope-widgets: the endpoint rejected the submission (${status}): ${text.slice(0, 1000)}`);
    return {outcome: 'rejected', status, pointers, error};
  }
  const reason = status === 429 ? 'rate-limited' : status === 408 ? 'timeout' : 'server';
  return {outcome: 'retry', status, reason, retryAfterMs};
}

/**
 * The one way a widget loads a feed (helplines, training sessions): a reactive controller that
 * fetches `src` or reads data given by script, and never hangs or fails silently.
 *
 * - The last request wins: a new load aborts the one in progress, whose result is dropped.
 * - A feed that has not answered in `timeout` ms (15 s), that is larger than `maxBytes`, that is
 *   not JSON, or that holds a key such as `__proto__`, `constructor` or `prototype` fails like a
 *   broken feed: the element shows its "could not load" state with "Try again", one console
 *   error for the site owner, and one `hope-error` (`kind: 'feed'`).
 * - `settled` resolves when the current load is done and the host has rendered it (for tests
 *   and hosts).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HopeEventDetail} from './events.js';
import {feedInit, prefetchFeed, takePrefetched} from './feed-prefetch.js';

export type FeedFailure = 'feed-unavailable' | 'invalid-feed';

export type FeedState<T> =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; value: T}
  | {status: 'failed'; reason: FeedFailure; httpStatus?: number};

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  emit(name: 'hope-error', detail: HopeEventDetail): void;
}

export interface FeedOptions<T> {
  /** Largest body accepted, in bytes (stated in each element's docs). */
  maxBytes: number;
  /** What the feed is, for console messages ("a helplines feed"). */
  what: string;
  /** Turns the parsed feed into the element's value; undefined when it is not this kind of feed. `stale()` turns true when a newer load started. */
  read(json: unknown, stale: () => boolean): Promise<T | undefined> | T | undefined;
  credentials?: RequestCredentials;
}

/** Keys that would reach an object's prototype if a feed's objects were ever merged or spread. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

class FeedError extends Error {
  constructor(
    readonly reason: FeedFailure,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
  }
}

/** JSON that holds no prototype-polluting keys (anywhere, at any depth). */
export function parseFeedJson(text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value) => {
      if (FORBIDDEN.has(key)) throw new FeedError('invalid-feed', `holds the key "${key}", which is never valid in a feed`);
      return value;
    });
  } catch (e) {
    throw e instanceof FeedError ? e : new FeedError('invalid-feed', 'is not JSON');
  }
  return json;
}

/** The first forbidden key in data given by script, or undefined. */
export function forbiddenKey(value: unknown, seen = new Set<unknown>()): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) return key;
    const inner = forbiddenKey((value as Record<string, unknown>)[key], seen);
    if (inner) return inner;
  }
  return undefined;
}

/** The body as text, refused as soon as it passes `max` bytes (a declared Content-Length is checked first). */
async function readLimited(res: Response, max: number): Promise<string> {
  const tooLarge = () => new FeedError('invalid-feed', `is larger than ${max} bytes`);
  if (Number(res.headers.get('content-length')) > max) throw tooLarge();
  if (!res.body) {
    const text = await res.text();
    if (new TextEncoder().encode(text).byteLength > max) throw tooLarge();
    return text;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.byteLength) - c.byteLength);
  return new TextDecoder().decode(all);
}

export class FeedController<T> implements ReactiveController {
  state: FeedState<T> = {status: 'idle'};
  /** Milliseconds before a feed that has not answered counts as unavailable. */
  timeout = 15_000;

  private run?: AbortController;
  private current: Promise<void> = Promise.resolve();
  private src?: string;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedOptions<T>,
  ) {
    host.addController(this);
  }

  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** Resolves when the current load has finished and the host has rendered its outcome. */
  get settled(): Promise<void> {
    return this.current.then(() => this.host.updateComplete).then(() => undefined);
  }

  /** Loads `src` (relative to the page). An empty `src` clears the feed. */
  load(src: string | undefined): Promise<void> {
    this.src = src?.trim() || undefined;
    const url = this.src;
    return this.start(url ? (signal) => this.fetchJson(url, signal) : undefined);
  }

  /** Reads data given by script (a property) exactly as a loaded feed, with the same rules. */
  give(data: unknown): Promise<void> {
    this.src = undefined;
    return this.start(
      data === undefined
        ? undefined
        : async () => {
            const key = forbiddenKey(data);
            if (key) throw new FeedError('invalid-feed', `holds the key "${key}", which is never valid in a feed`);
            return data;
          },
    );
  }

  /** Starts the request for `src` at once (the first render may wait for the page's words); `load` then takes it. */
  prefetch(src: string | undefined): void {
    if (src?.trim()) prefetchFeed(src.trim(), this.options.credentials ?? 'same-origin');
  }

  /** "Try again": loads the last `src` once more. */
  retry(): Promise<void> {
    return this.load(this.src);
  }

  abort(): void {
    this.run?.abort();
    this.run = undefined;
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading') {
      this.abort();
      this.state = {status: 'idle'};
    }
  }

  private start(source: ((signal: AbortSignal) => Promise<unknown>) | undefined): Promise<void> {
    this.abort();
    if (!source) {
      this.set({status: 'idle'});
      return (this.current = Promise.resolve());
    }
    const run = (this.run = new AbortController());
    const stale = () => run.signal.aborted || this.run !== run;
    this.set({status: 'loading'});
    this.current = (async () => {
      let next: FeedState<T>;
      try {
        const json = await source(run.signal);
        if (stale()) return;
        const value = await this.options.read(json, stale);
        if (stale()) return;
        if (value === undefined) throw new FeedError('invalid-feed', `is not ${this.options.what}`);
        next = {status: 'ready', value};
      } catch (e) {
        if (stale()) return;
        const error = e instanceof FeedError ? e : new FeedError('feed-unavailable', `could not be loaded (${(e as Error)?.message ?? e})`);
        next = {status: 'failed', reason: error.reason, httpStatus: error.httpStatus};
        const where = this.src ? ` at ${this.src}` : ' given to the element';
        console.error(`hope-widgets: <${this.host.localName}> ${this.options.what}${where} ${error.message}. Showing what does not depend on it.`);
        this.host.emit('hope-error', {kind: 'feed', reason: error.reason, ...(error.httpStatus ? {status: error.httpStatus} : {}), willRetry: false});
      }
      if (this.run === run) this.run = undefined;
      this.set(next);
    })();
    return this.current;
  }

  private async fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(), this.timeout);
    const both = new AbortController();
    const stop = () => both.abort();
    signal.addEventListener('abort', stop);
    timer.signal.addEventListener('abort', stop);
    try {
      const href = new URL(url, document.baseURI).href;
      const credentials = this.options.credentials ?? 'same-origin';
      const res = await (takePrefetched(href, credentials, both.signal) ?? fetch(href, feedInit(credentials, both.signal)));
      if (!res.ok) throw new FeedError('feed-unavailable', `could not be loaded (HTTP ${res.status})`, res.status);
      try {
        return parseFeedJson(await readLimited(res, this.options.maxBytes));
      } catch (e) {
        throw e instanceof FeedError ? new FeedError(e.reason, e.message, res.status) : e;
      }
    } catch (e) {
      if (timer.signal.aborted && !signal.aborted) throw new FeedError('feed-unavailable', `did not answer within ${this.timeout / 1000} s`);
      throw e;
    } finally {
      clearTimeout(timeout);
      signal.removeEventListener('abort', stop);
    }
  }

  private set(state: FeedState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * The `hope-widgets/training-sessions@1` feed (schemas/training-sessions.schema.json), checked by
 * small code of our own: a validator that compiles with `new Function` (Ajv) cannot run under a
 * strict CSP. The tests hold this code and the schema to the same answers.
 */

import type {TrainingSession} from '../wire/index.js';
import {isTimeZone} from '../core/intl.js';
import {codePoints, httpUrl as httpUrlOf, validEmail} from '../core/validators.js';

export const FEED_SCHEMA = 'hope-widgets/training-sessions@1';

/** One session as the feed gives it (the wire types: every text is plain text, never HTML). */
export type {TrainingSession} from '../wire/index.js';
export type SessionFormat = TrainingSession['format'];

/** A checked session with its instants in milliseconds. */
export interface Entry {
  s: TrainingSession;
  start: number;
  end: number;
  /** When booking closes (bookingClosesAt, else start). */
  closes: number;
}

export interface Skipped {
  index: number;
  id?: string;
  /** The first property at fault, e.g. `start` or `venue.address`. */
  problem: string;
}

export interface FeedResult {
  entries: Entry[];
  skipped: Skipped[];
}

type Check = (v: unknown) => boolean;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (min: number, max: number, re?: RegExp): Check => (v) =>
  typeof v === 'string' && codePoints(v) >= min && codePoints(v) <= max && (!re || re.test(v));
const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100000;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;
/** The same check as the schema's `date-time` format and pattern. */
export function isDateTime(v: unknown): v is string {
  const m = typeof v === 'string' ? DATE_TIME.exec(v) : null;
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  return (
    day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d &&
    h <= 23 && mi <= 59 && s <= 59 && (m[8] === 'Z' || (Number(m[9]) <= 23 && Number(m[10]) <= 59))
  );
}

const email: Check = (v) => validEmail(v);
const httpUrl: Check = (v) => httpUrlOf(v, {absolute: true}) !== undefined;
// The schema's organiser phone pattern (a feed is checked against its schema, not the form's rule).
const PHONE = /^\+?[0-9 ()-]{7,24}$/;

/** The first property of `o` that fails, or undefined. Unknown properties fail (additionalProperties: false). */
function problemIn(o: unknown, props: Record<string, Check>, required: string[], prefix = ''): string | undefined {
  if (!isObj(o)) return prefix.slice(0, -1) || '(not an object)';
  for (const k of required) if (!(k in o)) return prefix + k;
  for (const [k, v] of Object.entries(o)) if (!props[k]?.(v)) return prefix + k;
  return undefined;
}

const VENUE: Record<string, Check> = {
  name: text(1, 200),
  address: text(1, 500),
  postcode: text(1, 20),
  accessibility: text(1, 2000),
};
const ORGANISER: Record<string, Check> = {name: text(1, 200), email, phone: text(0, 24, PHONE), url: httpUrl};
const SESSION: Record<string, Check> = {
  id: text(1, 200),
  title: text(1, 300),
  description: text(0, 5000),
  start: isDateTime,
  end: isDateTime,
  timeZone: text(1, 64, /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/),
  format: (v) => v === 'online' || v === 'in-person' || v === 'hybrid',
  venue: (v) => !problemIn(v, VENUE, ['address']),
  platform: text(1, 100),
  audience: (v) => Array.isArray(v) && v.length >= 1 && v.length <= 20 && v.every(text(1, 50, /^[a-z0-9]+(-[a-z0-9]+)*$/)),
  language: text(0, 35, /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  capacity: int,
  spacesLeft: (v) => v === null || int(v),
  bookingClosesAt: isDateTime,
  cancelled: (v) => typeof v === 'boolean',
  organiser: (v) => !problemIn(v, ORGANISER, ['name']),
};

/** What is wrong with one session (the schema's rules, then the ones it cannot say), or undefined. */
export function sessionProblem(v: unknown): string | undefined {
  const o = v as Obj;
  const p = problemIn(v, SESSION, ['id', 'title', 'start', 'end', 'timeZone', 'format', 'audience']);
  if (p) return p === 'venue' || p === 'organiser' ? p + '.' + (problemIn(o[p], p === 'venue' ? VENUE : ORGANISER, p === 'venue' ? ['address'] : ['name']) ?? '') : p;
  if (o.format !== 'online' && !o.venue) return 'venue';
  if (Date.parse(o.end as string) <= Date.parse(o.start as string)) return 'end';
  if (!isTimeZone(o.timeZone as string)) return 'timeZone';
  return undefined;
}

/** Checks a list of sessions: invalid ones and repeated ids are skipped and listed. */
export function readSessions(items: readonly unknown[]): FeedResult {
  const r = reader();
  items.forEach(r.add);
  return r.done();
}

/** Resolves in a later task, so the browser can paint and handle input in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same, in slices of a few milliseconds with a task boundary between them, so that a long
 * feed on a slow phone never blocks the page (no long task). `stale()` stops early.
 */
export async function readSessionsInSlices(items: readonly unknown[], stale: () => boolean = () => false): Promise<FeedResult | undefined> {
  const r = reader();
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    r.add(items[i], i);
    if (performance.now() - sliceStart > 8) {
      await nextTask();
      if (stale()) return undefined;
      sliceStart = performance.now();
    }
  }
  return r.done();
}

function reader() {
  const entries: Entry[] = [];
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  return {
    add(item: unknown, index: number) {
      const id = isObj(item) && typeof item.id === 'string' ? item.id : undefined;
      const problem = sessionProblem(item) ?? (ids.has(id!) ? 'id (repeated)' : undefined);
      if (problem) {
        skipped.push({index, id, problem});
        return;
      }
      const s = item as TrainingSession;
      ids.add(s.id);
      const start = Date.parse(s.start);
      entries.push({s, start, end: Date.parse(s.end), closes: s.bookingClosesAt ? Date.parse(s.bookingClosesAt) : start});
    },
    done(): FeedResult {
      entries.sort((a, b) => a.start - b.start || a.end - b.end);
      return {entries, skipped};
    },
  };
}

/** The items of a whole feed; undefined when it is not a training-sessions feed at all (wrong shape or schema). */
export function feedItems(json: unknown): unknown[] | undefined {
  return isObj(json) && json.schema === FEED_SCHEMA && Array.isArray(json.items) ? json.items : undefined;
}

/** A whole feed; undefined when it is not a training-sessions feed at all. */
export function readFeed(json: unknown): FeedResult | undefined {
  const items = feedItems(json);
  return items && readSessions(items);
}

/**
 * A feed (or a bare list of sessions) checked without a long task: the first time-zone formatter
 * on a page loads the browser's time-zone data (tens of milliseconds), so `warmUp` runs in a
 * task of its own, and the sessions are then checked in slices. Undefined when it is not a
 * sessions feed, or when `stale()` turned true.
 */
export async function readSessionsFeed(json: unknown, stale: () => boolean, warmUp: () => void): Promise<FeedResult | undefined> {
  const items = Array.isArray(json) ? json : feedItems(json);
  if (!items) return undefined;
  await nextTask();
  if (stale()) return undefined;
  warmUp();
  await nextTask();
  return stale() ? undefined : readSessionsInSlices(items, stale);
}

/** Passes the person's filters: hybrid sessions suit either format; sessions open to the public suit anyone. */
export function passesFilters(e: Entry, format: string, audience: string): boolean {
  if (format && e.s.format !== 'hybrid' && e.s.format !== format) return false;
  return !audience || e.s.audience.includes(audience) || e.s.audience.includes('public');
}

/** Bookable at `now`: not cancelled, booking still open. */
export const isOpen = (e: Entry, now: number) => !e.s.cancelled && now < e.closes && now < e.start;

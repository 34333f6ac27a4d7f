/**
 * The training sessions feed: the JSON file HOPE_SESSIONS (re-read when it changes), with
 * `spacesLeft` computed live from the bookings stored here. No file: an empty feed, which also
 * serves as a health check.
 */
import {readFileSync, statSync} from 'node:fs';
import type {TrainingSession, TrainingSessionsFeed} from 'hope-widgets/wire';
import type {Db} from './db.js';
import {validateSessionsFeed} from './validate.js';

export class Sessions {
  #file?: string;
  #mtime = -1;
  #items: TrainingSession[] = [];

  constructor(file?: string) {
    this.#file = file;
    this.load();
  }

  get configured(): boolean {
    return this.#file !== undefined;
  }

  /** Throws with a clear message when the file is not a valid feed (at start); later, keeps the last good feed. */
  load(): TrainingSession[] {
    if (!this.#file) return this.#items;
    const mtime = statSync(this.#file).mtimeMs;
    if (mtime === this.#mtime) return this.#items;
    const feed = JSON.parse(readFileSync(this.#file, 'utf8')) as TrainingSessionsFeed;
    if (!validateSessionsFeed(feed)) {
      const e = validateSessionsFeed.errors?.[0];
      throw new Error(`HOPE_SESSIONS ${this.#file}: not a training-sessions feed (${e?.instancePath || '/'} ${e?.message})`);
    }
    this.#items = feed.items;
    this.#mtime = mtime;
    return this.#items;
  }

  items(): TrainingSession[] {
    try {
      return this.load();
    } catch {
      return this.#items;
    }
  }

  find(id: string): TrainingSession | undefined {
    return this.items().find((s) => s.id === id);
  }
}

export interface AllSessions {
  items: TrainingSession[];
  /** Ids of the sessions managed in the inbox (they can be cancelled there). */
  managed: Set<string>;
  /** False when there is neither a file nor a managed session: bookings are then taken for any session. */
  configured: boolean;
}

/** The file's sessions and the inbox's (an inbox session with the same id replaces the file's). */
export async function allSessions(db: Db, file: Sessions): Promise<AllSessions> {
  const rows = await db.selectFrom('training_sessions').selectAll().orderBy('id').execute();
  const managed = rows.map((r) => JSON.parse(r.session) as TrainingSession);
  const ids = new Set(managed.map((s) => s.id));
  // The file's order first (an inbox copy takes its place), then the inbox's sessions by start.
  const items = [...file.items().map((s) => managed.find((m) => m.id === s.id) ?? s), ...managed.filter((m) => !file.find(m.id)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))];
  return {items, managed: ids, configured: file.configured || managed.length > 0};
}

/** Confirmed bookings (not waiting-list entries) per session id. */
export async function bookedCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('records')
    .select(['session_id', db.fn.countAll().as('n')])
    .where('type', '=', 'hope-widgets/training-signup@1')
    .where('waiting_list', '=', 0)
    .where('status', '!=', 'closed')
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((r) => [String(r.session_id), Number(r.n)]));
}

export async function feedWithSpaces(db: Db, sessions: Sessions): Promise<TrainingSessionsFeed> {
  const {items} = await allSessions(db, sessions);
  const booked = items.some((s) => s.capacity !== undefined) ? await bookedCounts(db) : new Map<string, number>();
  return {
    schema: 'hope-widgets/training-sessions@1',
    items: items.map((s) => (s.capacity === undefined ? s : {...s, spacesLeft: Math.max(0, s.capacity - (booked.get(s.id) ?? 0))})),
  };
}

/** The UTC offset of `timeZone` at `utcMs`, in minutes. */
function offsetMinutes(timeZone: string, utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'})
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - utcMs) / 60_000);
}

/**
 * A wall-clock time typed in the inbox (`2027-03-02T09:30`, from <input type="datetime-local">)
 * in `timeZone`, as the feed writes it: `2027-03-02T09:30:00+00:00`. Undefined when not a time.
 */
export function zonedDateTime(local: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  let offset: number;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  try {
    offset = offsetMinutes(timeZone, wall);
    offset = offsetMinutes(timeZone, wall - offset * 60_000);
  } catch {
    return undefined;
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function isClosed(s: TrainingSession, now: number): boolean {
  return s.cancelled === true || now >= Date.parse(s.bookingClosesAt ?? s.start);
}

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
  const items = sessions.items();
  const booked = items.some((s) => s.capacity !== undefined) ? await bookedCounts(db) : new Map<string, number>();
  return {
    schema: 'hope-widgets/training-sessions@1',
    items: items.map((s) => (s.capacity === undefined ? s : {...s, spacesLeft: Math.max(0, s.capacity - (booked.get(s.id) ?? 0))})),
  };
}

export function isClosed(s: TrainingSession, now: number): boolean {
  return s.cancelled === true || now >= Date.parse(s.bookingClosesAt ?? s.start);
}

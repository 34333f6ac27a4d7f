/** Retention, purge, erasure, backup and restore: the same code for SQLite and PostgreSQL. */
import {readFileSync, writeFileSync} from 'node:fs';
import type {DB, Db} from './db.js';
import {audit} from './auth.js';

/** Reports and call-back requests are cases: they stay until a caseworker closes them. */
const CASES = ['hope-widgets/report-concern@1', 'hope-widgets/helpline-callback@1'];

/** Deletes records received before `before` (ISO), except open cases. Returns how many. */
export async function purge(db: Db, before: string, actor: string): Promise<number> {
  const r = await db
    .deleteFrom('records')
    .where('received_at', '<', before)
    .where((eb) => eb.or([eb('status', '=', 'closed'), eb('type', 'not in', CASES)]))
    .executeTakeFirst();
  const n = Number(r.numDeletedRows);
  await audit(db, actor, 'purge', null, `${n} record(s) received before ${before}`);
  return n;
}

export async function retention(db: Db, days: number): Promise<number> {
  return purge(db, new Date(Date.now() - days * 86400_000).toISOString(), 'retention job');
}

/** Erasure of one record on request; the deletion itself is in the audit log (without content). */
export async function erase(db: Db, reference: string, actor: string): Promise<boolean> {
  const r = await db.deleteFrom('records').where('reference', '=', reference).executeTakeFirst();
  const done = Number(r.numDeletedRows) > 0;
  if (done) await audit(db, actor, 'erase', reference, 'record deleted on request');
  return done;
}

const TABLES = ['records', 'users', 'audit', 'training_sessions'] as const;
const FORMAT = 'hope-receiver-backup@1';

/** A JSON file of every table but sessions: restorable into SQLite or PostgreSQL alike. */
export async function backup(db: Db, file: string): Promise<Record<string, number>> {
  const out: Record<string, unknown[]> = {};
  const counts: Record<string, number> = {};
  for (const t of TABLES) {
    out[t] = await db.selectFrom(t).selectAll().execute();
    counts[t] = out[t].length;
  }
  writeFileSync(file, JSON.stringify({format: FORMAT, createdAt: new Date().toISOString(), tables: out}), {mode: 0o600});
  return counts;
}

export async function restore(db: Db, file: string, {replace = false} = {}): Promise<Record<string, number>> {
  const b = JSON.parse(readFileSync(file, 'utf8')) as {format?: string; tables?: Partial<Record<(typeof TABLES)[number], unknown[]>>};
  if (b.format !== FORMAT || !b.tables) throw new Error(`${file} is not a hope-receiver backup`);
  const have = await db.selectFrom('records').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
  if (Number(have.n) > 0 && !replace) throw new Error('The database already holds records: restore into an empty one, or pass --replace to delete them first.');
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (tx) => {
    if (replace) for (const t of [...TABLES, 'sessions' as const]) await tx.deleteFrom(t).execute();
    for (const t of TABLES) {
      const rows = (b.tables![t] ?? []) as DB[typeof t][];
      for (let i = 0; i < rows.length; i += 200) await tx.insertInto(t).values(rows.slice(i, i + 200) as never).execute();
      counts[t] = rows.length;
    }
  });
  return counts;
}

/**
 * One query layer (Kysely) and one set of versioned migrations for SQLite (the default, in
 * HOPE_DATA, WAL with synchronous=FULL so a 2xx means the record is on disk) and PostgreSQL
 * (DATABASE_URL). Booleans are integers 0/1 and times ISO 8601 UTC text in both, so every query
 * reads the same on either.
 */
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type Transaction} from 'kysely';

export interface RecordsTable {
  /** The envelope id (also the Idempotency-Key). */
  id: string;
  reference: string;
  /** The envelope's schema, e.g. hope-widgets/report-concern@1. */
  type: string;
  received_at: string;
  /** sha256 of the canonical JSON body: the same key with another body is a 422. */
  body_hash: string;
  /** The envelope as received, unknown fields included. */
  envelope: string;
  /** JSON array of JSON pointers of fields this receiver does not know (kept, not rejected). */
  unknown_fields: string | null;
  danger: number;
  status: string;
  note: string;
  /** Training bookings: the session id, and 1 for a waiting-list entry. */
  session_id: string | null;
  waiting_list: number;
  updated_at: string;
}

export interface UsersTable {
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  email: string;
  csrf: string;
  expires_at: string;
}

export interface AuditTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  reference: string | null;
  detail: string;
}

/** Training sessions managed in the inbox (beside, or instead of, the HOPE_SESSIONS file). */
export interface TrainingSessionsTable {
  id: string;
  /** The session as the feed serves it (schemas/training-sessions.schema.json), JSON. */
  session: string;
  updated_at: string;
}

export interface DB {
  records: RecordsTable;
  training_sessions: TrainingSessionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit: AuditTable;
}

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

// Migrations must not depend on today's schema (Kysely's advice), so they see an untyped database.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MigrationDb = Kysely<any>;

const migrations: Record<string, Migration> = {
  '0001_init': {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('body_hash', 'text', (c) => c.notNull())
        .addColumn('envelope', 'text', (c) => c.notNull())
        .addColumn('unknown_fields', 'text')
        .addColumn('danger', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('session_id', 'text')
        .addColumn('waiting_list', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('records_received').on('records').columns(['received_at']).execute();
      await db.schema.createIndex('records_session').on('records').columns(['session_id', 'waiting_list']).execute();
      await db.schema
        .createTable('users')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.createIndex('audit_at').on('audit').columns(['at']).execute();
    },
    async down(db: MigrationDb) {
      for (const t of ['audit', 'sessions', 'users', 'records']) await db.schema.dropTable(t).execute();
    },
  },
  '0002_training_sessions': {
    async up(db: MigrationDb) {
      await db.schema
        .createTable('training_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: MigrationDb) {
      await db.schema.dropTable('training_sessions').execute();
    },
  },
};

export interface Opened {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** Where the data is, for messages (never the password). */
  where: string;
}

export async function openDb(o: {databaseUrl?: string; dataDir: string}): Promise<Opened> {
  let opened: Opened;
  if (o.databaseUrl) {
    const pool = new pg.Pool({connectionString: o.databaseUrl, max: 10});
    // A dropped connection must not crash the process: the pool replaces it.
    pool.on('error', (e) => log({event: 'database-error', message: e.message}));
    const u = new URL(o.databaseUrl);
    opened = {db: new Kysely<DB>({dialect: new PostgresDialect({pool})}), dialect: 'postgres', where: `postgres://${u.host}${u.pathname}`};
  } else {
    mkdirSync(o.dataDir, {recursive: true, mode: 0o700});
    const file = join(o.dataDir, 'hope.sqlite');
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    opened = {db: new Kysely<DB>({dialect: new SqliteDialect({database})}), dialect: 'sqlite', where: file};
  }
  await migrate(opened.db);
  return opened;
}

export async function migrate(db: MigrationDb): Promise<void> {
  const migrator = new Migrator({db, provider: {getMigrations: async () => migrations}});
  const {error, results} = await migrator.migrateToLatest();
  for (const r of results ?? []) if (r.status === 'Error') log({event: 'migration-failed', migration: r.migrationName});
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** A transaction that serialises bookings for one training session on either database. */
export async function lockSession(tx: Tx, dialect: Opened['dialect'], sessionId: string): Promise<void> {
  // SQLite: Kysely runs one transaction at a time on its single connection, so nothing to do.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${'hope-session:' + sessionId}))`.execute(tx);
}

/** One line of JSON per event on stdout: never an address, a user agent, a cookie or anything typed. */
export function log(fields: Record<string, unknown>): void {
  if (process.env.HOPE_QUIET === '1') return;
  console.log(JSON.stringify({at: new Date().toISOString(), ...fields}));
}

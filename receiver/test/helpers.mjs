/**
 * Test helpers: a receiver on a fresh database, SQLite in a temporary directory, or, when
 * DATABASE_URL is set (scripts/with-postgres.mjs), a new PostgreSQL database per receiver.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomUUID} from 'node:crypto';
import pg from 'pg';
import {loadConfig, openDb, startServer} from '../dist/hope-receiver.mjs';

process.env.HOPE_QUIET = '1';
export const DIALECT = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

/** Environment for a fresh, empty store. Returns [env, cleanup]. */
export async function freshEnv(extra = {}) {
  if (process.env.DATABASE_URL) {
    const name = `hope_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({connectionString: process.env.DATABASE_URL});
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    return [{DATABASE_URL: u.toString(), ...extra}, async () => {}];
  }
  const dir = mkdtempSync(join(tmpdir(), 'hope-receiver-test-'));
  return [{HOPE_DATA: dir, ...extra}, async () => rmSync(dir, {recursive: true, force: true})];
}

/** A running receiver on a free port with a fresh store. `r.stop()` closes it and removes the data. */
export async function receiver(extra = {}) {
  const [env, cleanup] = await freshEnv(extra);
  const config = loadConfig({PORT: '0', HOPE_RATE_LIMIT: '100000', ...env});
  const running = await startServer(config);
  return {...running, env, config, stop: async () => (await running.close(), await cleanup())};
}

export {openDb, loadConfig};

export function envelope(data = {}, o = {}) {
  const id = o.id ?? randomUUID();
  const schema = o.schema ?? 'hope-widgets/report-concern@1';
  const widget = {'hope-widgets/report-concern@1': 'report-concern', 'hope-widgets/indicator-checklist@1': 'indicator-checklist', 'hope-widgets/helpline-callback@1': 'helpline-locator', 'hope-widgets/training-signup@1': 'training-signup'}[schema];
  const base = {
    'hope-widgets/report-concern@1': {immediateDanger: false, exploitationTypes: ['labour'], description: 'Workers sleep at the car wash.', reporter: {privacy: 'anonymous'}},
    'hope-widgets/indicator-checklist@1': {indicators: ['injuries', 'isolated']},
    'hope-widgets/helpline-callback@1': {phone: '+44 7700 900123', safeToCall: true},
    'hope-widgets/training-signup@1': {
      session: {id: 's1', title: 'Spot the signs', start: '2099-03-02T09:30:00Z'},
      waitingList: false,
      attendee: {name: 'Ada', email: 'ada@example.org', sector: 'charity', organisation: 'Hope'},
      consent: {contactAboutSession: true, futureTraining: false},
    },
  }[schema];
  return {
    schema,
    id,
    createdAt: '2026-11-29T10:00:00.000Z',
    locale: o.locale ?? 'en',
    source: {widget, version: '0.1.0', page: 'https://partner.example/report'},
    signals: {honeypot: false, fillMs: 12000},
    data: {...base, ...data},
    ...(o.extra ?? {}),
  };
}

export async function post(url, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const key = typeof body === 'object' ? body.id : undefined;
  const res = await fetch(`${url}/v1/submissions`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...(key ? {'idempotency-key': key} : {}), ...headers},
    body: text,
  });
  const raw = await res.text();
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    // not JSON: the raw text is returned
  }
  return {status: res.status, headers: res.headers, json, raw};
}

export async function count(store, where = {}) {
  let q = store.db.selectFrom('records').select(store.db.fn.countAll().as('n'));
  for (const [k, v] of Object.entries(where)) q = q.where(k, '=', v);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

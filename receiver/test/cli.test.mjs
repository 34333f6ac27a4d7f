import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {freshEnv, envelope, loadConfig, openDb, DIALECT} from './helpers.mjs';
import {startServer} from '../dist/hope-receiver.mjs';

const bin = fileURLToPath(new URL('../bin/hope-receiver.mjs', import.meta.url));
const cli = (env, args, input) => spawnSync(process.execPath, [bin, ...args], {env: {...process.env, HOPE_QUIET: '1', ...env}, input, encoding: 'utf8'});

test('--help explains every command and environment variable', () => {
  const r = cli({}, ['--help']);
  assert.equal(r.status, 0);
  for (const w of ['add-user', 'remove-user', 'reset-password', 'purge --before', 'erase', 'backup', 'restore', 'PORT', 'HOST', 'HOPE_ORIGINS', 'HOPE_DATA', 'DATABASE_URL', 'HOPE_RETENTION_DAYS', 'HOPE_SESSIONS', 'SMTP_URL', 'HOPE_NOTIFY_URL']) {
    assert.ok(r.stdout.includes(w), w);
  }
  const misconfigured = cli({SMTP_URL: 'smtp://127.0.0.1:25'}, ['backup', '/nonexistent']);
  assert.equal(misconfigured.status, 2);
  assert.match(misconfigured.stderr, /HOPE_ALERT_TO/);
  assert.match(cli({HOPE_ORIGINS: '*'}, ['serve']).stderr, /HOPE_ORIGINS/);
  const bad = cli({}, ['frobnicate']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown command/);
});

test(`[${DIALECT}] add-user reads the password from standard input (argon2id); reset-password; remove-user`, async () => {
  const [env, cleanup] = await freshEnv();
  try {
    assert.match(cli(env, ['add-user', 'a@example.org'], 'too short\n').stderr, /at least 12/);
    const added = cli(env, ['add-user', 'a@example.org'], 'a long enough passphrase\n');
    assert.equal(added.status, 0, added.stderr);
    assert.equal(cli(env, ['add-user', 'a@example.org'], 'a long enough passphrase\n').status, 2, 'no duplicate accounts');
    let {db} = await openDb(loadConfig(env));
    const hash = (await db.selectFrom('users').selectAll().executeTakeFirstOrThrow()).password_hash;
    await db.destroy();
    assert.match(hash, /^\$argon2id\$/);
    assert.equal(cli(env, ['reset-password', 'a@example.org'], 'another long passphrase\n').status, 0);
    ({db} = await openDb(loadConfig(env)));
    assert.notEqual((await db.selectFrom('users').selectAll().executeTakeFirstOrThrow()).password_hash, hash);
    await db.destroy();
    assert.equal(cli(env, ['remove-user', 'a@example.org']).status, 0);
    assert.equal(cli(env, ['remove-user', 'a@example.org']).status, 2);
  } finally {
    await cleanup();
  }
});

async function seeded() {
  const [env, cleanup] = await freshEnv();
  const running = await startServer(loadConfig({...env, PORT: '0'}));
  const refs = {};
  for (const [name, schema] of [['oldReport', 'hope-widgets/report-concern@1'], ['oldClosedReport', 'hope-widgets/report-concern@1'], ['oldChecklist', 'hope-widgets/indicator-checklist@1'], ['newReport', 'hope-widgets/report-concern@1']]) {
    const e = envelope({}, {schema});
    const res = await fetch(`${running.url}/v1/submissions`, {method: 'POST', headers: {'content-type': 'application/json', 'idempotency-key': e.id}, body: JSON.stringify(e)});
    refs[name] = (await res.json()).reference;
  }
  const db = running.store.db;
  const old = '2020-01-01T00:00:00.000Z';
  for (const k of ['oldReport', 'oldClosedReport', 'oldChecklist']) await db.updateTable('records').set({received_at: old}).where('reference', '=', refs[k]).execute();
  await db.updateTable('records').set({status: 'closed'}).where('reference', '=', refs.oldClosedReport).execute();
  await running.close();
  return {env, cleanup, refs};
}

const references = async (env) => {
  const {db} = await openDb(loadConfig(env));
  const rows = await db.selectFrom('records').select('reference').execute();
  const audit = await db.selectFrom('audit').selectAll().execute();
  await db.destroy();
  return {refs: new Set(rows.map((r) => r.reference)), audit};
};

test(`[${DIALECT}] purge --before deletes old records except open cases; erase deletes one and audits it`, async () => {
  const {env, cleanup, refs} = await seeded();
  try {
    assert.equal(cli(env, ['purge']).status, 2);
    const p = cli(env, ['purge', '--before', '2021-01-01']);
    assert.equal(p.status, 0, p.stderr);
    assert.match(p.stdout, /deleted 2 record/);
    let now = await references(env);
    assert.ok(now.refs.has(refs.oldReport), 'an open report stays until closed');
    assert.ok(!now.refs.has(refs.oldClosedReport));
    assert.ok(!now.refs.has(refs.oldChecklist));
    assert.ok(now.refs.has(refs.newReport));
    assert.equal(cli(env, ['erase', refs.newReport]).status, 0);
    assert.equal(cli(env, ['erase', refs.newReport]).status, 2);
    now = await references(env);
    assert.ok(!now.refs.has(refs.newReport));
    assert.ok(now.audit.some((a) => a.action === 'erase' && a.reference === refs.newReport));
    assert.ok(now.audit.some((a) => a.action === 'purge'));
  } finally {
    await cleanup();
  }
});

test(`[${DIALECT}] the retention job deletes what is older than HOPE_RETENTION_DAYS, except open cases`, async () => {
  const {env, cleanup, refs} = await seeded();
  try {
    const running = await startServer(loadConfig({...env, PORT: '0', HOPE_RETENTION_DAYS: '365'}));
    // The job runs at start: wait until it has.
    for (let i = 0; i < 50 && (await running.store.db.selectFrom('audit').select('id').where('action', '=', 'purge').execute()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await running.close();
    const now = await references(env);
    assert.deepEqual([...now.refs].sort(), [refs.oldReport, refs.newReport].sort());
  } finally {
    await cleanup();
  }
});

test(`[${DIALECT}] backup and restore into an empty database`, async () => {
  const {env, cleanup, refs} = await seeded();
  const [env2, cleanup2] = await freshEnv();
  const file = join(mkdtempSync(join(tmpdir(), 'hope-backup-')), 'backup.json');
  try {
    cli(env, ['add-user', 'b@example.org'], 'a long enough passphrase\n');
    const b = cli(env, ['backup', file]);
    assert.equal(b.status, 0, b.stderr);
    assert.match(b.stdout, /4 records, 1 users/);
    const r = cli(env2, ['restore', file]);
    assert.equal(r.status, 0, r.stderr);
    const restored = await references(env2);
    assert.deepEqual([...restored.refs].sort(), Object.values(refs).sort());
    assert.equal(cli(env2, ['restore', file]).status, 2, 'never over existing records without --replace');
    assert.equal(cli(env2, ['restore', file, '--replace']).status, 0);
  } finally {
    await cleanup();
    await cleanup2();
  }
});

/**
 * Benchmark of hope-receiver (a report, not a test: nothing here fails a build). Starts the
 * receiver as its own process on 127.0.0.1 with a fresh database, SQLite then PostgreSQL (a
 * throwaway cluster, when installed), and measures requests per second and p50/p99 latency for
 *   - valid submissions, as fast as 16 connections go (bounded: 2,000 requests),
 *   - repeated keys (the same 50 envelopes re-sent: every answer a 200 after the first),
 *   - a steady 100 submissions per second for 20 seconds (does it hold, without an error?).
 * Only to 127.0.0.1, bounded in count and time. Writes docs/receiver-bench.md.
 *   npm run bench -w receiver      (or: node receiver/scripts/bench.mjs [--quick])
 */
import {spawn, spawnSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {Agent, request} from 'node:http';
import {cpus, tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {findPostgres, withPostgres} from './with-postgres.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const N = quick ? 300 : 2000;
const STEADY_SECONDS = quick ? 5 : 20;
const DEADLINE_MS = 120_000; // no scenario runs longer than this

function envelope() {
  const id = randomUUID();
  return {
    id,
    body: JSON.stringify({
      schema: 'hope-widgets/report-concern@1',
      id,
      createdAt: new Date().toISOString(),
      locale: 'en',
      source: {widget: 'report-concern', version: '0.1.0', page: 'https://partner.example/report'},
      signals: {honeypot: false, fillMs: 30000},
      data: {immediateDanger: false, exploitationTypes: ['labour'], indicators: ['injuries', 'isolated'], description: 'Workers sleep at the car wash and never leave. '.repeat(8), reporter: {privacy: 'anonymous'}},
    }),
  };
}

function post(port, agent, e) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = request({host: '127.0.0.1', port, path: '/v1/submissions', method: 'POST', agent, headers: {'content-type': 'application/json', 'idempotency-key': e.id, 'content-length': Buffer.byteLength(e.body)}}, (res) => {
      res.resume();
      res.on('end', () => resolve({status: res.statusCode, ms: Number(process.hrtime.bigint() - t0) / 1e6}));
    });
    req.on('error', () => resolve({status: 0, ms: Number(process.hrtime.bigint() - t0) / 1e6}));
    req.setTimeout(15_000, () => req.destroy());
    req.end(e.body);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function summarise(name, results, seconds, expect) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const errors = results.filter((r) => !expect.includes(r.status)).length;
  return {name, requests: results.length, rps: results.length / seconds, p50: pct(ms, 50), p99: pct(ms, 99), errors, statuses: [...new Set(results.map((r) => r.status))].sort().join('/')};
}

async function flat(port, items, concurrency) {
  const agent = new Agent({keepAlive: true, maxSockets: concurrency});
  const results = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({length: concurrency}, async () => {
      while (next < items.length && Date.now() - started < DEADLINE_MS) results.push(await post(port, agent, items[next++]));
    }),
  );
  agent.destroy();
  return {results, seconds: (Date.now() - started) / 1000};
}

async function steady(port, perSecond, seconds) {
  const agent = new Agent({keepAlive: true, maxSockets: 64});
  const pending = [];
  const started = Date.now();
  for (let i = 0; i < perSecond * seconds; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(post(port, agent, envelope()));
  }
  const results = await Promise.all(pending);
  agent.destroy();
  return {results, seconds: (Date.now() - started) / 1000};
}

async function bench(label, env) {
  const child = spawn(process.execPath, [join(here, 'bin/hope-receiver.mjs')], {
    env: {...process.env, ...env, PORT: '0', HOST: '127.0.0.1', HOPE_QUIET: '', HOPE_RATE_LIMIT: '1000000', HOPE_GLOBAL_LIMIT: '1000000'},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const onData = (c) => {
      out += c;
      const m = /"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(out);
      if (m) {
        child.stdout.off('data', onData);
        child.stdout.resume(); // the per-record log lines are read and dropped
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}: ${out}`)));
  });
  try {
    console.log(`${label}: valid submissions…`);
    const valid = Array.from({length: N}, envelope);
    const a = await flat(port, valid, 16);
    console.log(`${label}: repeated keys…`);
    const fifty = valid.slice(0, 50);
    const b = await flat(port, Array.from({length: N}, (_, i) => fifty[i % 50]), 16);
    console.log(`${label}: steady 100/s for ${STEADY_SECONDS} s…`);
    const c = await steady(port, 100, STEADY_SECONDS);
    return [
      summarise(`${label}: valid submissions (16 connections)`, a.results, a.seconds, [201]),
      summarise(`${label}: repeated keys (16 connections)`, b.results, b.seconds, [200]),
      summarise(`${label}: steady 100 submissions/s for ${STEADY_SECONDS} s`, c.results, c.seconds, [201]),
    ];
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

const fsType = spawnSync('df', ['-T', tmpdir()], {encoding: 'utf8'}).stdout?.split('\n')[1]?.split(/\s+/)[1] ?? 'unknown';
const rows = [];
const dir = mkdtempSync(join(tmpdir(), 'hope-bench-'));
try {
  rows.push(...(await bench('SQLite', {HOPE_DATA: dir, DATABASE_URL: ''})));
} finally {
  rmSync(dir, {recursive: true, force: true});
}
let pgNote = '';
if (findPostgres()) rows.push(...(await withPostgres((url) => bench('PostgreSQL', {DATABASE_URL: url}))));
else pgNote = '\nPostgreSQL is not installed on this machine: its rows are missing (apt-get install postgresql, then run again).\n';

const table = rows.map((r) => `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} (${r.statuses}) |`).join('\n');
const md = `# hope-receiver benchmark

Generated by \`node receiver/scripts/bench.mjs\`${quick ? ' --quick' : ''} on ${new Date().toISOString().slice(0, 10)}: node ${process.version}, ${cpus().length} cores
(${cpus()[0]?.model.trim() ?? 'unknown CPU'}), shared with other work. The receiver runs as its own process on 127.0.0.1 with a
fresh database; the load comes from this script on the same machine, so both compete for the same cores. Each
valid submission is a report of about 700 bytes, stored durably (SQLite: WAL with \`synchronous=FULL\`; PostgreSQL:
its defaults, \`synchronous_commit=on\`, on a throwaway cluster in a temporary directory) before the 201.
The databases are in ${tmpdir()} (file system: ${fsType})${fsType === 'tmpfs' ? ': memory, where fsync costs nothing, so these numbers flatter a real disk' : ', a disk file system: each commit waits for fsync'}.
Rate limits are raised for the run (the defaults would rightly refuse one address sending this much).

| scenario | requests | requests/s | p50 ms | p99 ms | errors (statuses seen) |
| --- | ---: | ---: | ---: | ---: | --- |
${table}
${pgNote}
"Errors" counts any answer other than the one expected: 201 for new submissions, 200 for repeated keys. The
steady rows are the load target of issue 14: 100 submissions a second, held without an error. This is a report,
not a test: \`npm test\` never measures time.
`;
writeFileSync(join(here, '../docs/receiver-bench.md'), md);
console.log(md);

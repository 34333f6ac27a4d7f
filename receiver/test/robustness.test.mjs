import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {connect} from 'node:net';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {receiver, freshEnv, envelope, post, count, openDb, loadConfig, DIALECT} from './helpers.mjs';

const r = await receiver();
after(() => r.stop());

/** Writes raw bytes to the server and resolves with whatever comes back before it closes (or a pause). */
function raw(url, bytes, {wait = 2000} = {}) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = connect(Number(u.port), u.hostname);
    let out = '';
    const timer = setTimeout(() => (s.destroy(), resolve(out)), wait);
    s.on('data', (c) => (out += c));
    s.on('close', () => (clearTimeout(timer), resolve(out)));
    s.on('error', () => {});
    s.write(bytes);
  });
}

const FUZZ = [
  'GET /% HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /inbox/%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET //// HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /widgets/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n',
  'BREW /v1/submissions HTTP/1.1\r\nHost: x\r\n\r\n',
  'GARBAGE\r\n\r\n',
  '\x00\x01\x02\x03\r\n\r\n',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nIdempotency-Key: \x7f\r\n\r\n{}',
  `POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Long: ${'a'.repeat(20000)}\r\nContent-Length: 2\r\n\r\n{}`,
  `POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${Array.from({length: 3000}, (_, i) => `X-${i}: y`).join('\r\n')}\r\nContent-Length: 2\r\n\r\n{}`,
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json; charset=\r\nContent-Length: 4\r\n\r\nnull',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n"string"',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 36\r\n\r\n{"schema":{"$ref":"#"},"data":[1,2]}',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 38\r\n\r\n{"__proto__":{"x":1},"constructor":{}}',
  'POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 6\r\n\r\n\xff\xfe\x00{}',
  `POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20001\r\n\r\n${'['.repeat(10000)}${']'.repeat(10000)}`,
  'POST /inbox/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\nemail=%&password=%%%',
  'POST /inbox/login HTTP/1.1\r\nHost: x\r\nOrigin: null\r\nContent-Length: 0\r\n\r\n',
  'GET /inbox/records/AAAA-AAAA HTTP/1.1\r\nHost: x\r\nCookie: hope_session=\x01;;;==\r\n\r\n',
  'GET /v1/training/sessions.json?%%%% HTTP/1.1\r\nHost: x\r\n\r\n',
  'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.0\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
];

test(`[${DIALECT}] nothing on the fuzz list crashes it or stores anything`, async () => {
  const before = await count(r.store);
  for (const bytes of FUZZ) {
    const answer = await raw(r.url, bytes.replace('Host: x\r\n', 'Host: x\r\nConnection: close\r\n'), {wait: 1500});
    assert.ok(!/^HTTP\/1\.1 5\d\d/.test(answer), `5xx for ${JSON.stringify(bytes.slice(0, 80))}: ${answer.slice(0, 200)}`);
  }
  // Deeply nested but valid JSON, a wrong type for every field.
  for (const body of [{schema: 1, id: [], createdAt: {}, locale: null, source: 'x', signals: 0, data: 'x'}, {...envelope(), data: null}, {...envelope(), data: [1]}]) {
    const res = await post(r.url, body, {'idempotency-key': 'x'});
    assert.equal(res.status, 422, JSON.stringify(body).slice(0, 80));
  }
  assert.equal((await post(r.url, envelope())).status, 201, 'still storing after the fuzz list');
  assert.equal((await count(r.store)) - before, 1);
});

test(`[${DIALECT}] a slow client is cut off and the server keeps answering others`, async () => {
  const u = new URL(r.url);
  const slow = connect(Number(u.port), u.hostname);
  slow.on('error', () => {});
  slow.write('POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
  assert.equal((await post(r.url, envelope())).status, 201);
  slow.destroy();
});

test(`[${DIALECT}] rate limits: 429 with Retry-After per address, other addresses unaffected`, async () => {
  // Behind a proxy (HOPE_TRUST_PROXY=1) the address is the last X-Forwarded-For entry.
  const limited = await receiver({HOPE_RATE_LIMIT: '3', HOPE_TRUST_PROXY: '1'});
  try {
    const statuses = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await post(limited.url, envelope(), {'x-forwarded-for': '198.51.100.7, 203.0.113.1'});
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.ok(Number(last.headers.get('retry-after')) >= 1);
    assert.equal(last.headers.get('content-type'), 'application/problem+json');
    assert.equal((await post(limited.url, envelope(), {'x-forwarded-for': '203.0.113.2'})).status, 201, 'someone else still gets through');
    assert.equal(await count(limited.store), 4);
  } finally {
    await limited.stop();
  }
  const global = await receiver({HOPE_GLOBAL_LIMIT: '2'});
  try {
    const answers = await Promise.all(Array.from({length: 6}, () => post(global.url, envelope())));
    assert.ok(answers.some((a) => a.status === 429), 'the global ceiling holds');
  } finally {
    await global.stop();
  }
});

test(`[${DIALECT}] SIGTERM finishes the request in flight, stores it whole, and exits 0`, async () => {
  const [env, cleanup] = await freshEnv();
  const bin = fileURLToPath(new URL('../bin/hope-receiver.mjs', import.meta.url));
  const child = spawn(process.execPath, [bin], {env: {...process.env, ...env, PORT: '0', HOPE_QUIET: ''}, stdio: ['ignore', 'pipe', 'inherit']});
  let out = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /"url":"([^"]+)"/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(`exited early: ${out}`)));
  });
  const e = envelope();
  const body = JSON.stringify(e);
  const u = new URL(url);
  const s = connect(Number(u.port), u.hostname);
  let answer = '';
  s.on('data', (c) => (answer += c));
  const closed = new Promise((res) => s.on('close', res));
  s.write(`POST /v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${e.id}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 50)}`);
  await new Promise((res) => setTimeout(res, 200));
  const exited = new Promise((res) => child.on('exit', (code) => res(code)));
  child.kill('SIGTERM');
  await new Promise((res) => setTimeout(res, 200));
  s.write(body.slice(50)); // a real client keeps its side open while it waits
  await closed;
  assert.match(answer, /^HTTP\/1\.1 201/, out);
  assert.equal(await exited, 0);
  // The log says what happened, never who: no line but the listening one names an address.
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.event === 'stored'));
  for (const l of lines.filter((l) => l.event !== 'listening')) assert.doesNotMatch(JSON.stringify(l), /127\.0\.0\.1|::1|::ffff/);
  const {db} = await openDb(loadConfig({...env}));
  const row = await db.selectFrom('records').selectAll().where('id', '=', e.id).executeTakeFirst();
  await db.destroy();
  await cleanup();
  assert.equal(JSON.parse(row.envelope).id, e.id);
});

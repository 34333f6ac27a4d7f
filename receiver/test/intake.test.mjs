import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {randomUUID} from 'node:crypto';
import {receiver, envelope, post, count, DIALECT} from './helpers.mjs';

const r = await receiver({HOPE_ORIGINS: 'https://partner.example'});
after(() => r.stop());

test(`[${DIALECT}] first post 201 with a reference; same key and body 200 with the same reference; stored once`, async () => {
  const e = envelope();
  const first = await post(r.url, e);
  assert.equal(first.status, 201);
  assert.match(first.json.reference, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const again = await post(r.url, e);
  assert.equal(again.status, 200);
  assert.equal(again.json.reference, first.json.reference);
  // The same envelope with its keys in another order is the same submission.
  const reordered = Object.fromEntries(Object.entries(e).reverse());
  const third = await post(r.url, JSON.stringify(reordered), {'idempotency-key': e.id});
  assert.equal(third.status, 200);
  assert.equal(await count(r.store, {id: e.id}), 1);
});

test(`[${DIALECT}] the same key with a different body is a 422 problem and changes nothing`, async () => {
  const e = envelope();
  const first = await post(r.url, e);
  const other = await post(r.url, {...e, data: {...e.data, description: 'Something else entirely.'}});
  assert.equal(other.status, 422);
  assert.equal(other.headers.get('content-type'), 'application/problem+json');
  assert.equal(other.json.errors[0].pointer, '/id');
  const row = await r.store.db.selectFrom('records').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
  assert.equal(JSON.parse(row.envelope).data.description, e.data.description);
  assert.equal(row.reference, first.json.reference);
});

test(`[${DIALECT}] every envelope type is accepted`, async () => {
  for (const schema of ['hope-widgets/report-concern@1', 'hope-widgets/indicator-checklist@1', 'hope-widgets/helpline-callback@1', 'hope-widgets/training-signup@1']) {
    const res = await post(r.url, envelope({}, {schema}));
    assert.equal(res.status, 201, `${schema}: ${res.raw}`);
  }
});

test(`[${DIALECT}] invalid known fields: 422 problem+json with a pointer to each`, async () => {
  const e = envelope({description: '', reporter: {privacy: 'anonymous', phone: '07700 900123'}});
  const res = await post(r.url, e);
  assert.equal(res.status, 422);
  const pointers = res.json.errors.map((x) => x.pointer);
  assert.ok(pointers.includes('/data/description'), pointers.join());
  assert.ok(pointers.includes('/data/reporter/phone'), pointers.join());
  assert.equal(await count(r.store, {id: e.id}), 0);
  const missing = envelope();
  delete missing.data.exploitationTypes;
  assert.deepEqual((await post(r.url, missing)).json.errors.map((x) => x.pointer), ['/data/exploitationTypes']);
  const future = envelope({}, {schema: 'hope-widgets/report-concern@2'});
  assert.equal((await post(r.url, future)).json.errors[0].pointer, '/schema');
});

test(`[${DIALECT}] unknown fields from a newer widget are stored, listed and logged by name, never rejected`, async () => {
  const e = envelope({newQuestion: 'a secret answer', place: {town: 'Leeds', floor: '2'}}, {extra: {trace: 'abc'}});
  const lines = [];
  const {log} = console;
  delete process.env.HOPE_QUIET;
  console.log = (line) => lines.push(line);
  let res;
  try {
    res = await post(r.url, e);
  } finally {
    console.log = log;
    process.env.HOPE_QUIET = '1';
  }
  const stored = lines.map((l) => JSON.parse(l)).find((l) => l.event === 'stored');
  assert.deepEqual(stored.unknownFields.sort(), ['/data/newQuestion', '/data/place/floor', '/trace']);
  assert.ok(!lines.join().includes('a secret answer'), 'the log names the field, never its value');
  assert.equal(res.status, 201, res.raw);
  const row = await r.store.db.selectFrom('records').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
  assert.deepEqual(JSON.parse(row.unknown_fields).sort(), ['/data/newQuestion', '/data/place/floor', '/trace']);
  assert.equal(JSON.parse(row.envelope).data.place.floor, '2');
});

test(`[${DIALECT}] Idempotency-Key must equal the envelope id`, async () => {
  const e = envelope();
  assert.equal((await post(r.url, e, {'idempotency-key': randomUUID()})).status, 422);
  const res = await fetch(`${r.url}/v1/submissions`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(e)});
  assert.equal(res.status, 422);
  assert.equal(await count(r.store, {id: e.id}), 0);
});

test(`[${DIALECT}] not JSON: 415`, async () => {
  const e = envelope();
  assert.equal((await post(r.url, JSON.stringify(e), {'content-type': 'text/plain', 'idempotency-key': e.id})).status, 415);
  assert.equal((await post(r.url, '{"schema": ', {'idempotency-key': e.id})).status, 415);
  assert.equal((await post(r.url, 'hello', {'idempotency-key': e.id})).status, 415);
});

/** Sends headers and `sent` bytes of a body said to be `length` long, and resolves with the answer without sending the rest. */
function partial(url, length, sent, headers = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(`${url}/v1/submissions`);
    const req = request({host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: {'content-type': 'application/json', ...(length ? {'content-length': length} : {}), ...headers}}, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({status: res.statusCode, body}));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write('x'.repeat(sent));
    // The rest never comes: the receiver must answer without waiting for it.
  });
}

test(`[${DIALECT}] over 64 kB: 413 at once, without reading the rest`, async () => {
  const declared = await partial(r.url, 10_000_000, 1000);
  assert.equal(declared.status, 413);
  // Chunked (no length): refused as soon as 64 kB have arrived.
  const chunked = await partial(r.url, undefined, 70 * 1024, {'transfer-encoding': 'chunked'});
  assert.equal(chunked.status, 413);
  // 64 kB exactly is read (and then judged on its content).
  const big = envelope({description: 'x'.repeat(5000)});
  assert.equal((await post(r.url, big)).status, 201);
});

test(`[${DIALECT}] references are random, distinct and readable over the phone`, async () => {
  const refs = [];
  for (let i = 0; i < 30; i++) refs.push((await post(r.url, envelope({}, {schema: 'hope-widgets/indicator-checklist@1'}))).json.reference);
  assert.equal(new Set(refs).size, refs.length);
  for (const ref of refs) assert.match(ref, /^[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{4}$/);
  // Not sequential: consecutive references share no common prefix pattern.
  const samePrefix = refs.slice(1).filter((ref, i) => ref.slice(0, 4) === refs[i].slice(0, 4)).length;
  assert.ok(samePrefix < 3);
});

test(`[${DIALECT}] concurrency: 50 parallel posts carrying 10 distinct keys store exactly 10 records`, async () => {
  const before = await count(r.store);
  const envelopes = Array.from({length: 10}, () => envelope({}, {schema: 'hope-widgets/helpline-callback@1'}));
  const answers = await Promise.all(Array.from({length: 50}, (_, i) => post(r.url, envelopes[i % 10])));
  assert.deepEqual([...new Set(answers.map((a) => a.status))].sort(), [200, 201]);
  assert.equal(answers.filter((a) => a.status === 201).length, 10);
  assert.equal((await count(r.store)) - before, 10);
  for (const e of envelopes) {
    const refs = new Set(answers.filter((_, i) => envelopes[i % 10] === e).map((a) => a.json.reference));
    assert.equal(refs.size, 1, 'every answer for one key carries the same reference');
  }
});

test(`[${DIALECT}] CORS: exactly the partner headers, for HOPE_ORIGINS only`, async () => {
  const pre = await fetch(`${r.url}/v1/submissions`, {method: 'OPTIONS', headers: {origin: 'https://partner.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key'}});
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), 'https://partner.example');
  assert.equal(pre.headers.get('access-control-allow-methods'), 'POST');
  assert.equal(pre.headers.get('access-control-allow-headers'), 'content-type, idempotency-key');
  assert.equal(pre.headers.get('access-control-expose-headers'), 'Retry-After, Date');
  assert.equal(pre.headers.get('access-control-allow-credentials'), null);
  const res = await post(r.url, envelope(), {origin: 'https://partner.example'});
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://partner.example');
  assert.ok(res.headers.get('date'));
  const evil = await post(r.url, envelope(), {origin: 'https://evil.example'});
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const evilPre = await fetch(`${r.url}/v1/submissions`, {method: 'OPTIONS', headers: {origin: 'https://evil.example'}});
  assert.equal(evilPre.headers.get('access-control-allow-origin'), null);
  // The inbox is never open to another origin.
  const inbox = await fetch(`${r.url}/inbox/login`, {headers: {origin: 'https://partner.example'}});
  assert.equal(inbox.headers.get('access-control-allow-origin'), null);
});

test(`[${DIALECT}] no IP address, user agent or cookie is stored with a submission`, async () => {
  const e = envelope();
  await post(r.url, e, {'user-agent': 'SecretPhone/1.0', cookie: 'partner=secret', 'x-forwarded-for': '203.0.113.9'});
  const row = await r.store.db.selectFrom('records').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
  const stored = JSON.stringify(row);
  for (const s of ['127.0.0.1', '::1', 'SecretPhone', 'partner=secret', '203.0.113.9']) assert.ok(!stored.includes(s), s);
  assert.deepEqual(Object.keys(row).sort(), ['body_hash', 'danger', 'envelope', 'id', 'note', 'received_at', 'reference', 'session_id', 'status', 'type', 'unknown_fields', 'updated_at', 'waiting_list']);
});

test(`[${DIALECT}] when the database fails: 503 with Retry-After, nothing acknowledged, the server keeps answering`, async () => {
  const broken = await receiver();
  try {
    await broken.store.db.destroy();
    const res = await post(broken.url, envelope());
    assert.equal(res.status, 503);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.equal(res.json.reference, undefined);
    assert.equal((await fetch(`${broken.url}/v1/training/sessions.json`)).status, 503, 'the health check says so');
  } finally {
    await broken.close().catch(() => {});
    await broken.stop().catch(() => {});
  }
});

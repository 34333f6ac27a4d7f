import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {receiver, envelope, post, count, DIALECT} from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'hope-sessions-'));
const file = join(dir, 'sessions.json');
const session = (id, o = {}) => ({
  id,
  title: `Session ${id}`,
  start: '2099-03-02T09:30:00Z',
  end: '2099-03-02T12:00:00Z',
  timeZone: 'Europe/London',
  format: 'online',
  audience: ['public'],
  ...o,
});
writeFileSync(
  file,
  JSON.stringify({
    schema: 'hope-widgets/training-sessions@1',
    items: [session('small', {capacity: 2}), session('open'), session('past', {start: '2001-01-01T09:00:00Z', end: '2001-01-01T10:00:00Z', capacity: 10}), session('cancelled', {cancelled: true, capacity: 10})],
  }),
);

const r = await receiver({HOPE_SESSIONS: file});
after(() => r.stop());

const booking = (id, waitingList = false) =>
  envelope({session: {id, title: `Session ${id}`, start: '2099-03-02T09:30:00Z'}, waitingList}, {schema: 'hope-widgets/training-signup@1'});
const feed = async () => (await (await fetch(`${r.url}/v1/training/sessions.json`)).json()).items;

test(`[${DIALECT}] the feed serves the sessions with spacesLeft computed live`, async () => {
  let items = await feed();
  assert.deepEqual(items.map((s) => s.id), ['small', 'open', 'past', 'cancelled']);
  assert.equal(items[0].spacesLeft, 2);
  assert.equal(items[1].spacesLeft, undefined, 'no capacity: nothing claimed');
  assert.equal((await post(r.url, booking('small'))).status, 201);
  items = await feed();
  assert.equal(items[0].spacesLeft, 1);
});

test(`[${DIALECT}] a full session answers 409 {"error":"full"}; the waiting list is stored as such`, async () => {
  assert.equal((await post(r.url, booking('small'))).status, 201);
  assert.equal((await feed())[0].spacesLeft, 0);
  const full = await post(r.url, booking('small'));
  assert.equal(full.status, 409);
  assert.deepEqual(full.json, {error: 'full'});
  const w = booking('small', true);
  const waiting = await post(r.url, w);
  assert.equal(waiting.status, 201);
  const row = await r.store.db.selectFrom('records').selectAll().where('id', '=', w.id).executeTakeFirstOrThrow();
  assert.equal(row.waiting_list, 1);
  assert.equal(row.session_id, 'small');
  assert.equal((await feed())[0].spacesLeft, 0);
  // A retry of a booking that was accepted is still 200, even now the session is full.
  const first = await r.store.db.selectFrom('records').select('id').where('session_id', '=', 'small').where('waiting_list', '=', 0).executeTakeFirstOrThrow();
  const again = JSON.parse((await r.store.db.selectFrom('records').select('envelope').where('id', '=', first.id).executeTakeFirstOrThrow()).envelope);
  assert.equal((await post(r.url, again)).status, 200);
});

test(`[${DIALECT}] past, cancelled or unknown sessions answer 409 {"error":"closed"}`, async () => {
  for (const id of ['past', 'cancelled', 'no-such-session']) {
    const res = await post(r.url, booking(id));
    assert.equal(res.status, 409, id);
    assert.deepEqual(res.json, {error: 'closed'});
  }
});

test(`[${DIALECT}] parallel bookings never overfill a session`, async () => {
  writeFileSync(file, JSON.stringify({schema: 'hope-widgets/training-sessions@1', items: [session('race', {capacity: 3})]}));
  const answers = await Promise.all(Array.from({length: 12}, () => post(r.url, booking('race'))));
  assert.equal(answers.filter((a) => a.status === 201).length, 3);
  assert.equal(answers.filter((a) => a.status === 409 && a.json.error === 'full').length, 9);
  assert.equal(await count(r.store, {session_id: 'race'}), 3);
});

test(`[${DIALECT}] with no HOPE_SESSIONS the feed is empty (a health check) and bookings are taken`, async () => {
  const plain = await receiver();
  try {
    const res = await fetch(`${plain.url}/v1/training/sessions.json`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {schema: 'hope-widgets/training-sessions@1', items: []});
    assert.equal((await post(plain.url, booking('anything'))).status, 201);
  } finally {
    await plain.stop();
  }
});

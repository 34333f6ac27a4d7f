import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {receiver, envelope, post, DIALECT} from './helpers.mjs';
import {setUser, csvCell} from '../dist/hope-receiver.mjs';

const r = await receiver();
after(() => r.stop());
const PASSWORD = 'correct horse battery staple';
await setUser(r.store.db, 'case@example.org', PASSWORD);

/** A small cookie-keeping client that does not follow redirects. */
function client() {
  let cookie = '';
  const go = async (path, {method = 'GET', form, headers = {}} = {}) => {
    const res = await fetch(`${r.url}${path}`, {
      method,
      redirect: 'manual',
      headers: {...(cookie ? {cookie} : {}), ...(form ? {'content-type': 'application/x-www-form-urlencoded'} : {}), ...headers},
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    return {status: res.status, headers: res.headers, text: await res.text(), location: res.headers.get('location')};
  };
  return {go, get cookie() {return cookie;}};
}

async function signedIn() {
  const c = client();
  const res = await c.go('/inbox/login', {method: 'POST', form: {email: 'Case@Example.org', password: PASSWORD}});
  assert.equal(res.status, 303);
  return c;
}
const csrfOf = (html) => /name="csrf" value="([^"]+)"/.exec(html)[1];

test(`[${DIALECT}] the inbox needs a login; a wrong password is refused; the session cookie is HttpOnly and SameSite=Strict`, async () => {
  const c = client();
  const first = await c.go('/inbox');
  assert.equal(first.status, 303);
  assert.equal(first.location, '/inbox/login');
  const wrong = await c.go('/inbox/login', {method: 'POST', form: {email: 'case@example.org', password: 'wrong password!!'}});
  assert.equal(wrong.status, 401);
  assert.match(wrong.text, /The email address or the password is wrong/);
  const ok = await c.go('/inbox/login', {method: 'POST', form: {email: 'case@example.org', password: PASSWORD}});
  const set = ok.headers.get('set-cookie');
  assert.match(set, /HttpOnly/);
  assert.match(set, /SameSite=Strict/);
  assert.doesNotMatch(set, /Secure/, 'plain http on localhost, for trying it out');
  assert.equal((await c.go('/inbox')).status, 200);
});

test(`[${DIALECT}] cookies are Secure on any host but localhost`, async () => {
  const u = new URL(r.url);
  const body = new URLSearchParams({email: 'case@example.org', password: PASSWORD}).toString();
  const set = await new Promise((resolve, reject) => {
    const req = request({host: u.hostname, port: u.port, path: '/inbox/login', method: 'POST', headers: {host: 'inbox.example.org', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body)}}, (res) => {
      res.resume();
      resolve(res.headers['set-cookie']?.[0]);
    });
    req.on('error', reject);
    req.end(body);
  });
  assert.match(set, /; Secure/);
});

test(`[${DIALECT}] login attempts are rate-limited`, async () => {
  const c = client();
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await c.go('/inbox/login', {method: 'POST', form: {email: 'victim@example.org', password: `guess number ${i}`}})).status);
  assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
});

test(`[${DIALECT}] reports in danger come first and stand out; filters by type, status and date`, async () => {
  await post(r.url, envelope({description: 'Calm report'}));
  const danger = envelope({immediateDanger: true, description: 'Someone is locked in'});
  const dangerRef = (await post(r.url, danger)).json.reference;
  await post(r.url, envelope({}, {schema: 'hope-widgets/indicator-checklist@1'}));
  const c = await signedIn();
  const list = await c.go('/inbox');
  assert.equal(list.headers.get('content-security-policy'), "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  const firstRow = /<tbody><tr class="([^"]*)"><td><a href="\/inbox\/records\/([^"]+)"/.exec(list.text);
  assert.equal(firstRow[2], dangerRef);
  assert.equal(firstRow[1], 'danger');
  assert.match(list.text, /In danger now/);
  const checklists = await c.go('/inbox?type=hope-widgets%2Findicator-checklist%401');
  assert.match(checklists.text, /Checklist/);
  assert.doesNotMatch(checklists.text, /<td>Report<\/td>/);
  const future = await c.go('/inbox?from=2999-01-01');
  assert.match(future.text, /No records match these filters/);
  const closed = await c.go('/inbox?status=closed');
  assert.match(closed.text, /No records match/);
});

test(`[${DIALECT}] one record in readable words, free text with its lang and dir, and the read is audited`, async () => {
  const e = envelope({indicators: ['injuries'], place: {placeType: 'car-wash'}, description: 'رأيت رجالاً ينامون في المغسلة'}, {locale: 'ar'});
  const ref = (await post(r.url, e)).json.reference;
  const c = await signedIn();
  const page = await c.go(`/inbox/records/${ref}`);
  assert.match(page.text, /Has injuries that look untreated or unexplained/);
  assert.match(page.text, /Car wash/);
  assert.match(page.text, /Forced labour or labour exploitation/);
  assert.match(page.text, /<dd lang="ar" dir="rtl">رأيت/);
  const log = await c.go('/inbox/audit');
  assert.match(log.text, new RegExp(`<td>case@example.org</td><td>read</td><td>${ref}</td>`));
});

test(`[${DIALECT}] text from a submission is text, never HTML`, async () => {
  const ref = (await post(r.url, envelope({description: '<script>alert(1)</script><img src=x onerror=alert(2)>'}))).json.reference;
  const c = await signedIn();
  const page = await c.go(`/inbox/records/${ref}`);
  assert.doesNotMatch(page.text, /<script>alert/);
  assert.match(page.text, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
});

test(`[${DIALECT}] status and note: CSRF token required, another origin refused, changes audited`, async () => {
  const ref = (await post(r.url, envelope())).json.reference;
  const c = await signedIn();
  const page = await c.go(`/inbox/records/${ref}`);
  const csrf = csrfOf(page.text);
  const forged = await c.go(`/inbox/records/${ref}`, {method: 'POST', form: {status: 'closed', note: 'x'}});
  assert.equal(forged.status, 403);
  const crossSite = await c.go(`/inbox/records/${ref}`, {method: 'POST', form: {csrf, status: 'closed', note: 'x'}, headers: {origin: 'https://evil.example'}});
  assert.equal(crossSite.status, 403);
  const saved = await c.go(`/inbox/records/${ref}`, {method: 'POST', form: {csrf, status: 'referred', note: 'Passed to the police, crime number 42'}});
  assert.equal(saved.status, 303);
  const row = await r.store.db.selectFrom('records').selectAll().where('reference', '=', ref).executeTakeFirstOrThrow();
  assert.equal(row.status, 'referred');
  assert.equal(row.note, 'Passed to the police, crime number 42');
  assert.match((await c.go('/inbox/audit')).text, /update<\/td><td>[A-Z0-9-]+<\/td><td>status Referred/);
});

test(`[${DIALECT}] CSV export is safe against formula injection; JSON export; both audited`, async () => {
  assert.equal(csvCell('=HYPERLINK("http://evil")'), `"'=HYPERLINK(""http://evil"")"`);
  for (const bad of ['+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvCell(bad).startsWith(`"'`), bad);
  assert.equal(csvCell('plain'), '"plain"');
  const ref = (await post(r.url, envelope())).json.reference;
  const c = await signedIn();
  const page = await c.go(`/inbox/records/${ref}`);
  await c.go(`/inbox/records/${ref}`, {method: 'POST', form: {csrf: csrfOf(page.text), status: 'in-review', note: '=cmd|" /C calc"!A0'}});
  const csv = await c.go('/inbox/export.csv');
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.headers.get('content-disposition'), /attachment/);
  const line = csv.text.split('\r\n').find((l) => l.startsWith(`"${ref}"`));
  assert.ok(line.includes(`"'=cmd|"" /C calc""!A0"`), line);
  const json = JSON.parse((await c.go('/inbox/export.json?status=in-review')).text);
  assert.ok(json.records.some((x) => x.reference === ref && x.envelope.data.description));
  assert.ok(json.records.every((x) => x.status === 'in-review'));
  assert.match((await c.go('/inbox/audit')).text, /export csv/);
});

test(`[${DIALECT}] erasure on request deletes the record and leaves only the fact in the audit log`, async () => {
  const ref = (await post(r.url, envelope({description: 'Erase me please'}))).json.reference;
  const c = await signedIn();
  const csrf = csrfOf((await c.go(`/inbox/records/${ref}`)).text);
  const unconfirmed = await c.go(`/inbox/records/${ref}/erase`, {method: 'POST', form: {csrf}});
  assert.equal(unconfirmed.status, 303);
  assert.equal((await c.go(`/inbox/records/${ref}`)).status, 200);
  const done = await c.go(`/inbox/records/${ref}/erase`, {method: 'POST', form: {csrf, confirm: 'yes'}});
  assert.equal(done.status, 200);
  assert.equal((await c.go(`/inbox/records/${ref}`)).status, 404);
  const audit = (await c.go('/inbox/audit')).text;
  assert.match(audit, new RegExp(`erase</td><td>${ref}`));
  assert.doesNotMatch(audit, /Erase me please/);
});

test(`[${DIALECT}] bookings per session with counts and the waiting list`, async () => {
  const b = (name, waitingList) => envelope({attendee: {name, email: `${name}@example.org`, sector: 'public'}, waitingList}, {schema: 'hope-widgets/training-signup@1'});
  await post(r.url, b('Ada', false));
  await post(r.url, b('Bea', true));
  const c = await signedIn();
  const page = (await c.go('/inbox/training')).text;
  assert.match(page, /Spot the signs/);
  assert.match(page, /1 booked · 1 on the waiting list/);
  assert.match(page, /<caption>Waiting list<\/caption>.*Bea/s);
});

test(`[${DIALECT}] signing out ends the session`, async () => {
  const c = await signedIn();
  const csrf = csrfOf((await c.go('/inbox')).text);
  const old = c.cookie;
  assert.equal((await c.go('/inbox/logout', {method: 'POST', form: {csrf}})).status, 303);
  const again = await fetch(`${r.url}/inbox`, {redirect: 'manual', headers: {cookie: old}});
  assert.equal(again.status, 303);
});

test(`[${DIALECT}] sessions managed in the inbox: clear errors, then served with live places, full, cancelled`, async () => {
  const c = await signedIn();
  const csrf = csrfOf((await c.go('/inbox/training')).text);
  const bad = await c.go('/inbox/training', {method: 'POST', form: {csrf, title: '', start: '2099-06-01T10:00', end: '2099-06-01T09:00', timeZone: 'Europe/Warsaw', format: 'in-person', audience: 'public'}});
  assert.equal(bad.status, 422);
  for (const m of ['Enter a title.', 'The end must be after the start.', 'Enter the address of the venue']) assert.ok(bad.text.includes(m), m);
  assert.match(bad.text, /id="t-end" name="end" type="datetime-local" value="2099-06-01T09:00" aria-describedby="t-end-hint t-end-error" aria-invalid="true"/);
  const good = await c.go('/inbox/training', {method: 'POST', form: {csrf, title: 'Spot the signs in Warsaw', start: '2099-06-01T10:00', end: '2099-06-01T12:00', timeZone: 'Europe/Warsaw', format: 'online', platform: 'Jitsi', audience: 'public, charities', capacity: '1', language: 'pl'}});
  assert.equal(good.status, 200);
  assert.match(good.text, /is added to the feed/);
  const feed = async () => (await (await fetch(`${r.url}/v1/training/sessions.json`)).json()).items;
  const [s] = (await feed()).filter((x) => x.title === 'Spot the signs in Warsaw');
  assert.equal(s.start, '2099-06-01T10:00:00+02:00');
  assert.equal(s.end, '2099-06-01T12:00:00+02:00');
  assert.deepEqual(s.audience, ['public', 'charities']);
  assert.equal(s.spacesLeft, 1);
  const book = () => post(r.url, envelope({session: {id: s.id, title: s.title, start: s.start}}, {schema: 'hope-widgets/training-signup@1'}));
  assert.equal((await book()).status, 201);
  assert.equal((await feed()).find((x) => x.id === s.id).spacesLeft, 0);
  assert.deepEqual((await book()).json, {error: 'full'});
  // Now that sessions are managed here, a booking for a session nobody offers is closed.
  assert.deepEqual((await post(r.url, envelope({}, {schema: 'hope-widgets/training-signup@1'}))).json, {error: 'closed'});
  const cancelled = await c.go('/inbox/training/cancel', {method: 'POST', form: {csrf, id: s.id}});
  assert.match(cancelled.text, /is cancelled/);
  assert.equal((await feed()).find((x) => x.id === s.id).cancelled, true);
  assert.deepEqual((await book()).json, {error: 'closed'});
  assert.match((await c.go('/inbox/audit')).text, /add session.*cancel session|cancel session.*add session/s);
});

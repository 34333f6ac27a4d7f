import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {createServer as createTcpServer} from 'node:net';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {receiver, envelope, post, DIALECT} from './helpers.mjs';

/** A local HTTP endpoint standing in for HOPE_NOTIFY_URL. */
const calls = [];
const hook = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    calls.push(JSON.parse(body));
    res.end('ok');
  });
});
await new Promise((r) => hook.listen(0, '127.0.0.1', r));

/** The smallest SMTP server that accepts one message and keeps it. */
const mails = [];
const smtp = createTcpServer((s) => {
  let data = false;
  let text = '';
  s.write('220 test ESMTP\r\n');
  s.on('data', (chunk) => {
    for (const line of String(chunk).split('\r\n').filter((l, i, a) => i < a.length - 1 || l)) {
      if (data) {
        if (line === '.') {
          data = false;
          mails.push(text);
          s.write('250 queued\r\n');
        } else text += `${line}\n`;
      } else if (/^(EHLO|HELO)/i.test(line)) s.write('250 test\r\n');
      else if (/^DATA/i.test(line)) {
        data = true;
        s.write('354 go\r\n');
      } else if (/^QUIT/i.test(line)) s.end('221 bye\r\n');
      else s.write('250 ok\r\n');
    }
  });
});
await new Promise((r) => smtp.listen(0, '127.0.0.1', r));

const widgetsDir = mkdtempSync(join(tmpdir(), 'hope-widgets-dist-'));
mkdirSync(join(widgetsDir, 'embed'));
writeFileSync(join(widgetsDir, 'hope-widgets.js'), 'export {};');
writeFileSync(join(widgetsDir, 'embed/report-concern.html'), '<!doctype html><title>embed</title>');

const r = await receiver({
  HOPE_NOTIFY_URL: `http://127.0.0.1:${hook.address().port}/hook`,
  SMTP_URL: `smtp://127.0.0.1:${smtp.address().port}`,
  HOPE_ALERT_FROM: 'receiver@example.org',
  HOPE_ALERT_TO: 'team@example.org',
  HOPE_WIDGETS_DIR: widgetsDir,
});
after(async () => {
  await r.stop();
  hook.close();
  smtp.close();
});

const until = async (check) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((res) => setTimeout(res, 50));
};

test(`[${DIALECT}] alerts carry the type and the reference, never what was typed`, async () => {
  const secret = 'The secret description nobody else may read';
  const e = envelope({immediateDanger: true, description: secret, reporter: {privacy: 'confidential', phone: '07700 900123', safeToContact: true}});
  const {json} = await post(r.url, e);
  await until(() => calls.length && mails.length);
  assert.deepEqual(calls, [{type: 'hope-widgets/report-concern@1', reference: json.reference}]);
  assert.equal(mails.length, 1);
  assert.match(mails[0], new RegExp(json.reference));
  for (const s of [secret, '07700', 'confidential']) assert.ok(!mails[0].includes(s), s);
  // A repeated key is not a new record: no second alert.
  await post(r.url, e);
  await new Promise((res) => setTimeout(res, 200));
  assert.equal(calls.length, 1);
});

test(`[${DIALECT}] with HOPE_WIDGETS_DIR it serves the widget files and embed pages, and nothing outside`, async () => {
  const js = await fetch(`${r.url}/widgets/hope-widgets.js`);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /text\/javascript/);
  const page = await fetch(`${r.url}/widgets/embed/report-concern.html`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy'), /connect-src 'self'/);
  // Opened without an endpoint, an embed page is set to post to this receiver.
  const bare = await fetch(`${r.url}/widgets/embed/training-signup.html?locale=pl`, {redirect: 'manual'});
  assert.equal(bare.status, 302);
  const to = new URL(bare.headers.get('location'), r.url);
  assert.equal(to.searchParams.get('endpoint'), `${r.url}/v1/submissions`);
  assert.equal(to.searchParams.get('src'), `${r.url}/v1/training/sessions.json`);
  assert.equal(to.searchParams.get('locale'), 'pl');
  const given = await fetch(`${r.url}/widgets/embed/report-concern.html?endpoint=https://elsewhere.example/x`, {redirect: 'manual'});
  assert.equal(given.status, 200, 'an explicit endpoint is left to the embed page to judge');
  for (const path of ['/widgets/../package.json', '/widgets/%2e%2e/%2e%2e/etc/passwd', '/widgets/embed']) {
    assert.equal((await fetch(`${r.url}${path}`)).status, 404, path);
  }
});

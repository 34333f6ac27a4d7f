/**
 * The inbox in a real browser (Debian Chromium through puppeteer-core): a caseworker signs in and
 * finds the urgent report by keyboard alone, under the inbox's strict CSP with no violation, and
 * axe-core finds no accessibility violation on any inbox page.
 */
import {test, after, before} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import puppeteer from 'puppeteer-core';
import {findBrowsers} from '../../scripts/browsers.mjs';
import {receiver, envelope, post, DIALECT} from './helpers.mjs';
import {setUser} from '../dist/hope-receiver.mjs';

const {chromium} = findBrowsers();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const skip = chromium ? false : 'Chromium is not installed (apt-get install chromium)';

let r, browser, page, urgent;
const problems = [];

before(async () => {
  if (skip) return;
  r = await receiver();
  await setUser(r.store.db, 'case@example.org', 'correct horse battery staple');
  await post(r.url, envelope({description: 'Calm report'}));
  urgent = (await post(r.url, envelope({immediateDanger: true, indicators: ['injuries'], description: 'Someone is locked in the back room'}))).json.reference;
  await post(r.url, envelope({description: 'نص باللغة العربية'}, {locale: 'ar'}));
  await post(r.url, envelope({}, {schema: 'hope-widgets/indicator-checklist@1'}));
  await post(r.url, envelope({}, {schema: 'hope-widgets/helpline-callback@1'}));
  await post(r.url, envelope({waitingList: true}, {schema: 'hope-widgets/training-signup@1'}));
  await post(r.url, envelope({}, {schema: 'hope-widgets/training-signup@1'}));
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'],
  });
  page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  // A form sent back with its errors is a 422 on purpose; Chromium logs that status, which is not a problem.
  page.on('console', (m) => m.type() === 'error' && !/status of 422/.test(m.text()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (req) => !req.url().startsWith(r.url) && !req.url().startsWith('data:') && problems.push(`third-party request: ${req.url()}`));
});

after(async () => {
  await browser?.close();
  await r?.stop();
});

async function axe() {
  // Through the DevTools protocol, which the page's CSP does not govern; the page itself runs no script.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const res = await globalThis.axe.run(document, {resultTypes: ['violations']});
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

const focused = () => page.evaluate(() => {
  const el = document.activeElement;
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.textContent.trim().slice(0, 40)}`;
});

test(`[${DIALECT}] sign in and reach the urgent report by keyboard, axe clean, no CSP violation`, {skip}, async () => {
  await page.goto(`${r.url}/inbox`);
  assert.equal(new URL(page.url()).pathname, '/inbox/login');
  assert.deepEqual(await axe(), [], 'login page');
  await page.keyboard.press('Tab');
  assert.match(await focused(), /^a Skip to content/);
  await page.keyboard.press('Tab');
  assert.match(await focused(), /^input#email/);
  await page.keyboard.type('case@example.org');
  await page.keyboard.press('Tab');
  assert.match(await focused(), /^input#password/);
  await page.keyboard.type('correct horse battery staple');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/inbox', await page.$eval('main', (m) => m.textContent));
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Records');
  assert.deepEqual(await axe(), [], 'records page');

  // The urgent report is the first record link; Tab reaches it.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await focused()).startsWith(`a ${urgent}`);
  }
  assert.ok(found, 'the urgent report is reachable by Tab');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(await page.$eval('h1', (h) => h.textContent), new RegExp(urgent));
  assert.match(await page.$eval('.banner', (b) => b.textContent), /immediate danger/);
  assert.deepEqual(await axe(), [], 'record page');

  // Change the status by keyboard: the select, then the note, then the button.
  await page.focus('#status');
  await page.select('#status', 'in-review');
  await page.focus('#note');
  await page.keyboard.type('Called the police at 10:05');
  await page.keyboard.press('Tab');
  assert.match(await focused(), /^button Save status and note/);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(await page.$eval('[role=status]', (s) => s.textContent), 'Saved.');
  assert.equal(await page.$eval('#status', (s) => s.value), 'in-review');

  for (const path of ['/inbox/training', '/inbox/audit', '/inbox?type=hope-widgets%2Freport-concern%401&status=new']) {
    await page.goto(`${r.url}${path}`);
    assert.deepEqual(await axe(), [], path);
  }
  // The add-session form with its errors shown is clean too.
  await page.goto(`${r.url}/inbox/training`);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/inbox/training"] button[type=submit]')]);
  assert.match(await page.$eval('[role=alert]', (a) => a.textContent), /Enter a title/);
  assert.deepEqual(await axe(), [], 'training form with errors');
  assert.deepEqual(problems, []);
  // axe really runs: an image without alt text is caught.
  await page.evaluate(() => document.querySelector('main').append(document.createElement('img')));
  assert.match((await axe()).join(), /image-alt/);
});

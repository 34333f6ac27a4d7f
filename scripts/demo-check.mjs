/**
 * Demo check (a gate of `npm test`): builds the script-tag bundle, starts the demo server, opens
 * the page in headless Chromium under its strict CSP and Trusted Types, and fails on any CSP
 * violation, page error or element that did not upgrade. Saves a screenshot to
 * $DEMO_SCREENSHOT when set. Widget behaviour is tested in test/; this proves the page a
 * newcomer sees with `npm start` works.
 */
import puppeteer from 'puppeteer-core';
import {spawnSync} from 'node:child_process';
import {root} from './entries.mjs';
import {CHROMIUM_ARGS, findBrowsers, INSTALL_HINT} from './browsers.mjs';
import {startDemo} from '../demo/server.mjs';

if (!process.argv.includes('--no-build')) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--standalone'], {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) process.exit(1);
}
const {chromium} = findBrowsers();
if (!chromium) {
  console.error(INSTALL_HINT.chromium);
  process.exit(1);
}
const port = 20000 + Math.floor(Math.random() * 20000);
const demo = await startDemo({port});
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});
const problems = [];
try {
  const page = await browser.newPage();
  await page.setViewport({width: Number(process.env.DEMO_WIDTH ?? 1000), height: 900});
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(demo.url, {waitUntil: 'networkidle0'});
  const report = await page.evaluate(async () => {
    const tags = ['hope-quick-exit', 'hope-language-switcher', 'hope-report-concern', 'hope-indicator-checklist', 'hope-helpline-locator', 'hope-training-signup'];
    // The feed widgets have loaded and shown their feeds (a busy machine can go quiet on the
    // network between a widget's code arriving and its feed being asked for).
    const settle = {'hope-helpline-locator': (el) => el.feedComplete, 'hope-training-signup': (el) => el.updateComplete};
    for (const [tag, done] of Object.entries(settle)) {
      const el = document.querySelector(tag);
      if (el) await Promise.race([customElements.whenDefined(tag).then(() => done(el)), new Promise((r) => setTimeout(r, 20_000))]);
    }
    const out = {};
    for (const tag of tags) {
      const el = document.querySelector(tag);
      out[tag] = !el ? 'absent' : customElements.get(tag) ? (el.shadowRoot?.childElementCount ? 'rendered' : 'empty') : 'not defined';
    }
    return out;
  });
  console.log('demo elements:', report);
  for (const [tag, state] of Object.entries(report)) if (state !== 'rendered') problems.push(`${tag}: ${state}`);
  if (process.env.DEMO_SCREENSHOT) await page.screenshot({path: process.env.DEMO_SCREENSHOT, fullPage: true});
} finally {
  await browser.close();
  demo.close();
}
if (problems.length) {
  console.error(`demo: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('demo: every element upgraded and rendered under the strict CSP, no errors');

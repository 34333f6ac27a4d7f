/**
 * The `loading` gate of `npm test` (after the build): how the built files reach a person, asserted
 * from what the browser did, never from how long it took.
 *
 * - Round trips: on a page with one widget, the browser's resource timing says which files were
 *   requested only after which others had arrived, among those requested before the first
 *   question was on screen. By the README's script tag the first question
 *   needs at most two script round trips (the entry, then everything the widget needs at once,
 *   with its feed and its language file in that same wave); by a standalone file, one (its
 *   language file in the second wave, never later).
 * - Not in English first: on a Polish page each widget's first render is already in Polish.
 * - No layout shift: a page with all five widgets, the README's fallback content and its
 *   stylesheet link (dist/hope-widgets.css) has a cumulative layout shift of at most 0.05.
 * - The standalone file works alone: on a strict-CSP page where the server has no other file.
 * Every page is served with the partners' strict Content-Security-Policy, and each request is
 * delayed by 150 ms (DevTools network emulation) so that waves of requests are told apart.
 */
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import puppeteer from 'puppeteer-core';
import {root, elementEntries} from './entries.mjs';
import {readWidgetGraph} from './build-config.mjs';
import {CHROMIUM_ARGS, findBrowsers, INSTALL_HINT} from './browsers.mjs';

const {chromium} = findBrowsers();
if (!chromium) {
  console.error(INSTALL_HINT.chromium);
  process.exit(1);
}
if (!existsSync(join(root, 'dist/hope-widgets.js')) || !existsSync(join(root, 'dist/standalone'))) {
  console.error('loading: run `npm run build` first (dist/hope-widgets.js and dist/standalone/ are missing)');
  process.exit(1);
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const FIRST_QUESTION = {
  'report-concern': 'input[type=radio]',
  'indicator-checklist': '[part~=start]',
  'helpline-locator': '[part~=entry]',
  'training-signup': '[part~=session]',
  'quick-exit': '[part~=button]',
};
const ATTRIBUTES = {
  'report-concern': 'endpoint="/receiver/submit" privacy-url="/privacy"',
  'indicator-checklist': '',
  'helpline-locator': 'country="GB" src="/feeds/helplines.json"',
  'training-signup': 'src="/feeds/training-sessions.json" endpoint="/receiver/submit" privacy-url="/privacy"',
  'quick-exit': '',
};
const FALLBACK = '<p>Call the Modern Slavery &amp; Exploitation Helpline on <a href="tel:+448000121700">08000 121 700</a>. In an emergency call <a href="tel:999">999</a>.</p>';
const elements = Object.keys(elementEntries()).filter((e) => FIRST_QUESTION[e]);
const graph = readWidgetGraph(readFileSync(join(root, 'dist/hope-widgets.js'), 'utf8'));

function page({script, lang, widgets}) {
  const ready = widgets.map((w) => `hope-${w} >>> ${FIRST_QUESTION[w]}`).join(',');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>loading</title><meta name="ready" content="${ready}">
<link rel="stylesheet" href="/dist/hope-widgets.css"><script src="/probe.js"></script><script type="module" src="${script}"></script></head>
<body><main><h1>Help for workers</h1><p>Some text of the partner's page above the widgets.</p>
${widgets.map((w) => (w === 'quick-exit' ? '<hope-quick-exit><a href="https://www.bbc.co.uk/weather">Exit this page</a></hope-quick-exit>' : `<hope-${w} ${ATTRIBUTES[w]}>${FALLBACK}</hope-${w}>`)).join('\n')}
<p>Some text of the partner's page below the widgets.</p></main></body></html>`;
}

/** Serves the given pages, and from disk only what `allow` accepts (dist/, feeds, the probe). */
function serve(pages, allow) {
  const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css'};
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {'Content-Security-Policy': CSP, 'Cache-Control': 'no-store'};
    if (path === '/favicon.ico') {
      res.writeHead(204, headers).end(); // the browser asks for it on its own
      return;
    }
    if (pages[path]) {
      res.writeHead(200, {...headers, 'Content-Type': TYPES['.html']}).end(pages[path]);
      return;
    }
    const file = path === '/probe.js' ? join(root, 'test/loading/probe.js') : path.startsWith('/feeds/') ? join(root, 'demo', path) : normalize(join(root, path));
    if (!file.startsWith(root) || !allow(path) || !existsSync(file) || !extname(file)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, {...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({server, base: `http://127.0.0.1:${server.address().port}`})));
}

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});

/** Loads a page in a fresh context and returns what the probe and the resource timing saw. */
async function visit(url, {viewport = {width: 360, height: 740}} = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(viewport);
    const problems = [];
    tab.on('console', (m) => (m.type() === 'error' || /Content.Security.Policy|Trusted Type/i.test(m.text())) && problems.push(m.text()));
    tab.on('pageerror', (e) => problems.push(String(e)));
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1});
    await tab.goto(url, {waitUntil: 'load', timeout: 120_000});
    await tab.waitForFunction('window.__loading && window.__loading.ready', {timeout: 120_000, polling: 50});
    // Let feeds, late parts and the last renders settle before reading the shifts.
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    const seen = await tab.evaluate(() => ({
      probe: window.__loading,
      resources: performance.getEntriesByType('resource').map((e) => ({name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd})),
    }));
    return {...seen, problems};
  } finally {
    await context.close();
  }
}

/** Wave of each script or feed: 1 + the highest wave of any such file that had arrived before it was requested. */
function waves(resources) {
  const files = resources.filter((r) => /\.(js|json)$/.test(r.name) && r.name !== '/probe.js').sort((a, b) => a.start - b.start);
  const wave = new Map();
  for (const r of files) {
    const before = files.filter((q) => q !== r && wave.has(q.name) && q.end <= r.start);
    wave.set(r.name, 1 + Math.max(0, ...before.map((q) => wave.get(q.name))));
  }
  return wave;
}

const failures = [];
let checks = 0;
const expect = (ok, message) => {
  checks++;
  if (!ok) failures.push(message);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

const pages = {};
for (const element of elements) {
  for (const lang of ['en', 'pl']) {
    pages[`/tag-${element}-${lang}.html`] = page({script: '/dist/hope-widgets.js', lang, widgets: [element]});
    pages[`/standalone-${element}-${lang}.html`] = page({script: `/dist/standalone/${element}.js`, lang, widgets: [element]});
  }
}
pages['/all.html'] = page({script: '/dist/hope-widgets.js', lang: 'en', widgets: ['quick-exit', 'report-concern', 'indicator-checklist', 'helpline-locator', 'training-signup']});
pages['/all-pl.html'] = page({script: '/dist/hope-widgets.js', lang: 'pl', widgets: ['quick-exit', 'report-concern', 'indicator-checklist', 'helpline-locator', 'training-signup']});

try {
  const {server, base} = await serve(pages, (path) => path.startsWith('/dist/') || path.startsWith('/feeds/') || path === '/probe.js');
  try {
    for (const element of elements) {
      for (const lang of ['en', 'pl']) {
        for (const embedding of ['tag', 'standalone']) {
          const {probe, resources, problems} = await visit(`${base}/${embedding}-${element}-${lang}.html`);
          // What the first question needs: the page's script, the widget's files (the graph the build
          // wrote into the entry), its language files and its feed. Parts fetched after it on
          // purpose (the words of the signs, the booking form) are not counted.
          const w = waves(resources);
          const needed = new Set([
            embedding === 'tag' ? '/dist/hope-widgets.js' : `/dist/standalone/${element}.js`,
            ...(embedding === 'tag' ? (graph[`hope-${element}`] ?? []).map((f) => `/dist/${f}`) : []),
          ]);
          const scripts = [...w].filter(([name]) => needed.has(name) || name.includes(`.lang-${lang}-`));
          const language = scripts.filter(([name]) => name.includes(`.lang-${lang}-`));
          const feed = [...w].filter(([name]) => name.endsWith('.json'));
          const maxScript = Math.max(...scripts.map(([, v]) => v));
          const where = `${embedding === 'tag' ? 'script tag' : 'standalone'}, hope-${element}, ${lang}`;
          expect(maxScript <= (embedding === 'tag' ? 2 : lang === 'en' ? 1 : 2), `${where}: ${maxScript} script round trip(s) (${scripts.map(([n, v]) => `${n.split('/').pop()}@${v}`).join(', ')})`);
          if (lang !== 'en') expect(language.length > 0 && language.every(([, v]) => v <= 2), `${where}: the language files are requested in the second wave at the latest`);
          if (feed.length) expect(feed.every(([, v]) => v <= 2), `${where}: the feed is requested in the second wave at the latest (${feed.map(([n, v]) => `${n}@${v}`).join(', ')})`);
          expect(probe.firstLang[`hope-${element}`] === lang, `${where}: first rendered in ${probe.firstLang[`hope-${element}`]}`);
          expect(!problems.length, `${where}: no console error or CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
        }
      }
    }
    for (const path of ['/all.html', '/all-pl.html']) {
      const {probe, problems} = await visit(base + path);
      expect(probe.layoutShift <= 0.05, `all five widgets (${path}): cumulative layout shift ${probe.layoutShift.toFixed(3)} ≤ 0.05${probe.shifts.length ? ` (${probe.shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join('/')}`).join('; ')})` : ''}`);
      expect(!problems.length, `all five widgets (${path}): no console error or CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    }
  } finally {
    server.close();
  }

  // The standalone file alone: the server has that one file and nothing else.
  for (const element of elements) {
    const {server, base} = await serve(pages, (path) => path === `/dist/standalone/${element}.js` || path === '/probe.js' || path === '/dist/hope-widgets.css' || (element === 'training-signup' || element === 'helpline-locator' ? path.startsWith('/feeds/') : false));
    try {
      const {probe, problems} = await visit(`${base}/standalone-${element}-en.html`);
      expect(probe.ready && !problems.length, `standalone hope-${element} alone on a strict-CSP page: first question shown, nothing failed${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}

console.log(`loading: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

/**
 * `npm run bench:peers [-- --runs N] [-- --only report-concern,…]`: how long until the first question
 * is on screen, each widget against peers, side by side in one run. A benchmark, not a test.
 *
 * Pages: a plain Lit element with ten native fields (the baseline), the same form with Shoelace,
 * the same form in GOV.UK Frontend (server HTML + CSS + JS), and every widget by the README's one
 * script tag (`dist/hope-widgets.js`) and by its standalone file (`dist/standalone/<element>.js`),
 * in English and in Polish. Served gzipped from 127.0.0.1 like a CDN would. Each load gets a fresh
 * browser context (empty cache); pages are alternated within each round so that a busy moment of
 * the machine does not fall on one page only. Profiles: unthrottled, and Chrome DevTools "Slow 4G"
 * (562.5 ms latency, 1.44 Mbps down, 675 kbps up) with 4× CPU slowdown.
 * Prints medians, min–max and ratios to the baseline, and writes them into docs/bench.md.
 * Needs `npm run build` first (it runs it when dist/ is missing).
 */
import {createServer} from 'node:http';
import {gzipSync} from 'node:zlib';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {tmpdir} from 'node:os';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {root, elementEntries} from './entries.mjs';
import {CHROMIUM_ARGS, findBrowsers, INSTALL_HINT} from './browsers.mjs';
import {writeSection} from './bench-report.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', process.env.BENCH_RUNS ?? 10));
const ONLY = arg('only', '')?.split(',').filter(Boolean) ?? [];
const PROFILES = {
  unthrottled: undefined,
  'slow 4G, 4× CPU': {latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8, cpu: 4},
};

const {chromium} = findBrowsers();
if (!chromium) {
  console.error(INSTALL_HINT.chromium);
  process.exit(1);
}
if (!existsSync(join(root, 'dist/hope-widgets.js')) || !existsSync(join(root, 'dist/standalone'))) {
  const r = spawnSync('npm', ['run', '--silent', 'build'], {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) process.exit(1);
}

// ---- the pages ----------------------------------------------------------------------------
const site = mkdtempSync(join(tmpdir(), 'hope-peers-'));
const peersDir = join(root, 'bench/peers');
cpSync(join(root, 'dist'), join(site, 'dist'), {recursive: true, filter: (f) => !f.endsWith('.map')});
mkdirSync(join(site, 'feeds'));
cpSync(join(root, 'demo/feeds'), join(site, 'feeds'), {recursive: true});
for (const f of ['probe.js', 'plain-lit.html', 'shoelace.html', 'govuk.html']) cpSync(join(peersDir, f), join(site, f));
cpSync(join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'), join(site, 'govuk-frontend.min.css'));
cpSync(join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css'), join(site, 'shoelace-light.css'));
await build({
  entryPoints: {'plain-lit': join(peersDir, 'plain-lit.ts'), shoelace: join(peersDir, 'shoelace.ts'), 'govuk-init': join(peersDir, 'govuk-init.ts')},
  outdir: site, bundle: true, minify: true, format: 'esm', target: 'es2022', logLevel: 'warning',
  conditions: ['production'],
});

/** The first question of each widget, as the probe finds it. */
const READY = {
  'report-concern': 'input[type=radio]',
  'indicator-checklist': '[part~=start]',
  'helpline-locator': '[part~=entry]',
  'training-signup': '[part~=session]',
};
const ATTRIBUTES = {
  'report-concern': 'endpoint="/receiver/bench/submit" privacy-url="/privacy"',
  'indicator-checklist': '',
  'helpline-locator': 'country="GB"',
  'training-signup': 'src="/feeds/training-sessions.json" endpoint="/receiver/bench/submit" privacy-url="/privacy"',
};
const pages = [
  {name: 'plain Lit, 10 native fields', path: '/plain-lit.html', baseline: true},
  {name: 'Shoelace, same form', path: '/shoelace.html', peer: true},
  {name: 'GOV.UK Frontend, same form', path: '/govuk.html', peer: true, govuk: true},
];
for (const element of Object.keys(elementEntries()).filter((e) => READY[e] && (!ONLY.length || ONLY.includes(e)))) {
  for (const [embedding, src] of [['script tag', '/dist/hope-widgets.js'], ['standalone', `/dist/standalone/${element}.js`]]) {
    for (const lang of ['en', 'pl']) {
      const file = `hope-${element}-${embedding === 'script tag' ? 'tag' : 'standalone'}-${lang}.html`;
      writeFileSync(join(site, file), `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>hope-${element}</title><meta name="bench-ready" content="hope-${element} >>> ${READY[element]}">
<script src="/probe.js"></script><script type="module" src="${src}"></script></head>
<body><hope-quick-exit><a href="https://www.bbc.co.uk/weather">Exit this page</a></hope-quick-exit>
<hope-${element} ${ATTRIBUTES[element]}><p>Call the Modern Slavery &amp; Exploitation Helpline on 08000 121 700. In an emergency call 999.</p></hope-${element}>
</body></html>`);
      pages.push({name: `hope-${element}`, embedding, lang, path: `/${file}`});
    }
  }
}

// ---- a gzip server, like a CDN ------------------------------------------------------------
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};
const gz = new Map();
const server = createServer((req, res) => {
  const path = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(site) || !existsSync(path) || !extname(path)) {
    res.writeHead(404).end();
    return;
  }
  if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(path), {level: 9}));
  res.writeHead(200, {'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store'});
  res.end(gz.get(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- measuring ----------------------------------------------------------------------------
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});

async function load(page, profile) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({width: 360, height: 740});
    const cdp = await tab.createCDPSession();
    if (profile) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput});
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: profile.cpu});
    }
    await tab.goto(base + page.path, {waitUntil: 'domcontentloaded', timeout: 120_000});
    await tab.waitForFunction('window.__bench && window.__bench.readyAt > 0', {timeout: 120_000, polling: 50});
    return await tab.evaluate(() => ({readyAt: window.__bench.readyAt, maxLongTask: Math.max(0, ...window.__bench.longTasks), layoutShift: window.__bench.layoutShift}));
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = new Map(); // `${profile}|${path}` → runs
try {
  for (const [profileName, profile] of Object.entries(PROFILES)) {
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order each round so no page always follows the same one.
      const order = run % 2 ? [...pages].reverse() : pages;
      for (const page of order) {
        const key = `${profileName}|${page.path}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await load(page, profile));
      }
      process.stdout.write(`\r${profileName}: round ${run + 1}/${RUNS}`);
    }
    process.stdout.write('\n');
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, {recursive: true, force: true});
}

// ---- the report ---------------------------------------------------------------------------
const s = (ms) => (ms / 1000).toFixed(2);
const lines = [];
for (const profileName of Object.keys(PROFILES)) {
  const stat = (page) => {
    const runs = results.get(`${profileName}|${page.path}`);
    const ready = runs.map((r) => r.readyAt);
    return {median: median(ready), min: Math.min(...ready), max: Math.max(...ready), longTask: Math.max(...runs.map((r) => r.maxLongTask)), cls: Math.max(...runs.map((r) => r.layoutShift))};
  };
  const baseline = stat(pages.find((p) => p.baseline)).median;
  const govuk = stat(pages.find((p) => p.govuk)).median;
  const fastestPeer = Math.min(...pages.filter((p) => p.peer).map((p) => stat(p).median));
  lines.push(`### ${profileName}`, '', '| page | embedding | language | ready (median) | min–max | × plain Lit | longest long task | layout shift | target |', '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const page of pages) {
    const st = stat(page);
    const ratio = st.median / baseline;
    let target = '';
    if (page.embedding === 'standalone') target = ratio <= 1.25 && st.median < fastestPeer ? 'met (≤ 1.25×, faster than both peers)' : 'not met (≤ 1.25× and faster than both peers)';
    if (page.embedding === 'script tag') target = ratio <= 1.7 && st.median < govuk ? 'met (≤ 1.7×, faster than GOV.UK)' : 'not met (≤ 1.7× and faster than GOV.UK)';
    lines.push(`| ${page.name} | ${page.embedding ?? '—'} | ${page.lang ?? 'en'} | ${s(st.median)} s | ${s(st.min)}–${s(st.max)} s | ${ratio.toFixed(2)} | ${st.longTask ? `${st.longTask.toFixed(0)} ms` : 'none'} | ${st.cls.toFixed(3)} | ${profileName === 'unthrottled' ? '' : target} |`);
  }
  lines.push('');
}
const table = lines.join('\n');
console.log(table);
if (!ONLY.length) {
  writeSection('peers', `## Time to the first question, against peers (\`npm run bench:peers\`)

Generated by \`scripts/bench-peers.mjs\` on the machine that ran it: ${RUNS} loads of each page per profile, a fresh browser
context per load, pages alternated, served gzipped from 127.0.0.1, headless Chromium at 360×740. "Ready" is when the
first question is on screen (the frame after it appears). Targets (slow 4G): standalone ≤ 1.25× plain Lit and faster
than both peers; script tag ≤ 1.7× and faster than GOV.UK Frontend. A report, not a gate.

${table}`);
}

// Browser tests in real browsers: Debian's Chromium and Firefox ESR (WebKit: web-test-runner.webkit.config.mjs).
// `npm test` runs this through scripts/test.mjs; `npx web-test-runner` works too (WTR_BROWSERS=chromium,firefox).
import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {writeFileSync} from 'node:fs';
import {handleReceiver} from './demo/receiver.mjs';
import {findBrowsers, INSTALL_HINT} from './scripts/browsers.mjs';

const found = findBrowsers();
const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=Translate',
  // Test files run in parallel tabs: a background tab must not have its timers throttled.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

const launchers = {
  chromium: () => chromeLauncher({launchOptions: {executablePath: found.chromium, headless: true, args: chromiumArgs}}),
  // Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: found.firefox, headless: true},
    }),
};

const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',').filter((b) => b in launchers);
for (const b of wanted) {
  if (!found[b]) {
    console.error(INSTALL_HINT[b]);
    process.exit(1);
  }
}

/** The receiver (demo/receiver.mjs) on the test server: same origin as localhost, cross-origin as 127.0.0.1. */
function receiverMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/receiver/')) return next();
    ctx.respond = false;
    await handleReceiver(ctx.req, ctx.res);
  };
}

/**
 * Feeds that misbehave, for the feed tests: `/test-feeds/hang` sends headers, then nothing (the
 * connection is cut after 5 s); `/test-feeds/huge?bytes=N`
 * streams a JSON feed of N bytes (with `&declared` it states its Content-Length first).
 */
function misbehavingFeedsMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-feeds/')) return next();
    ctx.respond = false;
    const res = ctx.res;
    if (ctx.path === '/test-feeds/hang') {
      res.writeHead(200, {'content-type': 'application/json'});
      res.flushHeaders();
      // Nothing more: the widget's timeout (shortened in the tests) must end it. The connection is
      // cut after 5 s so that it does not stay open in the browser's pool: WebKit's driver waits on
      // such connections when the next test page loads.
      const cut = setTimeout(() => res.destroy(), 5_000);
      res.on('close', () => clearTimeout(cut));
      return;
    }
    if (ctx.path === '/test-feeds/huge') {
      const bytes = Number(ctx.query.bytes) || 3_000_000;
      const head = '{"schema":"hope-widgets/helplines@1","items":[],"publisher":"';
      const tail = '"}';
      res.writeHead(200, {'content-type': 'application/json', ...('declared' in ctx.query ? {'content-length': String(bytes)} : {})});
      res.write(head);
      let left = bytes - head.length - tail.length;
      const chunk = 'x'.repeat(64 * 1024);
      const pump = () => {
        while (left > 0) {
          const piece = chunk.slice(0, Math.min(chunk.length, left));
          left -= piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        res.end(tail);
      };
      res.on('error', () => {});
      pump();
      return;
    }
    res.writeHead(404).end();
  };
}

/** Pages under test/fixtures/csp/ get the strict policy the README gives partners (plus Trusted Types). */
function strictCspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/fixtures/csp/') && ctx.path.endsWith('.html')) {
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
          "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      );
    }
  };
}

/** Writes the counts to WTR_SUMMARY_FILE so scripts/test.mjs can print one closing line for every browser and gate. */
export function summaryReporter() {
  const count = (suite, acc) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    stop({sessions}) {
      const acc = {passed: 0, failed: 0, skipped: 0};
      for (const s of sessions) {
        if (s.testResults) count(s.testResults, acc);
        const loaded = s.testResults?.tests?.length || s.testResults?.suites?.length;
        if (!s.passed && !loaded) acc.failed++; // a file that failed to load
      }
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(acc));
      process.once('exit', () => console.log(`browser tests: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped`));
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : 'test/**/*.test.ts',
  nodeResolve: {exportConditions: ['production']},
  hostname: 'localhost',
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  middleware: [receiverMiddleware(), strictCspMiddleware(), misbehavingFeedsMiddleware()],
  browsers: wanted.map((b) => launchers[b]()),
  // One page at a time per browser: keyboard tests bring their tab to the front, and Chromium
  // pauses requestAnimationFrame (which fixture() waits on) in the tab left behind.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: {config: {timeout: 20_000}},
};

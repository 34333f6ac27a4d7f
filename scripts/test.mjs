/**
 * `npm test`: every gate, in order, each with its own output, then one closing line
 *   tests: N passed, N failed, N skipped
 * counting every browser test in every browser plus each other gate as one check.
 * Exit code 1 when anything failed. Options: --only <gate>[,<gate>] · --skip <gate>[,<gate>]
 * Gates: localize, manifest, locales, typecheck, lint, indicator-ids, receiver, browsers, webkit, build, package, size, loading, demo, storybook.
 * The receiver gate runs hope-receiver's tests on SQLite, and on a throwaway PostgreSQL cluster
 * when PostgreSQL is installed (it says clearly when it is not); each of its tests is counted.
 * No gate measures time: a shared 2-core machine must never fail a run by being slow. Timings
 * live in the benchmark reports (`npm run bench`, docs/bench.md), which are not run here.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {tmpdir} from 'node:os';
import {root} from './entries.mjs';
import {findBrowsers, INSTALL_HINT} from './browsers.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',') : undefined;
};
const only = arg('only');
const skip = arg('skip') ?? [];
const wanted = (gate) => (!only || only.includes(gate)) && !skip.includes(gate);
const bin = (name) => join(root, 'node_modules/.bin', name);

const totals = {passed: 0, failed: 0, skipped: 0};
const report = [];

function run(gate, cmd, args, env = {}) {
  console.log(`\n=== ${gate}: ${[cmd, ...args].map((a) => a.replace(root + '/', '')).join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  return {ok: r.status === 0, seconds};
}

function gate(name, cmd, args, env) {
  if (!wanted(name)) return;
  const {ok, seconds} = run(name, cmd, args, env);
  totals[ok ? 'passed' : 'failed']++;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
}

/** A gate whose runner writes {passed, failed, skipped} to the file named by `summaryVar`: each test counts. */
function countedGate(name, cmd, args, env, summaryVar = 'WTR_SUMMARY_FILE') {
  if (!wanted(name)) return;
  const summary = join(tmpdir(), `hope-wtr-${process.pid}-${name}.json`);
  rmSync(summary, {force: true});
  const {ok, seconds} = run(name, cmd, args, {...env, [summaryVar]: summary});
  const counts = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : {passed: 0, failed: 1, skipped: 0};
  if (!ok && counts.failed === 0) counts.failed = 1; // the runner itself failed
  for (const k of Object.keys(totals)) totals[k] += counts[k];
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`);
}

// Generated files first (runtime locales, custom-elements.json): the type check reads both.
gate('localize', 'npm', ['run', '--silent', 'localize:build']);
gate('manifest', 'sh', ['-c', `"${bin('cem')}" analyze && "${process.execPath}" scripts/check-manifest.mjs`]);
gate('locales', process.execPath, ['scripts/check-locales.mjs']);
gate('typecheck', bin('tsc'), ['-p', 'tsconfig.test.json']);
gate('lint', bin('eslint'), ['--config', 'lint/eslint.config.mjs', '--max-warnings', '0', '.']);
if (existsSync(join(root, 'scripts/indicator-ids.mjs'))) gate('indicator-ids', process.execPath, ['scripts/indicator-ids.mjs', '--check']);
// hope-receiver (receiver/): its node tests on SQLite and, when installed, PostgreSQL; CI requires both.
countedGate('receiver', process.execPath, ['receiver/scripts/test.mjs', ...(process.env.CI ? ['--require-postgres'] : [])], {}, 'RECEIVER_SUMMARY_FILE');

const found = findBrowsers();
const browsers = ['chromium', 'firefox'].filter((b) => {
  if (found[b]) return true;
  if (wanted('browsers')) {
    console.error(`\n${INSTALL_HINT[b]}`);
    totals.failed++;
    report.push(`FAIL ${b}: not installed`);
  }
  return false;
});
if (browsers.length) countedGate('browsers', bin('web-test-runner'), [], {WTR_BROWSERS: browsers.join(',')});
if (found.webkit) {
  countedGate('webkit', 'xvfb-run', ['-a', 'sh', 'scripts/test-webkit.sh'], {WTR_BROWSERS: 'webkit'});
} else if (wanted('webkit')) {
  console.log(`\n${INSTALL_HINT.webkit}`);
  report.push('skip webkit: not installed (optional)');
}

gate('build', 'npm', ['run', '--silent', 'build']);
// The package as published (after build): publint --strict, every export typed for ESM consumers
// (attw's esm-only profile: the package is ESM only; hope-widgets.css is a stylesheet, not a
// module, so it has no types), and no source maps in the tarball.
gate('package', 'sh', ['-c', [
  `"${bin('publint')}" --strict`,
  `"${bin('attw')}" --pack --profile esm-only --exclude-entrypoints ./hope-widgets.css --format table-flipped --no-color`,
  `! npm pack --dry-run --json 2>/dev/null | grep -E '"path": "[^"]*\\.map"'`,
].join(' && ')]);
gate('size', process.execPath, ['scripts/size.mjs']);
gate('loading', process.execPath, ['scripts/check-loading.mjs']);
gate('demo', process.execPath, ['scripts/demo-check.mjs', ...(wanted('build') ? ['--no-build'] : [])]);
gate('storybook', 'npm', ['run', '--silent', 'storybook:build'], {STORYBOOK_DISABLE_TELEMETRY: '1'});

console.log(`\n=== summary\n${report.join('\n')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);

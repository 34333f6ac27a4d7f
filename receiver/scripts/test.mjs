/**
 * The receiver's tests (node --test) on SQLite, then on a throwaway PostgreSQL cluster when
 * PostgreSQL is installed (it says so clearly when it is not).
 *   node receiver/scripts/test.mjs [--sqlite-only | --postgres-only] [--require-postgres]
 * Prints `receiver: N passed, N failed, N skipped` last, and writes the counts as JSON to
 * $RECEIVER_SUMMARY_FILE when set (npm test's gate reads it).
 */
import {spawnSync, spawn} from 'node:child_process';
import {readdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {findPostgres, withPostgres} from './with-postgres.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const flag = (f) => process.argv.includes(f);
const build = spawnSync(process.execPath, [join(here, 'scripts/build.mjs')], {stdio: 'inherit'});
if (build.status !== 0) process.exit(1);

const files = readdirSync(join(here, 'test'))
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => join(here, 'test', f));
const totals = {passed: 0, failed: 0, skipped: 0};

function run(label, env) {
  return new Promise((resolve) => {
    console.log(`\n--- receiver tests on ${label}`);
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      cwd: here,
      env: {...process.env, ...env},
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      process.stdout.write(c);
    });
    child.on('exit', (code) => {
      const n = (k) => Number(new RegExp(`^ℹ ${k} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
      const counts = {passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo')};
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      for (const k of Object.keys(totals)) totals[k] += counts[k];
      resolve();
    });
  });
}

if (!flag('--postgres-only')) await run('SQLite', {DATABASE_URL: ''});
if (!flag('--sqlite-only')) {
  if (findPostgres()) {
    await withPostgres((url) => run(`PostgreSQL (${url})`, {DATABASE_URL: url})).catch((e) => {
      console.error(`receiver: could not start PostgreSQL: ${e.message}`);
      totals.failed++;
    });
  } else if (flag('--require-postgres')) {
    console.error('\nreceiver: PostgreSQL is not installed, and --require-postgres was given (Debian: apt-get install postgresql).');
    totals.failed++;
  } else {
    console.log('\nreceiver: PostgreSQL is NOT installed here, so the PostgreSQL half of the receiver tests did NOT run (Debian: apt-get install postgresql; CI installs it).');
  }
}
if (process.env.RECEIVER_SUMMARY_FILE) writeFileSync(process.env.RECEIVER_SUMMARY_FILE, JSON.stringify(totals));
console.log(`receiver: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);

/**
 * `npm start`: builds the locales, the script-tag bundle and hope-receiver, then runs
 * hope-receiver on its embedded database (SQLite in .receiver-data/hope-receiver) as the demo's
 * default endpoint, with a demo inbox account printed below, and serves the demo page. The
 * fault-injecting fixture (demo/receiver.mjs) stays available in the page as a second endpoint.
 */
import {spawn, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {join} from 'node:path';
import {root} from './entries.mjs';
import {startDemo} from '../demo/server.mjs';

for (const [cmd, args] of [
  [join(root, 'node_modules/.bin/lit-localize'), ['build']],
  [process.execPath, ['scripts/split-locales.mjs']],
  [process.execPath, ['scripts/build.mjs', '--standalone']],
  [process.execPath, ['receiver/scripts/build.mjs']],
]) {
  const r = spawnSync(cmd, args, {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = Number(process.env.PORT ?? 8080);
const hopePort = Number(process.env.HOPE_PORT ?? 8787);
const bin = join(root, 'receiver/bin/hope-receiver.mjs');
const env = {
  ...process.env,
  PORT: String(hopePort),
  HOST: '127.0.0.1',
  HOPE_DATA: join(root, '.receiver-data/hope-receiver'),
  HOPE_ORIGINS: `http://127.0.0.1:${port},http://localhost:${port}`,
  HOPE_SESSIONS: join(root, 'demo/feeds/training-sessions.json'),
  DATABASE_URL: '',
};

// A demo account with a fresh password each start (the data directory is the demo's own).
const email = 'demo@example.org';
const password = randomBytes(12).toString('base64url');
const cli = (args) => spawnSync(process.execPath, [bin, ...args], {env, input: `${password}\n`, encoding: 'utf8'});
let account = cli(['reset-password', email]);
if (account.status !== 0) account = cli(['add-user', email]);
if (account.status !== 0) {
  console.error(account.stderr);
  process.exit(1);
}

const receiver = spawn(process.execPath, [bin], {env, stdio: ['ignore', 'pipe', 'inherit']});
const hope = await new Promise((resolve, reject) => {
  let out = '';
  receiver.stdout.on('data', (c) => {
    out += c;
    const m = /"event":"listening","url":"([^"]+)"/.exec(out);
    if (m) resolve(m[1]);
  });
  receiver.on('exit', (code) => reject(new Error(`hope-receiver exited (${code}): is port ${hopePort} in use? Set HOPE_PORT.\n${out}`)));
}).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
// Its log goes on below the banner: one JSON line per event, never what was typed.
receiver.stdout.pipe(process.stdout);
const stop = () => receiver.kill('SIGTERM');
process.on('SIGINT', () => (stop(), process.exit(0)));
process.on('SIGTERM', () => (stop(), process.exit(0)));
receiver.on('exit', (code) => {
  console.error(`hope-receiver stopped (${code}).`);
  process.exit(1);
});

const {url, crossOrigin} = await startDemo({port, hopeReceiver: hope});
console.log(`
hope-widgets demo: ${url}
  hope-receiver (default endpoint): ${hope}/v1/submissions, data in .receiver-data/hope-receiver/
  its inbox: ${hope}/inbox
    demo account: ${email}
    password:     ${password}   (new at every start)
  test fixture (make it misbehave from the page): ${url}receiver/demo/submissions (also on ${crossOrigin})
Press Ctrl+C to stop.`);

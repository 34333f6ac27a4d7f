/** `npm start`: builds the locales and the script-tag bundle, then serves the demo with its receiver. */
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {root} from './entries.mjs';
import {startDemo} from '../demo/server.mjs';

for (const [cmd, args] of [
  [join(root, 'node_modules/.bin/lit-localize'), ['build']],
  [process.execPath, ['scripts/split-locales.mjs']],
  [process.execPath, ['scripts/build.mjs', '--standalone']],
]) {
  const r = spawnSync(cmd, args, {cwd: root, stdio: 'inherit'});
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const {url, crossOrigin} = await startDemo();
console.log(`\nhope-widgets demo: ${url}\n  receiver: ${url}receiver/demo/submissions (also on ${crossOrigin} for cross-origin posts)\n  submissions are kept in .receiver-data/\nPress Ctrl+C to stop.`);

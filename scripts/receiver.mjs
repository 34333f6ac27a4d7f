/** `npm run receiver [-- args]`: builds hope-receiver (receiver/) and runs it with those arguments. */
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {root} from './entries.mjs';

const build = spawnSync(process.execPath, [join(root, 'receiver/scripts/build.mjs')], {stdio: 'inherit'});
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, [join(root, 'receiver/bin/hope-receiver.mjs'), ...process.argv.slice(2)], {stdio: 'inherit'});
process.exit(run.status ?? (run.signal ? 1 : 0));

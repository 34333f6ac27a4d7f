/**
 * Builds hope-receiver: type-checks with the project's tsc (a Node-only tsconfig, no DOM), then
 * bundles src/ with esbuild into dist/hope-receiver.mjs. The bundle takes in schemas/ and the
 * indicator catalogue's English labels; the database and hashing packages stay external.
 */
import {spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(here, '..');
const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(here, 'tsconfig.json')], {stdio: 'inherit'});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: join(here, 'dist/hope-receiver.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The catalogue's labels call msg() from @lit/localize: bundled (pure JS, no DOM), not a runtime dependency.
  external: ['better-sqlite3', 'pg', 'kysely', '@node-rs/argon2', 'nodemailer', 'ajv', 'ajv-formats'],
  logLevel: 'warning',
  banner: {js: '// Built from receiver/src by receiver/scripts/build.mjs: do not edit.'},
});

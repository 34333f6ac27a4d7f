/**
 * Runs a command against a throwaway PostgreSQL cluster: initdb in a temporary directory (as the
 * postgres user when run as root: initdb refuses root), start on a free port on 127.0.0.1,
 * run the command with DATABASE_URL set, then stop the cluster and delete it.
 *   node receiver/scripts/with-postgres.mjs node --test receiver/test/
 * Exit code 3 when PostgreSQL is not installed (Debian: apt-get install postgresql).
 */
import {spawnSync, spawn} from 'node:child_process';
import {chownSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The bin directory of the newest Debian PostgreSQL, or undefined. */
export function findPostgres() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });

export async function withPostgres(run) {
  const bin = findPostgres();
  if (!bin) throw Object.assign(new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)'), {code: 'NO_POSTGRES'});
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'hope-pg-'));
  const data = join(dir, 'data');
  let uid;
  if (root) {
    uid = Number(spawnSync('id', ['-u', 'postgres'], {encoding: 'utf8'}).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], {encoding: 'utf8'}).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const as = (cmd, args) => {
    const r = spawnSync(cmd, args, {encoding: 'utf8', uid: root ? uid : undefined, gid: undefined, cwd: dir});
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  const port = await freePort();
  try {
    as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, '-w', 'start']);
    return await run(`postgres://postgres@127.0.0.1:${port}/postgres`);
  } finally {
    try {
      as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch (e) {
      console.error(e.message);
    }
    rmSync(dir, {recursive: true, force: true});
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error('usage: with-postgres.mjs COMMAND [ARGS…]');
    process.exit(2);
  }
  try {
    const code = await withPostgres(
      (url) =>
        new Promise((resolve) => {
          console.log(`with-postgres: a throwaway cluster at ${url}`);
          const child = spawn(cmd, args, {stdio: 'inherit', env: {...process.env, DATABASE_URL: url}});
          child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
        }),
    );
    process.exit(code);
  } catch (e) {
    console.error(`with-postgres: ${e.message}`);
    process.exit(e.code === 'NO_POSTGRES' ? 3 : 1);
  }
}

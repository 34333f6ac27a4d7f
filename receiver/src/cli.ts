/** `hope-receiver`: the server, and the commands an administrator runs beside it. */
import {createInterface} from 'node:readline';
import {HELP_ENV, loadConfig} from './config.js';
import {log, openDb} from './db.js';
import {checkPassword, removeUser, setUser} from './auth.js';
import {backup, erase, purge, restore} from './ops.js';
import {startServer} from './server.js';

const HELP = `hope-receiver: receives what hope-widgets send, and an inbox for caseworkers.

Usage:
  hope-receiver                     start the server (same as: hope-receiver serve)
  hope-receiver add-user EMAIL      add an inbox account; the password is read from standard input
  hope-receiver reset-password EMAIL
                                    give an account a new password (from standard input); ends its sessions
  hope-receiver remove-user EMAIL   remove an account and end its sessions
  hope-receiver purge --before DATE delete records received before DATE (YYYY-MM-DD), except open
                                    reports and call-back requests
  hope-receiver erase REFERENCE     delete one record on request (the audit log keeps that it was erased)
  hope-receiver backup FILE         write every record, account and audit entry to FILE (JSON)
  hope-receiver restore FILE [--replace]
                                    load a backup into an empty database (--replace deletes what is there)
  hope-receiver --help              this text

Passwords: at least 12 characters, stored as argon2id hashes.
  printf '%s\\n' 'a long passphrase' | hope-receiver add-user caseworker@example.org

Environment:
${HELP_ENV.map(([k, v]) => `  ${k.padEnd(20)}${v}`).join('\n')}

Endpoints: POST /v1/submissions · GET /v1/training/sessions.json (also a health check) · /inbox
Deployment guide: docs/receiver/README.md in the hope-widgets repository.
`;

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  const rl = createInterface({input: process.stdin, output: process.stdout, terminal: true});
  process.stdout.write(prompt);
  // Hide what is typed.
  (rl as unknown as {_writeToOutput: (s: string) => void})._writeToOutput = () => {};
  const answer = await new Promise<string>((r) => rl.question('', r));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

function fail(message: string): never {
  console.error(`hope-receiver: ${message}`);
  process.exit(2);
}

export async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return void process.stdout.write(HELP);
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    fail((e as Error).message);
  }
  const needArg = (what: string) => rest.find((a) => !a.startsWith('--')) ?? fail(`${command} needs ${what} (see --help)`);

  if (command === 'serve') {
    const running = await startServer(config).catch((e: Error) => fail(e.message));
    log({event: 'listening', url: running.url, database: running.store.where, origins: config.origins});
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log({event: 'stopping', signal});
      running.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('unhandledRejection', (e) => log({event: 'error', message: String((e as Error)?.message ?? e)}));
    return;
  }

  const known = ['add-user', 'reset-password', 'remove-user', 'purge', 'erase', 'backup', 'restore'];
  if (!known.includes(command)) fail(`unknown command "${command}" (see --help)`);
  const {db} = await openDb(config);
  try {
    switch (command) {
      case 'add-user':
      case 'reset-password': {
        const email = needArg('an email address');
        if (!/^[^\s@]+@[^\s@]+$/.test(email)) fail(`"${email}" is not an email address`);
        const exists = await db.selectFrom('users').select('email').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
        if (command === 'reset-password' && !exists) fail(`no account ${email}`);
        if (command === 'add-user' && exists) fail(`${email} already has an account (use reset-password)`);
        const password = await readPassword('Password: ');
        const problem = checkPassword(password);
        if (problem) fail(problem);
        await setUser(db, email, password);
        console.log(command === 'add-user' ? `added ${email}` : `new password set for ${email}; their sessions are ended`);
        break;
      }
      case 'remove-user': {
        const email = needArg('an email address');
        if (!(await removeUser(db, email))) fail(`no account ${email}`);
        console.log(`removed ${email}`);
        break;
      }
      case 'purge': {
        const i = rest.indexOf('--before');
        const date = i >= 0 ? rest[i + 1] : undefined;
        if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) fail('purge needs --before YYYY-MM-DD');
        const n = await purge(db, new Date(date).toISOString(), 'hope-receiver purge');
        console.log(`deleted ${n} record(s) received before ${date} (open reports and call-back requests are kept)`);
        break;
      }
      case 'erase': {
        const reference = needArg('a reference such as 7KQX-3MHD').toUpperCase();
        if (!(await erase(db, reference, 'hope-receiver erase'))) fail(`no record ${reference}`);
        console.log(`erased ${reference}`);
        break;
      }
      case 'backup': {
        const counts = await backup(db, needArg('a file name'));
        console.log(`backed up ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
        break;
      }
      case 'restore': {
        const counts = await restore(db, needArg('a file name'), {replace: rest.includes('--replace')}).catch((e: Error) => fail(e.message));
        console.log(`restored ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
        break;
      }
    }
  } finally {
    await db.destroy();
  }
}

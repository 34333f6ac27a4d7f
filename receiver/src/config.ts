/** Configuration, from the environment only (`hope-receiver --help` explains each variable). */
import {resolve} from 'node:path';

export interface Config {
  port: number;
  host: string;
  origins: string[];
  dataDir: string;
  databaseUrl?: string;
  retentionDays: number;
  sessionsFile?: string;
  /** Submissions per client address per minute (in memory only). */
  ratePerMinute: number;
  /** All submissions per second, whoever sends them. */
  globalPerSecond: number;
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For entry (for rate limits only). */
  trustProxy: boolean;
  notifyUrl?: string;
  smtp?: {url: string; from: string; to: string[]};
  /** A directory of widget files to serve at /widgets/ (the built dist/ of hope-widgets). */
  widgetsDir?: string;
}

export const HELP_ENV: [name: string, text: string][] = [
  ['PORT', 'Port to listen on (default 8787).'],
  ['HOST', 'Address to listen on (default 127.0.0.1; put a TLS reverse proxy in front, see docs/receiver/).'],
  ['HOPE_ORIGINS', 'Comma-separated partner origins allowed to post across origins (CORS), e.g. https://www.example.org. None: no cross-origin access.'],
  ['HOPE_DATA', 'Directory for the SQLite database (default ./hope-data). Ignored with DATABASE_URL.'],
  ['DATABASE_URL', 'postgres://user:password@host:5432/db to use PostgreSQL instead of SQLite (several receivers can share it).'],
  ['HOPE_RETENTION_DAYS', 'Records older than this are deleted by a daily job, except open reports and call-back requests (default 365).'],
  ['HOPE_SESSIONS', 'A JSON file of training sessions (schemas/training-sessions.schema.json) served at /v1/training/sessions.json with spacesLeft computed live.'],
  ['HOPE_RATE_LIMIT', 'Submissions allowed per client address per minute (default 120). Held in memory, never stored.'],
  ['HOPE_GLOBAL_LIMIT', 'Submissions allowed per second from everyone together (default 1000).'],
  ['HOPE_TRUST_PROXY', 'Set to 1 behind a reverse proxy so rate limits use X-Forwarded-For (the address is never stored or logged).'],
  ['HOPE_NOTIFY_URL', 'An https URL that gets a POST {"type","reference"} for each new record: never its content.'],
  ['SMTP_URL', 'smtp://user:password@host:587 (or smtps://…) to email alerts; with HOPE_ALERT_FROM and HOPE_ALERT_TO (comma-separated).'],
  ['HOPE_WIDGETS_DIR', 'Serve the built widget files (hope-widgets dist/) at /widgets/ so the receiver needs no other hosting.'],
];

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const origins = (env.HOPE_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const o of origins) {
    let u: URL;
    try {
      u = new URL(o);
    } catch {
      throw new Error(`HOPE_ORIGINS: "${o}" is not an origin such as https://www.example.org`);
    }
    if (u.origin !== o) throw new Error(`HOPE_ORIGINS: "${o}" is not an origin (write ${u.origin})`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres://');
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  if (smtpUrl && !env.HOPE_ALERT_TO?.trim()) throw new Error('SMTP_URL is set but HOPE_ALERT_TO is empty: whom should alerts go to?');
  if (env.HOPE_NOTIFY_URL?.trim() && !/^https?:\/\//.test(env.HOPE_NOTIFY_URL.trim())) throw new Error('HOPE_NOTIFY_URL must be an http(s) URL');
  return {
    port: int(env.PORT, 8787, 'PORT'),
    host: env.HOST?.trim() || '127.0.0.1',
    origins,
    dataDir: resolve(env.HOPE_DATA?.trim() || './hope-data'),
    databaseUrl,
    retentionDays: int(env.HOPE_RETENTION_DAYS, 365, 'HOPE_RETENTION_DAYS'),
    sessionsFile: env.HOPE_SESSIONS?.trim() ? resolve(env.HOPE_SESSIONS.trim()) : undefined,
    ratePerMinute: int(env.HOPE_RATE_LIMIT, 120, 'HOPE_RATE_LIMIT'),
    globalPerSecond: int(env.HOPE_GLOBAL_LIMIT, 1000, 'HOPE_GLOBAL_LIMIT'),
    trustProxy: env.HOPE_TRUST_PROXY === '1',
    notifyUrl: env.HOPE_NOTIFY_URL?.trim() || undefined,
    smtp: smtpUrl
      ? {url: smtpUrl, from: env.HOPE_ALERT_FROM?.trim() || 'hope-receiver@localhost', to: (env.HOPE_ALERT_TO ?? '').split(',').map((s) => s.trim()).filter(Boolean)}
      : undefined,
    widgetsDir: env.HOPE_WIDGETS_DIR?.trim() ? resolve(env.HOPE_WIDGETS_DIR.trim()) : undefined,
  };
}

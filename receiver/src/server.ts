/**
 * The HTTP server: intake (/v1/…), the inbox (/inbox) and optionally the widget files (/widgets/).
 * Built on node:http alone. Nothing a client sends can crash it: every handler is wrapped, URLs
 * and headers are parsed defensively, bodies are capped and timed, and SIGTERM drains requests in
 * flight (each record is one transaction, so none is ever half written).
 */
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {sql} from 'kysely';
import type {Config} from './config.js';
import {log, openDb, type Opened} from './db.js';
import {intake, problem, type Answer, type NewRecord} from './intake.js';
import {feedWithSpaces, Sessions} from './training.js';
import {LoginLimiter, RateLimiter} from './limits.js';
import {handleInbox} from './inbox/index.js';
import {alerter} from './alerts.js';
import {retention} from './ops.js';

export const MAX_BODY = 64 * 1024;
const BODY_TIMEOUT_MS = 15_000;

/** The headers the README's partner section lists, for an origin in HOPE_ORIGINS only. */
function cors(config: Config, req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !config.origins.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'content-type, idempotency-key',
    'Access-Control-Expose-Headers': 'Retry-After, Date',
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads at most `limit` bytes: a longer body is refused at once (413) without reading the rest. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, `The body is over ${limit} bytes.`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => done(new HttpError(408, 'The body took too long to arrive.')), BODY_TIMEOUT_MS);
    const done = (e?: Error) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (e) {
        req.pause();
        reject(e);
      } else resolve(Buffer.concat(chunks));
    };
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) done(new HttpError(413, `The body is over ${limit} bytes.`));
      else chunks.push(c);
    };
    const onEnd = () => done();
    const onError = (e: Error) => done(new HttpError(400, e.message));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

export interface Running {
  server: Server;
  store: Opened;
  url: string;
  /** Stops accepting, finishes requests in flight, closes the database. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar', '.map': 'application/json',
};
const WIDGET_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export async function startServer(config: Config, o: {store?: Opened; onNew?: (r: NewRecord) => void} = {}): Promise<Running> {
  const store = o.store ?? (await openDb(config));
  const sessions = new Sessions(config.sessionsFile);
  const limiter = new RateLimiter(config.ratePerMinute, config.globalPerSecond);
  const logins = new LoginLimiter();
  const alert = alerter(config);
  const onNew = (r: NewRecord) => {
    alert(r);
    o.onNew?.(r);
  };
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;

  const clientKey = (req: IncomingMessage): string => {
    if (config.trustProxy) {
      const xff = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (xff.length) return xff[xff.length - 1];
    }
    return req.socket.remoteAddress ?? 'unknown';
  };

  const json = (req: IncomingMessage, res: ServerResponse, a: Answer, headers: Record<string, string> = {}) => {
    if (res.headersSent) return;
    res.writeHead(a.status, {
      'Content-Type': a.problem ? 'application/problem+json' : 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Origin',
      ...cors(config, req),
      ...headers,
    });
    res.end(JSON.stringify(a.body));
  };

  async function submissions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {Vary: 'Origin', ...cors(config, req)});
      return void res.end();
    }
    if (req.method !== 'POST') return json(req, res, problem(405, 'Use POST'), {Allow: 'POST, OPTIONS'});
    const wait = limiter.take(clientKey(req));
    if (wait) return json(req, res, problem(429, 'Too many submissions: try again later'), {'Retry-After': String(wait)});
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
      return json(req, res, problem(415, 'Send JSON', 'Content-Type must be application/json.'), {Connection: 'close'});
    }
    let body: unknown;
    try {
      const buf = await readBody(req, MAX_BODY);
      body = JSON.parse(buf.toString('utf8'));
    } catch (e) {
      if (e instanceof HttpError) return json(req, res, problem(e.status, e.status === 413 ? 'Too large' : 'Request failed', e.message), {Connection: 'close'});
      return json(req, res, problem(415, 'The body is not JSON', 'Send the envelope as JSON.'));
    }
    const key = req.headers['idempotency-key'];
    const answer = await intake(store, sessions, body, typeof key === 'string' ? key.trim() : undefined, onNew);
    json(req, res, answer);
  }

  async function widgets(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const dir = config.widgetsDir!;
    const file = normalize(join(dir, path.slice('/widgets/'.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return json(req, res, problem(404, 'Not found'));
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...(type.startsWith('text/html') ? {'Content-Security-Policy': WIDGET_CSP} : {})});
      res.end(await readFile(file));
    } catch {
      json(req, res, problem(404, 'Not found'));
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://receiver.invalid');
      decodeURIComponent(url.pathname);
    } catch {
      return json(req, res, problem(400, 'Malformed URL'));
    }
    const path = url.pathname;
    if (path === '/v1/submissions') return submissions(req, res);
    if (path === '/v1/training/sessions.json') {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {Vary: 'Origin', ...cors(config, req)});
        return void res.end();
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(req, res, problem(405, 'Use GET'), {Allow: 'GET'});
      // Also the health check: the database must answer (a failure is a 503 below).
      await sql`select 1`.execute(store.db);
      return json(req, res, {status: 200, body: await feedWithSpaces(store.db, sessions)});
    }
    if (path === '/inbox' || path.startsWith('/inbox/')) {
      return handleInbox(
        {db: store.db, sessions, logins, clientKey, readForm: async (r) => new URLSearchParams((await readBody(r, 32 * 1024)).toString('utf8'))},
        req,
        res,
        url,
      );
    }
    if (config.widgetsDir && path.startsWith('/widgets/') && (req.method === 'GET' || req.method === 'HEAD')) {
      // An embed page opened without an endpoint is set to post to this receiver (and read its feed).
      const embed = /^\/widgets\/embed\/([a-z-]+)\.html$/.exec(path);
      if (embed && !url.searchParams.has('endpoint')) {
        const proto = config.trustProxy && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
        const self = `${proto}://${req.headers.host ?? `${config.host}:${config.port}`}`;
        const to = new URL(url.pathname + url.search, self);
        to.searchParams.set('endpoint', `${self}/v1/submissions`);
        if (embed[1] === 'training-signup' && !to.searchParams.has('src')) to.searchParams.set('src', `${self}/v1/training/sessions.json`);
        res.writeHead(302, {Location: to.pathname + to.search, 'Cache-Control': 'no-store'});
        return void res.end();
      }
      return widgets(req, res, decodeURIComponent(path));
    }
    if (path === '/' && req.method === 'GET') {
      res.writeHead(200, {'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff'});
      return void res.end('hope-receiver: widgets post to /v1/submissions; caseworkers sign in at /inbox\n');
    }
    json(req, res, problem(404, 'Not found'));
  }

  const server = createServer({requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000}, (req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (draining && inFlight === 0) idle?.();
    });
    if (draining) res.setHeader('Connection', 'close');
    route(req, res).catch((e: Error & {status?: number}) => {
      if (e instanceof HttpError) return json(req, res, problem(e.status, e.message), {Connection: 'close'});
      log({event: 'error', message: e.message});
      if (!res.headersSent) json(req, res, problem(503, 'The receiver could not store this just now', 'Try again: nothing was stored.'), {'Retry-After': '5'});
      else res.destroy();
    });
    // A body we stopped reading (413, errors): close the connection rather than read the rest.
    res.on('finish', () => {
      if (!req.complete) req.socket.destroySoon();
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (socket.writable && err.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  const retentionRun = () =>
    retention(store.db, config.retentionDays)
      .then((n) => n && log({event: 'retention', deleted: n, days: config.retentionDays}))
      .catch((e: Error) => log({event: 'retention-failed', message: e.message}));
  const daily = setInterval(retentionRun, 24 * 3600_000);
  daily.unref();
  void retentionRun();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      clearInterval(daily);
      limiter.stop();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      if (inFlight > 0) await Promise.race([new Promise<void>((r) => (idle = r)), new Promise((r) => setTimeout(r, 30_000).unref())]);
      server.closeAllConnections();
      await closed;
      await store.db.destroy();
    })());
  return {server, store, url: `http://${host}:${port}`, close};
}

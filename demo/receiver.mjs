/**
 * The local receiving endpoint, used by `npm start` and by the browser tests.
 *
 *   POST   /receiver/<bucket>/submit        an envelope (validated against schemas/)
 *   GET    /receiver/<bucket>/submissions   what was stored, oldest first
 *   POST   /receiver/<bucket>/behave        queue misbehaviour for the next submits:
 *          {"next": [{"status": 503}, {"status": 429, "retryAfter": 1}, {"drop": true},
 *                    {"delayMs": 3000}, {"status": 422, "problem": [{"pointer": "/data/phone"}]},
 *                    {"status": 400, "text": "bad"}, {"status": 409, "body": {"error": "full"}},
 *                    {"status": 302, "location": "/receiver/elsewhere/page"},
 *                    {"status": 429, "retryAfter": "<seconds or HTTP-date>", "date": "<HTTP-date>"}]}
 *          (`count` in a behaviour repeats it that many times)
 *   DELETE /receiver/<bucket>               forget the bucket (memory only: the file stays)
 *   POST   /receiver/validate               {"schema": "...", "value": ...} → {"valid", "errors"}
 *
 * Each bucket is its own world, so parallel tests never race. A repeated Idempotency-Key is
 * the same submission: answered again with the same reference, stored once. Submissions are
 * appended to .receiver-data/<bucket>.jsonl. CORS answers any origin.
 */
import {appendFile, mkdir} from 'node:fs/promises';
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '.receiver-data');

/** Ajv with every schema in schemas/ loaded (tests and this receiver only: never in a widget). */
export function createValidator() {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  const dir = join(root, 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
  }
  return ajv;
}

const ajv = createValidator();

/** Validates an envelope: the envelope schema, then the data schema its `schema` names. */
export function validateEnvelope(envelope) {
  const errors = [];
  const check = (schemaFile, value, prefix) => {
    const validate = ajv.getSchema(schemaFile);
    if (!validate) {
      errors.push({pointer: prefix || '/', detail: `no schema ${schemaFile}`});
      return;
    }
    if (!validate(value)) {
      for (const e of validate.errors) errors.push({pointer: prefix + e.instancePath || '/', detail: e.message});
    }
  };
  check('envelope.schema.json', envelope, '');
  const type = /^hope-widgets\/([a-z-]+)@1$/.exec(envelope?.schema ?? '')?.[1];
  if (type && !errors.length) check(`${type}.schema.json`, envelope.data, '/data');
  return errors;
}

const buckets = new Map();
function bucket(name) {
  let b = buckets.get(name);
  if (!b) buckets.set(name, (b = {items: [], byKey: new Map(), inFlight: new Set(), behaviours: [], counter: 0}));
  return b;
}

const cors = (req) => ({
  'Access-Control-Allow-Origin': req.headers.origin ?? '*',
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Allow-Methods': 'POST, GET, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type, idempotency-key',
  'Access-Control-Expose-Headers': 'Retry-After, Date',
  'Access-Control-Max-Age': '600',
  Vary: 'Origin',
});

function reply(req, res, status, body, headers = {}) {
  const isText = typeof body === 'string';
  res.writeHead(status, {
    ...cors(req),
    'Content-Type': headers['Content-Type'] ?? (isText ? 'text/plain; charset=utf-8' : 'application/json'),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body === undefined ? '' : isText ? body : JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const BUCKET = /^[A-Za-z0-9_-]{1,80}$/;

/** Node (req, res) handler; returns false when the URL is not the receiver's. */
export async function handleReceiver(req, res) {
  const url = new URL(req.url, 'http://receiver.local');
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'receiver') return false;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors(req));
    res.end();
    return true;
  }
  try {
    if (parts[1] === 'validate' && req.method === 'POST') {
      const {schema, value} = JSON.parse(await readBody(req));
      const validate = ajv.getSchema(schema);
      if (!validate) return reply(req, res, 400, {error: `unknown schema ${schema}`}), true;
      const valid = validate(value);
      return reply(req, res, 200, {valid, errors: validate.errors ?? []}), true;
    }
    const name = parts[1];
    if (!name || !BUCKET.test(name)) return reply(req, res, 404, {error: 'no such bucket'}), true;
    const b = bucket(name);
    const action = parts[2];
    if (req.method === 'DELETE' && !action) {
      buckets.delete(name);
      return reply(req, res, 204), true;
    }
    if (action === 'submissions' && req.method === 'GET') return reply(req, res, 200, {items: b.items, attempts: b.attempts ?? 0}), true;
    // Where a redirect leads: a page that answers 200 and stores nothing (a captive portal, a login page).
    if (action === 'page') return reply(req, res, 200, '<!doctype html><title>Welcome</title><p>Welcome</p>', {'Content-Type': 'text/html; charset=utf-8'}), true;
    if (action === 'behave' && req.method === 'POST') {
      const {next = []} = JSON.parse((await readBody(req)) || '{}');
      for (const behaviour of next) for (let i = 0; i < (behaviour.count ?? 1); i++) b.behaviours.push(behaviour);
      return reply(req, res, 200, {queued: b.behaviours.length}), true;
    }
    if (action === 'submit' && req.method === 'POST') return await submit(req, res, name, b), true;
    return reply(req, res, 404, {error: 'not found'}), true;
  } catch (e) {
    return reply(req, res, 400, {error: String(e?.message ?? e)}), true;
  }
}

async function submit(req, res, name, b) {
  b.attempts = (b.attempts ?? 0) + 1;
  const body = await readBody(req);
  const key = req.headers['idempotency-key'];
  const behaviour = b.behaviours.shift();
  if (behaviour?.delayMs) await sleep(behaviour.delayMs);
  if (behaviour?.drop) {
    req.socket.destroy(); // what "offline" looks like to the browser
    return;
  }
  if (behaviour?.status) {
    const headers = {
      ...(behaviour.retryAfter !== undefined ? {'Retry-After': String(behaviour.retryAfter)} : {}),
      ...(behaviour.date ? {Date: behaviour.date} : {}),
      ...(behaviour.location ? {Location: behaviour.location} : {}),
    };
    if (behaviour.problem) {
      return reply(req, res, behaviour.status,
        {type: 'about:blank', title: 'Invalid submission', status: behaviour.status, errors: behaviour.problem},
        {...headers, 'Content-Type': 'application/problem+json'});
    }
    return reply(req, res, behaviour.status, behaviour.body ?? behaviour.text ?? 'Simulated failure', headers);
  }
  let envelope;
  try {
    envelope = JSON.parse(body);
  } catch {
    return reply(req, res, 400, {type: 'about:blank', title: 'Body is not JSON', status: 400}, {'Content-Type': 'application/problem+json'});
  }
  if (!key || key !== envelope?.id) {
    return reply(req, res, 400, {type: 'about:blank', title: 'Idempotency-Key header must equal the envelope id', status: 400, errors: [{pointer: '/id', detail: 'mismatch'}]},
      {'Content-Type': 'application/problem+json'});
  }
  const seen = b.byKey.get(key);
  if (seen) return reply(req, res, 200, {reference: seen.reference, duplicate: true});
  if (b.inFlight.has(key)) return reply(req, res, 409, ''); // same key still being handled
  const errors = validateEnvelope(envelope);
  if (errors.length) {
    return reply(req, res, 422, {type: 'about:blank', title: 'Invalid submission', status: 422, errors}, {'Content-Type': 'application/problem+json'});
  }
  b.inFlight.add(key);
  try {
    const reference = `HOPE-${new Date().getUTCFullYear()}-${String(++b.counter).padStart(4, '0')}`;
    const record = {
      reference,
      receivedAt: new Date().toISOString(),
      origin: req.headers.origin ?? null,
      idempotencyKey: key,
      hadCookie: Boolean(req.headers.cookie),
      honeypot: envelope.signals?.honeypot === true,
      envelope,
    };
    await mkdir(dataDir, {recursive: true});
    await appendFile(join(dataDir, `${name}.jsonl`), JSON.stringify(record) + '\n');
    b.items.push(record);
    b.byKey.set(key, record);
    reply(req, res, 201, {reference});
  } finally {
    b.inFlight.delete(key);
  }
}

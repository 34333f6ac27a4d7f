/**
 * The demo server behind `npm start`: serves demo/ and the script-tag build in dist/ with a
 * strict Content-Security-Policy (the one the README gives partners), and the receiver
 * (demo/receiver.mjs) at /receiver/… — on this origin and on a second one (port + 1), so the
 * demo can post across origins as partners' sites do. With `hopeReceiver` (the URL of a running
 * hope-receiver, as `npm start` gives it) the page posts there by default: /demo-config.json tells
 * demo.js where, and the CSP allows it.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {handleReceiver} from './receiver.mjs';
import {root} from '../scripts/entries.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

export function csp(receiverOrigins) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${receiverOrigins.join(' ')}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
}

const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/schemas/', join(root, 'schemas')],
  ['/', join(root, 'demo')],
];

async function serveFile(req, res, policy) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) break;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin',
        ...(type.startsWith('text/html') ? {'Content-Security-Policy': policy} : {}),
      });
      res.end(body);
      return;
    } catch {
      /* try the next mount */
    }
  }
  res.writeHead(404, {'Content-Type': 'text/plain'});
  res.end('Not found');
}

export async function startDemo({port = Number(process.env.PORT ?? 8080), host = '127.0.0.1', hopeReceiver} = {}) {
  const other = port + 1;
  const policy = csp([`http://localhost:${other}`, `http://127.0.0.1:${other}`, ...(hopeReceiver ? [new URL(hopeReceiver).origin] : [])]);
  const main = createServer(async (req, res) => {
    if (req.url === '/demo-config.json') {
      res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
      res.end(JSON.stringify({hopeReceiver: hopeReceiver ?? null}));
      return;
    }
    if (await handleReceiver(req, res)) return;
    await serveFile(req, res, policy);
  });
  // The second origin answers only as the receiver (what a partner's intake API would be).
  const crossOrigin = createServer(async (req, res) => {
    if (await handleReceiver(req, res)) return;
    res.writeHead(404);
    res.end();
  });
  await new Promise((r) => main.listen(port, host, r));
  await new Promise((r) => crossOrigin.listen(other, host, r));
  return {url: `http://${host}:${port}/`, crossOrigin: `http://${host}:${other}`, close: () => (main.close(), crossOrigin.close())};
}

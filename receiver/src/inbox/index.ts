/**
 * /inbox: what the caseworker uses. Server-rendered HTML with no script at all (the CSP allows
 * none), native forms and links, so it works by keyboard and with a screen reader. Every read of
 * a record, every change and every export goes to the audit log, which the inbox shows.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {audit, createSession, endSession, findSession, login, sameToken, type Session} from '../auth.js';
import {html, type Html} from '../html.js';
import {erase} from '../ops.js';
import {page, redirect, send, when, type InboxContext} from './layout.js';
import {exportRecords, listPage, recordPage, updateRecord} from './records.js';
import {INBOX_CSS} from './styles.js';
import {changeSessions, trainingPage} from './training.js';

export {csvCell} from './records.js';
export {INBOX_CSP, STATUSES, type InboxContext} from './layout.js';

const COOKIE = 'hope_session';

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** Secure always, except plain http on localhost, for trying it out. */
function secure(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(host);
  return !(local && !(req.socket as {encrypted?: boolean}).encrypted && req.headers['x-forwarded-proto'] !== 'https');
}

export async function handleInbox(ctx: InboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const path = url.pathname.replace(/\/+$/, '') || '/inbox';
  const method = req.method ?? 'GET';
  if (path === '/inbox/icon.svg') {
    res.writeHead(200, {'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400', 'X-Content-Type-Options': 'nosniff'});
    res.end('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d3557"/></svg>');
    return;
  }
  if (path === '/inbox/inbox.css') {
    res.writeHead(200, {'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff'});
    res.end(INBOX_CSS);
    return;
  }
  // Every change must come from the inbox itself (SameSite=Strict cookies, plus this, plus a CSRF token).
  if (method === 'POST') {
    const origin = req.headers.origin;
    const self = `${secure(req) ? 'https' : 'http'}://${req.headers.host}`;
    if (origin && origin !== self && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
      return send(res, 403, page('Not allowed', html`<h1>Not allowed</h1><p>That form did not come from this inbox.</p>`));
    }
  } else if (method !== 'GET' && method !== 'HEAD') {
    return send(res, 405, page('Not allowed', html`<h1>Method not allowed</h1>`), {Allow: 'GET, POST'});
  }

  if (path === '/inbox/login') return loginPage(ctx, req, res, method, url);
  const token = cookie(req, COOKIE);
  const session = await findSession(ctx.db, token);
  if (!session) return redirect(res, '/inbox/login');

  let form: URLSearchParams | undefined;
  if (method === 'POST') {
    form = await ctx.readForm(req);
    if (!sameToken(form.get('csrf'), session.csrf)) {
      return send(res, 403, page('Not allowed', html`<h1>This form has expired</h1><p><a href="/inbox">Go back to the inbox</a> and try again.</p>`, session));
    }
  }

  if (path === '/inbox/logout' && form) {
    await endSession(ctx.db, token);
    await audit(ctx.db, session.email, 'sign-out', null);
    return redirect(res, '/inbox/login', {'Set-Cookie': `${COOKIE}=; Path=/inbox; HttpOnly; SameSite=Strict; Max-Age=0${secure(req) ? '; Secure' : ''}`});
  }
  if (path === '/inbox' && method !== 'POST') return send(res, 200, await listPage(ctx, session, url));
  if (path === '/inbox/export.csv' || path === '/inbox/export.json') return exportRecords(ctx, session, url, res, path.endsWith('.csv') ? 'csv' : 'json');
  if ((path === '/inbox/training' || path === '/inbox/training/cancel') && form) return changeSessions(ctx, session, path, form, res);
  if (path === '/inbox/training') return send(res, 200, await trainingPage(ctx, session));
  if (path === '/inbox/audit') return send(res, 200, await auditPage(ctx, session));
  const m = /^\/inbox\/records\/([A-Z0-9]{4}-[A-Z0-9]{4})(\/erase)?$/.exec(path);
  if (m) {
    const reference = m[1];
    if (m[2] && form) {
      if (form.get('confirm') !== 'yes') return redirect(res, `/inbox/records/${reference}?erase=confirm`);
      await erase(ctx.db, reference, session.email);
      return send(res, 200, page('Record erased', html`<h1>Record ${reference} erased</h1><p role="status">The record is deleted. The audit log keeps only that it was erased, by whom and when.</p><p><a href="/inbox">Back to the records</a></p>`, session));
    }
    if (form) return updateRecord(ctx, session, reference, form, res);
    return send(res, ...(await recordPage(ctx, session, reference, url)));
  }
  send(res, 404, page('Not found', html`<h1>Not found</h1><p><a href="/inbox">Back to the records</a></p>`, session));
}

async function loginPage(ctx: InboxContext, req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
  const form = (error?: string, status = 200, headers: Record<string, string> = {}) =>
    send(
      res,
      status,
      page(
        'Sign in',
        html`<div class="login"><h1>Sign in</h1>${error ? html`<p class="error" role="alert" id="login-error">${error}</p>` : ''}${
          url.searchParams.has('signed-out') ? html`<p class="notice" role="status">You are signed out.</p>` : ''
        }
<form method="post" action="/inbox/login" class="stack">
<p><label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="username" required ${error ? html`aria-describedby="login-error"` : ''}></p>
<p><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p></form>
<p>No account? An administrator adds one with <code>hope-receiver add-user EMAIL</code>.</p></div>`,
      ),
      headers,
    );
  if (method !== 'POST') return form();
  const body = await ctx.readForm(req);
  const email = (body.get('email') ?? '').trim().toLowerCase().slice(0, 320);
  const keys = [`user:${email}`, `addr:${ctx.clientKey(req)}`];
  const wait = ctx.logins.wait(keys);
  if (wait > 0) return form(`Too many attempts. Wait ${Math.ceil(wait / 60)} minute(s), then try again.`, 429, {'Retry-After': String(wait)});
  const who = await login(ctx.db, email, body.get('password') ?? '');
  if (!who) {
    ctx.logins.fail(keys);
    return form('The email address or the password is wrong.', 401);
  }
  ctx.logins.clear([keys[0]]);
  const token = await createSession(ctx.db, who);
  await audit(ctx.db, who, 'sign-in', null);
  redirect(res, '/inbox', {'Set-Cookie': `${COOKIE}=${token}; Path=/inbox; HttpOnly; SameSite=Strict${secure(req) ? '; Secure' : ''}`});
}

async function auditPage(ctx: InboxContext, session: Session): Promise<Html> {
  const rows = await ctx.db.selectFrom('audit').selectAll().orderBy('at', 'desc').limit(500).execute();
  return page(
    'Audit log',
    html`<h1>Audit log</h1><table><caption>The latest 500 entries: every sign-in, read, change, export and deletion</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th><th scope="col">Detail</th></tr></thead>
<tbody>${rows.map((a) => html`<tr><td>${when(a.at)}</td><td>${a.actor}</td><td>${a.action}</td><td>${a.reference ?? ''}</td><td>${a.detail}</td></tr>`)}</tbody></table>`,
    session,
  );
}

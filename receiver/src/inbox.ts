/**
 * /inbox: what the caseworker uses. Server-rendered HTML with no script at all (the CSP allows
 * none), native forms and links, so it works by keyboard and with a screen reader. Every read of
 * a record, every change and every export goes to the audit log, which the inbox shows.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {sql} from 'kysely';
import type {Envelope, HelplineCallbackData, IndicatorChecklistData, ReportConcernData, TrainingSession, TrainingSignupData} from 'hope-widgets/wire';
import type {Db, RecordsTable} from './db.js';
import {audit, createSession, endSession, findSession, login, sameToken, type Session} from './auth.js';
import {html, type Html} from './html.js';
import {INBOX_CSS} from './inbox-css.js';
import {dirOf, exploitationWords, indicatorWords, placeWords, TYPE_NAMES, typeName} from './labels.js';
import {LoginLimiter} from './limits.js';
import {allSessions, zonedDateTime, type Sessions} from './training.js';
import {validateSessionsFeed} from './validate.js';
import {erase} from './ops.js';

export const STATUSES: Record<string, string> = {new: 'New', 'in-review': 'In review', referred: 'Referred', closed: 'Closed'};

export const INBOX_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface InboxContext {
  db: Db;
  sessions: Sessions;
  logins: LoginLimiter;
  clientKey: (req: IncomingMessage) => string;
  readForm: (req: IncomingMessage) => Promise<URLSearchParams>;
}

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

function send(res: ServerResponse, status: number, body: string | Html, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': INBOX_CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts.
    'Referrer-Policy': 'same-origin',
    ...headers,
  });
  res.end(String(body));
}

const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) => {
  res.writeHead(303, {Location: to, 'Cache-Control': 'no-store', ...headers});
  res.end();
};

function page(title: string, body: Html, session?: Session): Html {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · hope-receiver inbox</title><link rel="stylesheet" href="/inbox/inbox.css"><link rel="icon" href="/inbox/icon.svg" type="image/svg+xml"></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><strong>hope-receiver inbox</strong>${
    session
      ? html`<nav aria-label="Inbox"><ul><li><a href="/inbox">Records</a></li><li><a href="/inbox/training">Training bookings</a></li><li><a href="/inbox/audit">Audit log</a></li></ul></nav>
<form method="post" action="/inbox/logout"><input type="hidden" name="csrf" value="${session.csrf}"><span>${session.email}</span> <button class="secondary" type="submit">Sign out</button></form>`
      : ''
  }</header>
<main id="main">${body}</main></body></html>`;
}

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');

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

interface Filters {
  type?: string;
  status?: string;
  from?: string;
  to?: string;
}

function filters(url: URL): Filters {
  const get = (k: string) => url.searchParams.get(k)?.trim() || undefined;
  const date = (v?: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
  const type = get('type');
  const status = get('status');
  return {type: type && type in TYPE_NAMES ? type : undefined, status: status && status in STATUSES ? status : undefined, from: date(get('from')), to: date(get('to'))};
}

function query(db: Db, f: Filters) {
  let q = db.selectFrom('records').selectAll();
  if (f.type) q = q.where('type', '=', f.type);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('received_at', '>=', `${f.from}T00:00:00.000Z`);
  if (f.to) q = q.where('received_at', '<', new Date(Date.parse(f.to) + 86400_000).toISOString());
  // Someone in danger now, and not yet closed: first.
  return q.orderBy(sql`case when danger = 1 and status <> 'closed' then 0 else 1 end`).orderBy('received_at', 'desc');
}

const params = (f: Filters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();

function summary(r: RecordsTable): string {
  const e = JSON.parse(r.envelope) as Envelope;
  switch (r.type) {
    case 'hope-widgets/report-concern@1': {
      const d = e.data as ReportConcernData;
      return d.exploitationTypes.map(exploitationWords).join(', ');
    }
    case 'hope-widgets/helpline-callback@1':
      return (e.data as HelplineCallbackData).safeToCall ? 'Safe to call' : 'Not safe to call: see the record';
    case 'hope-widgets/indicator-checklist@1':
      return `${(e.data as IndicatorChecklistData).indicators.length} sign(s) ticked`;
    case 'hope-widgets/training-signup@1': {
      const d = e.data as TrainingSignupData;
      return `${d.waitingList ? 'Waiting list: ' : ''}${d.session.title}`;
    }
  }
  return '';
}

async function listPage(ctx: InboxContext, session: Session, url: URL): Promise<Html> {
  const f = filters(url);
  const rows = await query(ctx.db, f).limit(501).execute();
  const option = (value: string, label: string, current?: string) => html`<option value="${value}" ${value === (current ?? '') ? html`selected` : ''}>${label}</option>`;
  const qs = params(f);
  return page(
    'Records',
    html`<h1>Records</h1>
<form class="filters" method="get" action="/inbox" role="search" aria-label="Filter records">
<p><label for="f-type">Type</label><select id="f-type" name="type">${option('', 'All types', f.type)}${Object.entries(TYPE_NAMES).map(([k, v]) => option(k, v, f.type))}</select></p>
<p><label for="f-status">Status</label><select id="f-status" name="status">${option('', 'Any status', f.status)}${Object.entries(STATUSES).map(([k, v]) => option(k, v, f.status))}</select></p>
<p><label for="f-from">Received from</label><input id="f-from" name="from" type="date" value="${f.from ?? ''}"></p>
<p><label for="f-to">Received to</label><input id="f-to" name="to" type="date" value="${f.to ?? ''}"></p>
<p><button type="submit">Filter</button> <a href="/inbox">Clear filters</a></p></form>
<p>Export these records: <a href="/inbox/export.csv${qs ? `?${qs}` : ''}">CSV (spreadsheet)</a> · <a href="/inbox/export.json${qs ? `?${qs}` : ''}">JSON</a></p>
${
  rows.length
    ? html`<table><caption>${rows.length > 500 ? 'The first 500 records' : `${rows.length} record(s)`}; anyone in danger now first, then newest first</caption>
<thead><tr><th scope="col">Reference</th><th scope="col">Type</th><th scope="col">Received</th><th scope="col">Status</th><th scope="col">Summary</th></tr></thead>
<tbody>${rows.slice(0, 500).map((r) => {
        const danger = r.danger === 1 && r.status !== 'closed';
        return html`<tr class="${danger ? 'danger' : ''}"><td><a href="/inbox/records/${r.reference}">${r.reference}</a></td><td>${typeName(r.type)}</td><td>${when(r.received_at)}</td><td>${STATUSES[r.status] ?? r.status}</td><td>${danger ? html`<span class="badge danger-badge">In danger now</span> ` : ''}${summary(r)}</td></tr>`;
      })}</tbody></table>`
    : html`<p class="notice">No records${qs ? ' match these filters' : ' yet'}.</p>`
}`,
    session,
  );
}

type Row = [label: string, value: unknown, opts?: {lang?: string}];

function describe(e: Envelope): Row[] {
  const yes = (b: unknown) => (b === true ? 'Yes' : b === false ? 'No' : undefined);
  switch (e.schema) {
    case 'hope-widgets/report-concern@1': {
      const d = e.data as ReportConcernData;
      const r = d.reporter ?? ({} as ReportConcernData['reporter']);
      return [
        ['Someone in immediate danger', yes(d.immediateDanger)],
        ['Country', d.country],
        ['Kind of exploitation', d.exploitationTypes?.map(exploitationWords).join('\n')],
        ['Signs seen', d.indicators?.map(indicatorWords).join('\n')],
        ['What they saw or heard', d.description, {lang: e.locale}],
        ['Address or how to find it', d.place?.address, {lang: e.locale}],
        ['Town', d.place?.town, {lang: e.locale}],
        ['Postcode', d.place?.postcode],
        ['Business name', d.place?.businessName, {lang: e.locale}],
        ['Type of place', d.place?.placeType && placeWords(d.place.placeType)],
        ['Last seen', d.when?.date],
        ['Still happening', yes(d.when?.ongoing)],
        ['Time of day', d.when?.timeOfDay],
        ['How many people', d.people?.count],
        ['The people who may be exploited', d.people?.victims, {lang: e.locale}],
        ['Anyone controlling them', d.people?.controllers, {lang: e.locale}],
        ['Vehicles', d.people?.vehicles, {lang: e.locale}],
        ['Reporter', {anonymous: 'Anonymous: no contact details', confidential: 'Confidential: only this organisation may know who reported', share: 'May be shared with others who can help, such as the police'}[r.privacy] ?? r.privacy],
        ['How they know', r.relationship && {affected: 'It is happening to them', 'work-there': 'They work there', public: 'Member of the public', professional: 'Through their job'}[r.relationship]],
        ['Name', r.name, {lang: e.locale}],
        ['Phone', r.phone],
        ['Email', r.email],
        ['Safe to contact', r.safeToContact === false ? 'No: do not contact them at all' : yes(r.safeToContact)],
        ['Preferred way', r.preferredChannel],
        ['Preferred times', r.preferredTimes, {lang: e.locale}],
        ['Preferred language', r.preferredLanguage],
      ];
    }
    case 'hope-widgets/helpline-callback@1': {
      const d = e.data as HelplineCallbackData;
      return [
        ['Phone', d.phone],
        ['Safe to call', d.safeToCall ? 'Yes' : 'No: do not call without checking the note'],
        ['Best time', d.bestTime, {lang: e.locale}],
        ['Language', d.language],
        ['Note', d.note, {lang: e.locale}],
        ['Helpline', d.helplineId],
        ['Country', d.country],
      ];
    }
    case 'hope-widgets/indicator-checklist@1': {
      const d = e.data as IndicatorChecklistData;
      return [
        ['Signs ticked', d.indicators.map(indicatorWords).join('\n')],
        ['Kind of exploitation', d.exploitationTypes?.map(exploitationWords).join('\n')],
        ['Type of place', d.placeType && placeWords(d.placeType)],
      ];
    }
    case 'hope-widgets/training-signup@1': {
      const d = e.data as TrainingSignupData;
      const a = d.attendee;
      return [
        ['Session', `${d.session.title} (${d.session.start})`],
        ['Waiting list', yes(d.waitingList)],
        ['Name', a.name, {lang: e.locale}],
        ['Email', a.email],
        ['Phone', a.phone],
        ['Sector', a.sector],
        ['Organisation', a.organisation, {lang: e.locale}],
        ['Role', a.role, {lang: e.locale}],
        ['Heard about it from', a.heardFrom, {lang: e.locale}],
        ['Requirements', a.requirements, {lang: e.locale}],
        ['May be told about future training', yes(d.consent.futureTraining)],
      ];
    }
  }
  return [];
}

function pointerValue(root: unknown, pointer: string): unknown {
  let v = root;
  for (const part of pointer.split('/').slice(1)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return v;
}

async function recordPage(ctx: InboxContext, session: Session, reference: string, url: URL): Promise<[number, Html]> {
  const r = await ctx.db.selectFrom('records').selectAll().where('reference', '=', reference).executeTakeFirst();
  if (!r) return [404, page('Not found', html`<h1>No record ${reference}</h1><p>It may have been erased or deleted after the retention period. <a href="/inbox">Back to the records</a></p>`, session)];
  await audit(ctx.db, session.email, 'read', reference);
  const e = JSON.parse(r.envelope) as Envelope;
  const unknown = r.unknown_fields ? (JSON.parse(r.unknown_fields) as string[]) : [];
  const trail = await ctx.db.selectFrom('audit').selectAll().where('reference', '=', reference).orderBy('at', 'desc').limit(50).execute();
  const danger = r.danger === 1;
  const saved = url.searchParams.get('saved') === '1';
  return [
    200,
    page(
      `${typeName(r.type)} ${reference}`,
      html`<p><a href="/inbox">Back to the records</a></p>
<h1>${typeName(r.type)} ${reference}</h1>
${danger ? html`<p class="banner">The reporter said someone is in immediate danger now.</p>` : ''}
${saved ? html`<p class="notice" role="status">Saved.</p>` : ''}
<dl><dt>Received</dt><dd>${when(r.received_at)}</dd><dt>Sent from</dt><dd>${e.source.page} (${e.source.widget} ${e.source.version}), language ${e.locale}</dd>
${describe(e)
  .filter(([, v]) => v !== undefined && v !== '')
  .map(([label, value, o]) => html`<dt>${label}</dt><dd${o?.lang ? html` lang="${o.lang}" dir="${dirOf(o.lang)}"` : ''}>${value}</dd>`)}
${e.signals.honeypot ? html`<dt>Warning</dt><dd>The hidden field people never see was filled in: this may be an automated submission.</dd>` : ''}
</dl>
${unknown.length ? html`<h2>Fields this receiver does not know</h2><p>Sent by a newer widget; kept as they arrived.</p><dl>${unknown.map((p) => html`<dt><code>${p}</code></dt><dd>${JSON.stringify(pointerValue(e, p), null, 2)}</dd>`)}</dl>` : ''}
<h2>Status and note</h2>
<form method="post" action="/inbox/records/${reference}" class="stack"><input type="hidden" name="csrf" value="${session.csrf}">
<p><label for="status">Status</label><select id="status" name="status">${Object.entries(STATUSES).map(([k, v]) => html`<option value="${k}" ${k === r.status ? html`selected` : ''}>${v}</option>`)}</select></p>
<p><label for="note">Note (for caseworkers only)</label><textarea id="note" name="note" maxlength="10000">${r.note}</textarea></p>
<p><button type="submit">Save status and note</button></p></form>
<h2>Erase this record</h2>
<form method="post" action="/inbox/records/${reference}/erase" class="stack"><input type="hidden" name="csrf" value="${session.csrf}">
${url.searchParams.get('erase') === 'confirm' ? html`<p class="error" role="alert" id="erase-error">Tick the box to confirm the erasure.</p>` : ''}
<p><input type="checkbox" id="confirm" name="confirm" value="yes" ${url.searchParams.get('erase') === 'confirm' ? html`aria-describedby="erase-error"` : ''}> <label for="confirm" class="inline">Erase ${reference} for good (a request to delete it). This cannot be undone.</label></p>
<p><button class="warning" type="submit">Erase the record</button></p></form>
<h2>Who has seen or changed it</h2>
<table><caption>Latest 50 entries of the audit log for ${reference}</caption><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th></tr></thead>
<tbody>${trail.map((a) => html`<tr><td>${when(a.at)}</td><td>${a.actor}</td><td>${a.action}${a.detail ? `: ${a.detail}` : ''}</td></tr>`)}</tbody></table>`,
      session,
    ),
  ];
}

async function updateRecord(ctx: InboxContext, session: Session, reference: string, form: URLSearchParams, res: ServerResponse): Promise<void> {
  const status = form.get('status') ?? '';
  const note = (form.get('note') ?? '').slice(0, 10000);
  if (!(status in STATUSES)) return redirect(res, `/inbox/records/${reference}`);
  const r = await ctx.db.updateTable('records').set({status, note, updated_at: new Date().toISOString()}).where('reference', '=', reference).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return redirect(res, `/inbox/records/${reference}`);
  await audit(ctx.db, session.email, 'update', reference, `status ${STATUSES[status]}`);
  redirect(res, `/inbox/records/${reference}?saved=1`);
}

/** A spreadsheet must never run a cell as a formula (=, +, -, @, tab, return first): prefix it with '. */
export function csvCell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

async function exportRecords(ctx: InboxContext, session: Session, url: URL, res: ServerResponse, format: 'csv' | 'json'): Promise<void> {
  const f = filters(url);
  const rows = await query(ctx.db, f).execute();
  await audit(ctx.db, session.email, `export ${format}`, null, `${rows.length} record(s)${params(f) ? ` (${params(f)})` : ''}`);
  const records = rows.map((r) => ({
    reference: r.reference,
    type: r.type,
    receivedAt: r.received_at,
    status: r.status,
    danger: r.danger === 1,
    note: r.note,
    envelope: JSON.parse(r.envelope) as Envelope,
  }));
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = {'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff'};
  if (format === 'json') {
    res.writeHead(200, {...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="hope-records-${stamp}.json"`});
    res.end(JSON.stringify({exportedAt: new Date().toISOString(), records}, null, 2));
    return;
  }
  const head = ['reference', 'type', 'received_at', 'status', 'danger', 'note', 'locale', 'data'];
  const lines = [head.map(csvCell).join(',')].concat(
    records.map((r) => [r.reference, typeName(r.type), r.receivedAt, STATUSES[r.status] ?? r.status, r.danger ? 'yes' : 'no', r.note, r.envelope.locale, JSON.stringify(r.envelope.data)].map(csvCell).join(',')),
  );
  res.writeHead(200, {...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="hope-records-${stamp}.csv"`});
  res.end('\ufeff' + lines.join('\r\n') + '\r\n');
}

const FORMATS: Record<string, string> = {online: 'Online', 'in-person': 'In person', hybrid: 'Hybrid'};
const SESSION_FIELDS = ['title', 'description', 'start', 'end', 'timeZone', 'format', 'address', 'platform', 'audience', 'capacity', 'language'] as const;
type SessionForm = Partial<Record<(typeof SESSION_FIELDS)[number], string>>;

/** Builds a feed session from the inbox form; errors name the form field. */
function sessionFromForm(f: SessionForm): {session?: TrainingSession; errors: Record<string, string>} {
  const errors: Record<string, string> = {};
  const timeZone = (f.timeZone ?? '').trim();
  const start = zonedDateTime(f.start ?? '', timeZone);
  const end = zonedDateTime(f.end ?? '', timeZone);
  if (!(f.title ?? '').trim()) errors.title = 'Enter a title.';
  if (!start) errors.start = f.start ? 'Enter the start as a date and time (and a time zone the server knows).' : 'Enter when it starts.';
  if (!end) errors.end = f.end ? 'Enter the end as a date and time (and a time zone the server knows).' : 'Enter when it ends.';
  if (start && end && Date.parse(end) <= Date.parse(start)) errors.end = 'The end must be after the start.';
  const format = f.format && f.format in FORMATS ? (f.format as TrainingSession['format']) : undefined;
  if (!format) errors.format = 'Choose online, in person or hybrid.';
  const address = (f.address ?? '').trim();
  if (format && format !== 'online' && !address) errors.address = 'Enter the address of the venue (in person and hybrid sessions).';
  const capacity = (f.capacity ?? '').trim();
  if (capacity && !/^\d{1,6}$/.test(capacity)) errors.capacity = 'Enter the number of places as a whole number, or leave it empty.';
  const audience = (f.audience ?? '').split(',').map((a) => a.trim().toLowerCase()).filter(Boolean);
  if (!audience.length) errors.audience = 'Enter who it is for, e.g. public.';
  if (Object.keys(errors).length) return {errors};
  const title = f.title!.trim();
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'session';
  const session: TrainingSession = {
    id: `${start!.slice(0, 10)}-${slug}`,
    title,
    ...((f.description ?? '').trim() ? {description: f.description!.trim()} : {}),
    start: start!,
    end: end!,
    timeZone,
    format: format!,
    ...(address ? {venue: {address}} : {}),
    ...((f.platform ?? '').trim() ? {platform: f.platform!.trim()} : {}),
    audience,
    ...((f.language ?? '').trim() ? {language: f.language!.trim()} : {}),
    ...(capacity ? {capacity: Number(capacity)} : {}),
  };
  if (!validateSessionsFeed({schema: 'hope-widgets/training-sessions@1', items: [session]})) {
    for (const e of validateSessionsFeed.errors ?? []) {
      const field = e.instancePath.split('/')[3] ?? 'title';
      const name = field === 'venue' ? 'address' : field;
      errors[(SESSION_FIELDS as readonly string[]).includes(name) ? name : 'title'] ??= `Check this: ${e.message ?? 'not valid'}.`;
    }
    return {errors};
  }
  return {session, errors};
}

async function trainingPage(ctx: InboxContext, session: Session, o: {form?: SessionForm; errors?: Record<string, string>; notice?: string} = {}): Promise<Html> {
  const rows = await ctx.db.selectFrom('records').selectAll().where('type', '=', 'hope-widgets/training-signup@1').orderBy('received_at', 'asc').execute();
  const all = await allSessions(ctx.db, ctx.sessions);
  const feed = all.items;
  const ids = [...new Set([...feed.map((s) => s.id), ...rows.map((r) => String(r.session_id))])];
  const sections = ids.map((id, n) => {
    const s = feed.find((x) => x.id === id);
    const mine = rows.filter((r) => r.session_id === id);
    const title = s?.title ?? (JSON.parse(mine[0].envelope) as Envelope<TrainingSignupData>).data.session.title;
    const booked = mine.filter((r) => r.waiting_list === 0 && r.status !== 'closed');
    const waiting = mine.filter((r) => r.waiting_list === 1 && r.status !== 'closed');
    const list = (rs: RecordsTable[], caption: string) =>
      rs.length
        ? html`<table><caption>${caption}</caption><thead><tr><th scope="col">Reference</th><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Organisation</th><th scope="col">Booked</th></tr></thead><tbody>${rs.map((r) => {
            const a = (JSON.parse(r.envelope) as Envelope<TrainingSignupData>).data.attendee;
            return html`<tr><td><a href="/inbox/records/${r.reference}">${r.reference}</a></td><td>${a.name}</td><td>${a.email}</td><td>${a.organisation ?? ''}</td><td>${when(r.received_at)}</td></tr>`;
          })}</tbody></table>`
        : html`<p>${caption}: none.</p>`;
    return html`<section aria-labelledby="s-${n}"><h2 id="s-${n}">${title}</h2>
<p>${s ? `${s.start}${s.cancelled ? ' · cancelled' : ''} · ` : 'Not in the sessions feed · '}${booked.length} booked${s?.capacity !== undefined ? ` of ${s.capacity} places` : ''} · ${waiting.length} on the waiting list</p>
${list(booked, 'Bookings')}${list(waiting, 'Waiting list')}
${
  s && !s.cancelled
    ? html`<form method="post" action="/inbox/training/cancel"><input type="hidden" name="csrf" value="${session.csrf}"><input type="hidden" name="id" value="${s.id}"><button class="secondary" type="submit">Cancel “${s.title}”</button></form>`
    : ''
}</section>`;
  });
  const f = o.form ?? {timeZone: 'Europe/London', audience: 'public', format: 'online'};
  const err = o.errors ?? {};
  const field = (name: (typeof SESSION_FIELDS)[number], label: string, input: Html, hint?: string) =>
    html`<p><label for="t-${name}">${label}</label>${hint ? html`<span class="hint" id="t-${name}-hint">${hint}</span>` : ''}${err[name] ? html`<span class="field-error" id="t-${name}-error">${err[name]}</span>` : ''}${input}</p>`;
  const described = (name: string, hint?: boolean) => {
    const ids = [hint ? `t-${name}-hint` : '', err[name] ? `t-${name}-error` : ''].filter(Boolean).join(' ');
    return ids ? html` aria-describedby="${ids}"` : '';
  };
  const invalid = (name: string) => (err[name] ? html` aria-invalid="true"` : '');
  const text = (name: (typeof SESSION_FIELDS)[number], type = 'text', hint = false, extra = '') =>
    html`<input id="t-${name}" name="${name}" type="${type}" value="${f[name] ?? ''}"${described(name, hint)}${invalid(name)}${extra ? html` ${extra}` : ''}>`;
  const addForm = html`<section aria-labelledby="add-session"><h2 id="add-session">Add a session</h2>
<p>Sessions added here are served in <code>/v1/training/sessions.json</code>${ctx.sessions.configured ? ' beside those of the HOPE_SESSIONS file' : ''}; the widget counts places from the bookings.</p>
${Object.keys(err).length ? html`<div class="error" role="alert"><h3>There is a problem</h3><ul>${Object.entries(err).map(([k, v]) => html`<li><a href="#t-${k}">${v}</a></li>`)}</ul></div>` : ''}
<form method="post" action="/inbox/training" class="stack"><input type="hidden" name="csrf" value="${session.csrf}">
${field('title', 'Title', text('title'))}
${field('description', 'Description (optional)', html`<textarea id="t-description" name="description"${described('description')}>${f.description ?? ''}</textarea>`)}
${field('start', 'Starts', text('start', 'datetime-local', true), 'Date and time where it is run')}
${field('end', 'Ends', text('end', 'datetime-local', true), 'Date and time where it is run')}
${field('timeZone', 'Time zone', text('timeZone', 'text', true), 'For example Europe/London or Europe/Warsaw')}
${field('format', 'Format', html`<select id="t-format" name="format"${described('format')}${invalid('format')}>${Object.entries(FORMATS).map(([k, v]) => html`<option value="${k}" ${k === f.format ? html`selected` : ''}>${v}</option>`)}</select>`)}
${field('address', 'Venue address (in person and hybrid)', html`<textarea id="t-address" name="address"${described('address')}${invalid('address')}>${f.address ?? ''}</textarea>`)}
${field('platform', 'Meeting software (online and hybrid, optional)', text('platform', 'text', true), 'The joining link is never published: send it after booking')}
${field('audience', 'Who it is for', text('audience', 'text', true), 'Comma-separated: public, businesses, volunteers, professionals, police, health, social-care, housing, education, local-authority, charities')}
${field('capacity', 'Places (optional)', text('capacity', 'text', true, 'inputmode="numeric"'), 'Leave empty if there is no limit')}
${field('language', 'Language (optional)', text('language', 'text', true), 'A language tag such as en or pl')}
<p><button type="submit">Add the session</button></p></form></section>`;
  return page(
    'Training bookings',
    html`<h1>Training bookings</h1>${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ''}${sections.length ? sections : html`<p class="notice">No sessions and no bookings yet.</p>`}${addForm}`,
    session,
  );
}

async function changeSessions(ctx: InboxContext, session: Session, path: string, form: URLSearchParams, res: ServerResponse): Promise<void> {
  const now = new Date().toISOString();
  if (path === '/inbox/training/cancel') {
    const id = form.get('id') ?? '';
    const s = (await allSessions(ctx.db, ctx.sessions)).items.find((x) => x.id === id);
    if (!s) return send(res, 404, await trainingPage(ctx, session, {notice: 'That session is not in the feed.'}));
    const cancelled = JSON.stringify({...s, cancelled: true});
    // A file session is cancelled by an inbox copy of it, which replaces it in the feed.
    await ctx.db.insertInto('training_sessions').values({id, session: cancelled, updated_at: now}).onConflict((oc) => oc.column('id').doUpdateSet({session: cancelled, updated_at: now})).execute();
    await audit(ctx.db, session.email, 'cancel session', null, id);
    return send(res, 200, await trainingPage(ctx, session, {notice: `“${s.title}” is cancelled: the widget no longer offers it.`}));
  }
  const values = Object.fromEntries(SESSION_FIELDS.map((k) => [k, (form.get(k) ?? '').slice(0, 5000)])) as SessionForm;
  const {session: made, errors} = sessionFromForm(values);
  if (!made) return send(res, 422, await trainingPage(ctx, session, {form: values, errors}));
  const exists = await ctx.db.selectFrom('training_sessions').select('id').where('id', '=', made.id).executeTakeFirst();
  if (exists || ctx.sessions.find(made.id)) return send(res, 422, await trainingPage(ctx, session, {form: values, errors: {title: 'There is already a session with this title on that day.'}}));
  await ctx.db.insertInto('training_sessions').values({id: made.id, session: JSON.stringify(made), updated_at: now}).execute();
  await audit(ctx.db, session.email, 'add session', null, made.id);
  send(res, 200, await trainingPage(ctx, session, {notice: `“${made.title}” is added to the feed.`}));
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

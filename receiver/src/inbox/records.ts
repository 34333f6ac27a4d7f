/** Records: the list (danger first, filters), one record (status, note, erasure), and the exports. */
import type {ServerResponse} from 'node:http';
import {sql} from 'kysely';
import type {Envelope, HelplineCallbackData, IndicatorChecklistData, ReportConcernData, TrainingSignupData} from 'hope-widgets/wire';
import type {Db, RecordsTable} from '../db.js';
import {audit, type Session} from '../auth.js';
import {html, type Html} from '../html.js';
import {dirOf, exploitationWords, TYPE_NAMES, typeName} from '../labels.js';
import {describe} from './describe.js';
import {page, redirect, STATUSES, when, type InboxContext} from './layout.js';

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

export async function listPage(ctx: InboxContext, session: Session, url: URL): Promise<Html> {
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

function pointerValue(root: unknown, pointer: string): unknown {
  let v = root;
  for (const part of pointer.split('/').slice(1)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return v;
}

export async function recordPage(ctx: InboxContext, session: Session, reference: string, url: URL): Promise<[number, Html]> {
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

export async function updateRecord(ctx: InboxContext, session: Session, reference: string, form: URLSearchParams, res: ServerResponse): Promise<void> {
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

export async function exportRecords(ctx: InboxContext, session: Session, url: URL, res: ServerResponse, format: 'csv' | 'json'): Promise<void> {
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

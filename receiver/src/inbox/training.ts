/** Training: bookings per session with counts and the waiting list; sessions added and cancelled here. */
import type {ServerResponse} from 'node:http';
import type {Envelope, TrainingSession, TrainingSignupData} from 'hope-widgets/wire';
import type {RecordsTable} from '../db.js';
import {audit, type Session} from '../auth.js';
import {html, type Html} from '../html.js';
import {allSessions, zonedDateTime} from '../training.js';
import {validateSessionsFeed} from '../validate.js';
import {page, send, when, type InboxContext} from './layout.js';

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

export async function trainingPage(ctx: InboxContext, session: Session, o: {form?: SessionForm; errors?: Record<string, string>; notice?: string} = {}): Promise<Html> {
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
    html`<p><label for="t-${name}">${label}</label>${hint ? html`<span class="hint" id="t-${name}-hint">${hint}</span>` : ''}${err[name] ? html`<span class="field-error" id="t-${name}-error"><span class="visually-hidden">Error: </span>${err[name]}</span>` : ''}${input}</p>`;
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

export async function changeSessions(ctx: InboxContext, session: Session, path: string, form: URLSearchParams, res: ServerResponse): Promise<void> {
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

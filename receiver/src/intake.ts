/**
 * POST /v1/submissions, after HTTP has read the body: validate, then store exactly once.
 * 201 {reference} only once the record is committed; 200 with the same reference for the same key
 * and body; 422 for the same key with another body or invalid fields; 409 {"error"} for a full or
 * closed training session. Nothing here sees the client's address or headers beyond the key.
 */
import type {Envelope, TrainingSignupData} from 'hope-widgets/wire';
import {lockSession, log, type Db, type Opened, type Tx} from './db.js';
import {canonical, sha256} from './canonical.js';
import {newReference} from './reference.js';
import {checkEnvelope, type FieldError} from './validate.js';
import {allSessions, bookedCounts, isClosed, type Sessions} from './training.js';

export interface Answer {
  status: number;
  body: unknown;
  problem?: boolean;
}

export interface NewRecord {
  type: string;
  reference: string;
}

const SIGNUP = 'hope-widgets/training-signup@1';

export function problem(status: number, title: string, detail?: string, errors?: FieldError[]): Answer {
  return {status, problem: true, body: {type: 'about:blank', title, status, ...(detail ? {detail} : {}), ...(errors ? {errors} : {})}};
}

export async function intake(
  store: Opened,
  sessions: Sessions,
  body: unknown,
  key: string | undefined,
  onNew: (r: NewRecord) => void,
): Promise<Answer> {
  const checked = checkEnvelope(body);
  if (checked.errors.length) return problem(422, 'Some fields are not valid', 'See errors[].pointer.', checked.errors);
  const envelope = body as Envelope;
  if (key !== envelope.id) {
    return problem(422, 'Idempotency-Key must equal the envelope id', undefined, [{pointer: '/id', detail: 'does not match the Idempotency-Key header'}]);
  }
  const hash = sha256(canonical(envelope));
  const now = new Date().toISOString();
  const signup = envelope.schema === SIGNUP ? (envelope.data as TrainingSignupData) : undefined;
  const row = {
    id: envelope.id,
    type: envelope.schema,
    received_at: now,
    updated_at: now,
    body_hash: hash,
    envelope: JSON.stringify(envelope),
    unknown_fields: checked.unknown.length ? JSON.stringify(checked.unknown) : null,
    danger: (envelope.data as {immediateDanger?: unknown}).immediateDanger === true ? 1 : 0,
    status: 'new',
    note: '',
    session_id: signup?.session.id ?? null,
    waiting_list: signup?.waitingList ? 1 : 0,
  };

  for (let attempt = 0; ; attempt++) {
    const reference = newReference();
    try {
      const answer = await store.db.transaction().execute(async (tx) => {
        if (signup) {
          await lockSession(tx, store.dialect, signup.session.id);
          const earlier = await existing(tx, envelope.id, hash);
          if (earlier) return earlier;
          const refusal = await bookingRefusal(tx, sessions, signup);
          if (refusal) return refusal;
        }
        const inserted = await tx
          .insertInto('records')
          .values({...row, reference})
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return {status: 201, body: {reference}};
        return (await existing(tx, envelope.id, hash))!;
      });
      if (answer.status === 201) {
        const reference = (answer.body as {reference: string}).reference;
        log({event: 'stored', type: envelope.schema, reference, ...(checked.unknown.length ? {unknownFields: checked.unknown} : {})});
        onNew({type: envelope.schema, reference});
      }
      return answer;
    } catch (e) {
      // Another record drew the same reference (unique index): draw again.
      if (attempt < 5 && /unique|duplicate/i.test(String((e as Error).message)) && /reference/i.test(String((e as Error).message) + String((e as {detail?: string}).detail ?? '') + String((e as {constraint?: string}).constraint ?? ''))) continue;
      throw e;
    }
  }
}

async function existing(tx: Tx | Db, id: string, hash: string): Promise<Answer | undefined> {
  const found = await tx.selectFrom('records').select(['reference', 'body_hash']).where('id', '=', id).executeTakeFirst();
  if (!found) return undefined;
  if (found.body_hash === hash) return {status: 200, body: {reference: found.reference}};
  return problem(422, 'This Idempotency-Key was already used for a different submission', 'Send a new envelope with a new id.', [
    {pointer: '/id', detail: 'already used for a different submission'},
  ]);
}

async function bookingRefusal(tx: Tx, sessions: Sessions, signup: TrainingSignupData): Promise<Answer | undefined> {
  const all = await allSessions(tx, sessions);
  if (!all.configured) return undefined; // sessions are managed elsewhere: take every booking
  const s = all.items.find((x) => x.id === signup.session.id);
  if (!s || isClosed(s, Date.now())) return {status: 409, body: {error: 'closed'}};
  if (signup.waitingList || s.capacity === undefined) return undefined;
  const booked = (await bookedCounts(tx)).get(s.id) ?? 0;
  if (booked >= s.capacity) return {status: 409, body: {error: 'full'}};
  return undefined;
}

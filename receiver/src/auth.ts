/**
 * Inbox accounts and sessions. Passwords: argon2id (@node-rs/argon2, prebuilt for each platform
 * through npm). Session cookies hold a random token; the database keeps only its sha256, so a
 * copied database opens no session. Each session has its own CSRF token for every form.
 */
import {randomBytes, randomUUID, timingSafeEqual} from 'node:crypto';
import {hash, verify} from '@node-rs/argon2';
import type {Db} from './db.js';
import {sha256} from './canonical.js';

const SESSION_HOURS = 12;
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum in the typings)

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function checkPassword(password: string): string | undefined {
  if (password.length < 12) return 'The password must be at least 12 characters long.';
  if (password.length > 1000) return 'The password is too long.';
  return undefined;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, {algorithm: ARGON2ID});
}

export async function setUser(db: Db, email: string, password: string): Promise<'added' | 'updated'> {
  const e = normaliseEmail(email);
  const password_hash = await hashPassword(password);
  const found = await db.selectFrom('users').select('email').where('email', '=', e).executeTakeFirst();
  if (found) {
    await db.updateTable('users').set({password_hash}).where('email', '=', e).execute();
    // A reset ends every session of that account.
    await db.deleteFrom('sessions').where('email', '=', e).execute();
    return 'updated';
  }
  await db.insertInto('users').values({email: e, password_hash, created_at: new Date().toISOString()}).execute();
  return 'added';
}

export async function removeUser(db: Db, email: string): Promise<boolean> {
  const e = normaliseEmail(email);
  await db.deleteFrom('sessions').where('email', '=', e).execute();
  const r = await db.deleteFrom('users').where('email', '=', e).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// A hash of a random password, checked when the account does not exist, so timing does not tell.
let dummy: Promise<string> | undefined;

export async function login(db: Db, email: string, password: string): Promise<string | undefined> {
  const e = normaliseEmail(email);
  const user = await db.selectFrom('users').select('password_hash').where('email', '=', e).executeTakeFirst();
  dummy ??= hashPassword(randomUUID());
  const ok = await verify(user?.password_hash ?? (await dummy), password).catch(() => false);
  return ok && user ? e : undefined;
}

export interface Session {
  email: string;
  csrf: string;
}

export async function createSession(db: Db, email: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expires_at = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  await db.deleteFrom('sessions').where('expires_at', '<', new Date().toISOString()).execute();
  await db.insertInto('sessions').values({token_hash: sha256(token), email, csrf: randomBytes(24).toString('base64url'), expires_at}).execute();
  return token;
}

export async function findSession(db: Db, token: string | undefined): Promise<Session | undefined> {
  if (!token || token.length > 100) return undefined;
  const s = await db
    .selectFrom('sessions')
    .select(['email', 'csrf', 'expires_at'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!s || s.expires_at < new Date().toISOString()) return undefined;
  return {email: s.email, csrf: s.csrf};
}

export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

export function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export async function audit(db: Db, actor: string, action: string, reference: string | null, detail = ''): Promise<void> {
  await db.insertInto('audit').values({id: randomUUID(), at: new Date().toISOString(), actor, action, reference, detail}).execute();
}

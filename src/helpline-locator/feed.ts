/**
 * Feed checking with small code of our own (Ajv compiles with `new Function`, which a strict
 * CSP forbids), tested against schemas/helplines.schema.json. An entry missing a required
 * field is left out; an invalid optional field is ignored; a channel whose link is not
 * tel:, sms:, mailto: or https: is dropped. Every problem is listed for the site owner.
 */
import {CHANNEL_TYPES, DAYS, TOPICS, type Channel, type Helpline, type Text} from './types.js';
import {isTimeZone} from './hours.js';
import {channelHref} from './links.js';
import {codePoints} from '../core/validators.js';

export const FEED_SCHEMA = 'hope-widgets/helplines@1';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LANGUAGE = /^([A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*|interpreters)$/;
const COUNTRY = /^[A-Z]{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const CLOSE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

type Json = Record<string, unknown>;
type Check = (value: unknown, note: (problem: string) => void) => unknown;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && codePoints(v) <= max;
const matches = (re: RegExp, v: unknown): v is string => typeof v === 'string' && re.test(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';
const isList = (v: unknown, max = 1e5): v is unknown[] => Array.isArray(v) && v.length <= max;
const unique = (v: unknown[]) => new Set(v).size === v.length;
const only = (o: Json, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

function isDate(v: unknown): boolean {
  if (!matches(/^\d{4}-\d{2}-\d{2}$/, v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

function parses(v: string): boolean {
  try {
    return Boolean(new URL(v));
  } catch {
    return false;
  }
}

function isText(v: unknown): v is Text {
  if (typeof v === 'string') return isString(v, 500);
  const entries = isObject(v) ? Object.entries(v) : [];
  return entries.length > 0 && entries.every(([k, t]) => TAG.test(k) && isString(t, 500));
}

const isRange = (r: unknown) =>
  isObject(r) && only(r, ['days', 'open', 'close']) && isList(r.days) && r.days.length > 0 && unique(r.days) &&
  r.days.every((d) => (DAYS as readonly unknown[]).includes(d)) && matches(TIME, r.open) && matches(CLOSE, r.close);

const isException = (e: unknown) =>
  isObject(e) && isDate(e.date) &&
  ((only(e, ['date', 'closed']) && e.closed === true) || (only(e, ['date', 'open', 'close']) && matches(TIME, e.open) && matches(CLOSE, e.close)));

export function isHours(v: unknown): boolean {
  if (v === '24/7') return true;
  return (
    isObject(v) && only(v, ['timeZone', 'weekly', 'exceptions']) && matches(ZONE, v.timeZone) && v.timeZone.length <= 64 &&
    isTimeZone(v.timeZone) && isList(v.weekly, 50) && v.weekly.every(isRange) &&
    (v.exceptions === undefined || (isList(v.exceptions, 400) && v.exceptions.every(isException)))
  );
}

const keep = (ok: (v: unknown) => boolean): Check => (v) => (ok(v) ? v : undefined);
const flag = keep(isBoolean);

const CHANNEL: Record<string, Check> = {
  type: keep((v) => (CHANNEL_TYPES as readonly unknown[]).includes(v)),
  value: keep((v) => isString(v, 500)),
  display: keep((v) => isString(v, 100)),
  label: keep(isText),
  hours: keep(isHours),
};

function checkChannel(c: unknown, note: (p: string) => void): Channel | undefined {
  const channel = pick(c, CHANNEL, ['type', 'value'], note) as Channel | undefined;
  if (channel?.type === 'email' && /[?&#]/.test(channel.value)) {
    // `mailto:help@example.org?bcc=…` would copy the person's message to someone else.
    console.warn(`hope-widgets: a helpline's email channel "${channel.value.slice(0, 200)}" has a query (?bcc=, ?subject=…) and was dropped: give the bare address.`);
    note('dropped: a mailto: address with a query (?bcc=, ?subject=…) could add recipients or words the person did not write');
    return undefined;
  }
  if (channel && !channelHref(channel)) {
    note('dropped: not a valid tel:, sms:, mailto: or https: link');
    return undefined;
  }
  return channel;
}

const ENTRY: Record<string, Check> = {
  id: keep((v) => matches(ID, v) && v.length <= 100),
  name: keep(isText),
  organisation: keep((v) => isString(v, 200)),
  description: keep(isText),
  countries: keep((v) => isList(v) && v.length > 0 && unique(v) && v.every((c) => matches(COUNTRY, c))),
  regions: keep((v) => isList(v) && v.every((r) => isString(r, 100))),
  topics(v, note) {
    if (!isList(v) || !v.length) return undefined;
    const known = [...new Set(v.filter((t) => (TOPICS as readonly unknown[]).includes(t)))];
    if (known.length !== v.length) note('unknown or repeated topics ignored');
    return known.length ? known : undefined;
  },
  channels(v, note) {
    if (!isList(v)) return undefined;
    if (v.length > 20) note('more than 20 channels: the rest ignored');
    const ok = v.slice(0, 20).map((c, i) => checkChannel(c, (p) => note(`${i}: ${p}`))).filter(Boolean);
    return ok.length ? ok : undefined;
  },
  languages: keep((v) => isList(v) && unique(v) && v.every((l) => matches(LANGUAGE, l))),
  hours: keep(isHours),
  free: flag,
  freeFrom: keep(isText),
  confidential: flag,
  anonymous: flag,
  pinned: flag,
  source: keep((v) => isString(v, 2000) && /^https?:\/\/[^\s"<>{}|\\^`]+$/.test(v) && parses(v)),
  checked: keep(isDate),
  example: flag,
};
const REQUIRED = ['id', 'name', 'countries', 'topics', 'channels', 'source', 'checked'];

/** Keeps the valid fields of an object; undefined when a required one is missing or invalid. */
function pick(value: unknown, fields: Record<string, Check>, required: string[], note: (p: string) => void): Json | undefined {
  if (!isObject(value)) return note('not an object'), undefined;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const check = fields[key] as Check | undefined;
    const kept = check ? check(v, (p) => note(`${key}: ${p}`)) : undefined;
    if (kept !== undefined) out[key] = kept;
    else note(check ? `${key}: not valid, ignored` : `unknown field "${key}" ignored`);
  }
  const missing = required.filter((k) => !(k in out));
  if (missing.length) return note(`left out: no valid ${missing.join(', ')}`), undefined;
  return out;
}

export interface FeedCheck {
  /** The entries that can be shown. */
  items: Helpline[];
  /** What was wrong, for the site owner (English, console only). Empty when the feed is valid. */
  problems: string[];
  /** False when the feed could not be read or an entry was left out: the list may be incomplete. */
  complete: boolean;
}

const pause = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Checks a feed object (or a bare list of entries, as the `helplines` property may be) in
 * slices, pausing between them so a long feed never blocks the page for long.
 */
export async function checkFeed(input: unknown): Promise<FeedCheck> {
  const problems: string[] = [];
  let list: unknown[] | undefined;
  if (isList(input)) list = input;
  else if (isObject(input)) {
    if (input.schema !== FEED_SCHEMA) problems.push(`schema: expected "${FEED_SCHEMA}"`);
    const root = pick(input, {schema: keep(() => true), items: keep((v) => isList(v, 20000)), example: flag, updated: keep(isDate), publisher: keep((v) => isString(v, 200))}, [], (p) => problems.push(p));
    list = root?.items as unknown[] | undefined;
  }
  if (!list) return {items: [], problems: [...problems, 'no list of helplines in "items"'], complete: false};
  const items: Helpline[] = [];
  const ids = new Set<string>();
  let complete = true;
  for (let i = 0; i < list.length; i++) {
    if (i && i % 250 === 0) await pause();
    const raw = list[i] as Json;
    const note = (p: string) => problems.push(`items/${i}${isObject(raw) && typeof raw.id === 'string' ? ` (${raw.id.slice(0, 100)})` : ''}: ${p}`);
    const entry = pick(raw, ENTRY, REQUIRED, note) as Helpline | undefined;
    if (!entry) complete = false;
    else if (ids.has(entry.id)) note('repeats an earlier id: left out');
    else {
      ids.add(entry.id);
      items.push(entry);
    }
  }
  return {items, problems, complete};
}


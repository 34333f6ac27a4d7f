/**
 * Opening hours: open now, and when that changes, computed in the helpline's own IANA time
 * zone with `Intl.DateTimeFormat` (no date library). Times are handled as "wall minutes": the
 * local date and time in a zone, counted in minutes as if it were UTC, so that a day is always
 * 1440 of them; only the final instant is converted back, which is where daylight saving lives.
 */
import {DAYS, type Hours, type WeeklyHours} from './types.js';
import {dateTimeFormat, isTimeZone} from '../core/intl.js';

const MINUTE = 60_000;
const DAY = 1440;
const walls = new Map<string, number>();

/** Wall-clock parts in a zone (the zones given are checked with isTimeZone first). */
const format = (timeZone: string) =>
  dateTimeFormat({timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric'}, 'en-US');

export {isTimeZone};

/** The local date and time of `instant` in `timeZone`, in minutes since 1970-01-01T00:00 local. */
export function wallMinutes(instant: number, timeZone: string): number {
  const key = timeZone + instant;
  let wall = walls.get(key);
  if (wall === undefined) {
    const p: Record<string, number> = {};
    for (const {type, value} of format(timeZone).formatToParts(instant)) p[type] = Number(value);
    wall = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute) / MINUTE;
    if (walls.size > 5000) walls.clear();
    walls.set(key, wall);
  }
  return wall;
}

/** The instant at which the wall clock in `timeZone` shows `wall` (a time skipped by a DST change moves forward). */
export function instantOf(wall: number, timeZone: string): number {
  const offset = (t: number) => wallMinutes(t, timeZone) - t / MINUTE;
  const first = offset(wall * MINUTE);
  let t = (wall - first) * MINUTE;
  const second = offset(t);
  if (second !== first) t = (wall - second) * MINUTE;
  return t;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Opening ranges of local day number `day` (days since 1970-01-01), as [open, close] wall minutes. */
function rangesOn(hours: WeeklyHours, day: number): Array<[number, number]> {
  const date = hours.exceptions?.length ? new Date(day * DAY * MINUTE).toISOString().slice(0, 10) : '';
  const exception = date ? hours.exceptions!.find((e) => e.date === date) : undefined;
  const ranges = exception
    ? exception.closed ? [] : [exception as {open: string; close: string}]
    : hours.weekly.filter((r) => r.days.includes(DAYS[(day + 3) % 7]));
  return ranges.map((r) => {
    const open = day * DAY + minutes(r.open);
    let close = day * DAY + minutes(r.close);
    if (close <= open) close += DAY;
    return [open, close];
  });
}

/** Whether a helpline with these hours is open at `now`: the quick check the "open now" filter runs on every entry. */
export function isOpen(hours: Hours, now: number): boolean {
  if (hours === '24/7') return true;
  const wall = wallMinutes(Math.floor(now / MINUTE) * MINUTE, hours.timeZone);
  const today = Math.floor(wall / DAY);
  // A range lasts at most a day, so only yesterday's and today's can cover now.
  return [today - 1, today].some((day) => rangesOn(hours, day).some(([open, close]) => open <= wall && wall < close));
}

export interface OpenState {
  open: boolean;
  /** Open around the clock. */
  always?: boolean;
  /** When it closes (if open) or next opens (if closed), as an instant; unknown beyond a week. */
  next?: number;
}

/**
 * Whether a helpline with these hours is open at `now` (ms since the epoch), and when that
 * changes. Ranges past midnight and dated exceptions included.
 */
export function openState(hours: Hours, now: number): OpenState {
  if (hours === '24/7') return {open: true, always: true};
  const zone = hours.timeZone;
  const wall = wallMinutes(Math.floor(now / MINUTE) * MINUTE, zone);
  const today = Math.floor(wall / DAY);
  const spans: Array<[number, number]> = [];
  for (let day = today - 1; day <= today + 8; day++) spans.push(...rangesOn(hours, day));
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [open, close] of spans) {
    const last = merged[merged.length - 1];
    if (last && open <= last[1]) last[1] = Math.max(last[1], close);
    else merged.push([open, close]);
  }
  const horizon = (today + 8) * DAY;
  for (const [open, close] of merged) {
    if (open <= wall && wall < close) {
      return close >= horizon && open <= (today - 1) * DAY ? {open: true, always: true} : {open: true, next: instantOf(close, zone)};
    }
    if (open > wall) return {open: false, next: instantOf(open, zone)};
  }
  return {open: false};
}

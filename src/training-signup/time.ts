/**
 * Dates and times through `Intl`, in the person's time zone and, when the wall-clock times
 * differ, in the session's own (formatters and the regional locale come from core/intl.ts).
 */
import {dateTimeFormat as dtf, intlLocale} from '../core/intl.js';

const DAY: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};
const TIME: Intl.DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit'};

/** "Tuesday 2 March 2027, 09:30–12:30 GMT" in `timeZone`; with `zoneName: false`, without the zone. */
export function rangeText(start: number, end: number, timeZone: string, locale = intlLocale(), zoneName = true): string {
  const f = dtf({...DAY, ...TIME, timeZone, ...(zoneName ? {timeZoneName: 'short'} : {})}, locale);
  try {
    return f.formatRange(start, end);
  } catch {
    return `${f.format(start)} – ${f.format(end)}`;
  }
}

/** True when both time zones show the same wall-clock date and times for the session. */
export function sameWallTime(start: number, end: number, a: string, b: string, locale = intlLocale()): boolean {
  return a === b || rangeText(start, end, a, locale, false) === rangeText(start, end, b, locale, false);
}

/** A day and time, e.g. "Monday 1 March 2027, 17:00 GMT" (for "book by"). */
export function instantText(ms: number, timeZone: string, locale = intlLocale()): string {
  return dtf({...DAY, ...TIME, timeZone, timeZoneName: 'short'}, locale).format(ms);
}

/** The month heading a session is grouped under, e.g. "March 2027". */
export function monthText(ms: number, timeZone: string, locale = intlLocale()): string {
  return dtf({month: 'long', year: 'numeric', timeZone}, locale).format(ms);
}

/**
 * Dates and times through `Intl`, in the person's time zone and, when the wall-clock times
 * differ, in the session's own. Formatters are cached: constructing one costs far more than
 * using it, and a long list formats many dates.
 */
import {getLocale} from '../core/localization.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** The browser's own time zone (the person's), or UTC if it cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The locale `Intl` formats in: the widget's language, with the region the page or browser gives
 * for that same language (`en` on an `en-GB` page formats as `en-GB`: 2 March 2027, 09:30).
 */
let chosen: {key: string; locale: string} | undefined;

export function intlLocale(): string {
  const key = `${getLocale()}|${document.documentElement.lang}`;
  if (chosen?.key !== key) chosen = {key, locale: pickIntlLocale()};
  return chosen.locale;
}

function pickIntlLocale(): string {
  const lang = getLocale();
  const base = lang.split('-')[0].toLowerCase();
  const candidates = [document.documentElement.lang, ...(navigator.languages ?? [])];
  const hit = candidates.find((c) => c && c.split('-')[0].toLowerCase() === base && c.length > base.length);
  if (hit) {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(hit).length ? hit : lang;
    } catch {
      /* not a tag */
    }
  }
  return lang;
}

const DAY: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};
const TIME: Intl.DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit'};

/** "Tuesday 2 March 2027, 09:30–12:30 GMT" in `timeZone`; with `zoneName: false`, without the zone. */
export function rangeText(start: number, end: number, timeZone: string, locale = intlLocale(), zoneName = true): string {
  const f = dtf(locale, {...DAY, ...TIME, timeZone, ...(zoneName ? {timeZoneName: 'short'} : {})});
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
  return dtf(locale, {...DAY, ...TIME, timeZone, timeZoneName: 'short'}).format(ms);
}

/** The month heading a session is grouped under, e.g. "March 2027". */
export function monthText(ms: number, timeZone: string, locale = intlLocale()): string {
  return dtf(locale, {month: 'long', year: 'numeric', timeZone}).format(ms);
}

/**
 * Everything the widgets ask of `Intl`, once: which regional locale to format in, cached
 * formatters (building one costs far more than using it, and a long list formats many values),
 * plurals, and time zones. A browser that lacks a formatter gets a plain fallback, never an error.
 */
import {getLocale} from './localization.js';
import {ENDONYMS} from './endonyms.js';

const cache = new Map<string, unknown>();

/** One Intl object per kind, locale and options; undefined when this browser cannot make it. */
function cached<T>(key: string, make: () => T): T | undefined {
  if (!cache.has(key)) {
    try {
      cache.set(key, make());
    } catch {
      cache.set(key, undefined);
    }
  }
  return cache.get(key) as T | undefined;
}

let regional: {key: string; locale: string} | undefined;

/**
 * The locale `Intl` formats in: the page's language, with the region the page (`<html lang>`)
 * or the browser gives for that same language (`en` on an `en-GB` page formats as `en-GB`:
 * 2 March 2027, 09:30).
 */
export function intlLocale(lang = getLocale()): string {
  const key = `${lang}|${document.documentElement.lang}|${navigator.languages?.join()}`;
  if (regional?.key !== key) regional = {key, locale: pickRegional(lang)};
  return regional.locale;
}

function pickRegional(lang: string): string {
  const base = lang.split('-')[0].toLowerCase();
  const candidates = [document.documentElement.lang, ...(navigator.languages ?? [])];
  const hit = candidates.find((c) => c && c.split('-')[0].toLowerCase() === base && c.length > base.length);
  try {
    return hit && Intl.DateTimeFormat.supportedLocalesOf(hit).length ? hit : lang;
  } catch {
    return lang; // not a tag
  }
}

/**
 * True when this browser's `Intl` has date words for the locale's language. Chromium 156 lacks
 * `sq` and `ti` outright, and claims `pa` but writes its months as "M03": both count as lacking.
 */
export function intlKnows(locale: string): boolean {
  return (
    cached(`known|${locale}`, () => {
      if (!Intl.DateTimeFormat.supportedLocalesOf(locale).length) return false;
      const march = new Intl.DateTimeFormat(locale, {month: 'long', weekday: 'long', timeZone: 'UTC'}).format(Date.UTC(2027, 2, 2));
      return !/\bM0?3\b/.test(march) && (locale.startsWith('en') || !/March|Tuesday/.test(march));
    }) ?? false
  );
}

/**
 * Dates for a locale this browser's `Intl` lacks come from date-words.ts, fetched with that
 * locale's language files (localization.ts) so pages in other languages do not carry them.
 */
type OwnWordsFormat = (lang: string, options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat;
let ownWordsFormat: OwnWordsFormat | undefined;

/** Called once date-words.ts has arrived. */
export function useOwnDateWords(format: OwnWordsFormat): void {
  ownWordsFormat = format;
  for (const key of [...cache.keys()]) if (key.startsWith('dtf|')) cache.delete(key);
}

/** A cached date formatter; an unknown `timeZone` falls back to the device's zone. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale = intlLocale()): Intl.DateTimeFormat {
  const key = `dtf|${locale}|${JSON.stringify(options)}`;
  const lang = locale.split('-')[0].toLowerCase();
  const own = ownWordsFormat;
  if (!intlKnows(locale) && own) return cached(key, () => own(lang, options))!;
  return (
    cached(key, () => new Intl.DateTimeFormat(locale, options)) ??
    cached(`${key}|no-zone`, () => new Intl.DateTimeFormat(locale, {...options, timeZone: undefined}))!
  );
}

/** A number in the page's locale ("1 234" in Polish). */
export function numberText(n: number, locale = intlLocale()): string {
  return cached(`nf|${locale}`, () => new Intl.NumberFormat(locale))?.format(n) ?? String(n);
}

/** A language's name ("Polish", "polski" in Polish), or the tag when the browser has none. */
export function languageName(tag: string, locale = getLocale()): string {
  try {
    return cached(`dn-language|${locale}`, () => new Intl.DisplayNames([locale], {type: 'language'}))?.of(tag) ?? tag;
  } catch {
    return tag; // not a tag
  }
}

/** A language's name in that language ("Polski", "العربية", "ትግርኛ"): our table first, then `Intl`, capitalised as a list item. */
export function nativeLanguageName(locale: string): string {
  if (ENDONYMS[locale]) return ENDONYMS[locale];
  const name = languageName(locale, locale);
  return name === locale ? locale : name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A country's name ("Polska" in Polish), or its code when the browser has none. */
export function regionName(code: string, locale = getLocale()): string {
  try {
    return cached(`dn-region|${locale}`, () => new Intl.DisplayNames([locale, 'en'], {type: 'region'}))?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** True when the browser knows `code` as a region (to list every country it can name). */
export function isRegion(code: string): boolean {
  return Boolean(cached('dn-region-known', () => new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'}))?.of(code));
}

/** "a, b and c" in the page's language (a plain comma list where the browser lacks the language: never an English "and"). */
export function listText(items: string[], locale = getLocale()): string {
  if (!intlKnows(locale)) return items.join(locale.startsWith('ar') || locale === 'ur' || locale === 'fa' ? '، ' : ', ');
  return cached(`lf|${locale}`, () => new Intl.ListFormat(locale, {type: 'conjunction'}))?.format(items) ?? items.join(', ');
}

/** Sorting in the page's language. */
export function collator(locale = getLocale()): Intl.Collator {
  return cached(`collator|${locale}`, () => new Intl.Collator(locale)) ?? new Intl.Collator();
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {other: () => string};

/** Picks the plural form for `n` in the page's language (Polish and Arabic have more than two). */
export function plural(n: number, forms: PluralForms): string {
  const locale = getLocale();
  // Tigrinya's rule (CLDR: one for 0 and 1) where the browser lacks it, rather than English's.
  if (locale === 'ti' && !cached('pr-known|ti', () => Intl.PluralRules.supportedLocalesOf('ti').length > 0)) {
    return ((n === 0 || n === 1 ? forms.one : undefined) ?? forms.other)();
  }
  const rules = cached(`pr|${locale}`, () => new Intl.PluralRules(locale));
  return (forms[rules?.select(n) ?? 'other'] ?? forms.other)();
}

const zones = new Map<string, boolean>();

/** True when this browser knows the IANA time zone (cached: the check builds a formatter). */
export function isTimeZone(tz: string): boolean {
  let ok = zones.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', {timeZone: tz});
      ok = true;
    } catch {
      ok = false;
    }
    zones.set(tz, ok);
  }
  return ok;
}

/** The device's own time zone, or UTC if it cannot say. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

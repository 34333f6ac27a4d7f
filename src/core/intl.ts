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
 * Month and weekday names (January…, Sunday…) for shipped locales some browsers' `Intl` lacks, so
 * a date is never in English words. Albanian, Tigrinya (Eritrean Gregorian names) and Punjabi (Gurmukhi) from CLDR;
 * any other locale a browser lacks gets a numeric date that needs no words.
 */
const DATE_WORDS: Record<string, {months: string[]; weekdays: string[]}> = {
  sq: {
    months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
    weekdays: ['e diel', 'e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë'],
  },
  ti: {
    months: ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'],
    weekdays: ['ሰንበት', 'ሰኑይ', 'ሠሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም'],
  },
  pa: {
    months: ['ਜਨਵਰੀ', 'ਫ਼ਰਵਰੀ', 'ਮਾਰਚ', 'ਅਪ੍ਰੈਲ', 'ਮਈ', 'ਜੂਨ', 'ਜੁਲਾਈ', 'ਅਗਸਤ', 'ਸਤੰਬਰ', 'ਅਕਤੂਬਰ', 'ਨਵੰਬਰ', 'ਦਸੰਬਰ'],
    weekdays: ['ਐਤਵਾਰ', 'ਸੋਮਵਾਰ', 'ਮੰਗਲਵਾਰ', 'ਬੁੱਧਵਾਰ', 'ਵੀਰਵਾਰ', 'ਸ਼ੁੱਕਰਵਾਰ', 'ਸ਼ਨਿੱਚਰਵਾਰ'],
  },
};

/**
 * A date formatter for a locale this browser's `Intl` lacks: British English's numbers and order
 * (day month year, 24-hour clock), with our month and weekday names and no English words between.
 */
function ownWordsFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const words = DATE_WORDS[lang];
  const opts: Intl.DateTimeFormatOptions = {...options, hourCycle: 'h23', hour12: undefined};
  if (!words) {
    // No words of our own: 02/03/2027, 09:30.
    if (opts.month) opts.month = '2-digit';
    if (opts.dateStyle) opts.dateStyle = 'short';
    delete opts.weekday;
    delete opts.era;
  }
  let base: Intl.DateTimeFormat;
  try {
    base = new Intl.DateTimeFormat('en-GB', opts);
  } catch {
    base = new Intl.DateTimeFormat('en-GB', {...opts, timeZone: undefined});
  }
  const zone = base.resolvedOptions().timeZone;
  // The month and weekday numbers of an instant in the formatter's zone.
  const numeric = new Intl.DateTimeFormat('en-US', {timeZone: zone, month: 'numeric', weekday: 'short'});
  const WEEK = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const word = (type: string, at: Date | number) => {
    const parts = numeric.formatToParts(at);
    if (type === 'month') return words.months[Number(parts.find((p) => p.type === 'month')!.value) - 1];
    return words.weekdays[WEEK.indexOf(parts.find((p) => p.type === 'weekday')!.value)];
  };
  const mapParts = (parts: Intl.DateTimeFormatPart[], at: (i: number) => Date | number) =>
    parts.map((p, i) => {
      if (words && ((p.type === 'month' && options.month && !/numeric|digit/.test(String(options.month))) || p.type === 'weekday')) {
        return {...p, value: word(p.type, at(i))};
      }
      if (p.type === 'literal' && /[A-Za-z]/.test(p.value)) return {...p, value: ', '}; // "at"
      return p;
    });
  const formatToParts = (d?: Date | number) => mapParts(base.formatToParts(d), () => d ?? Date.now());
  const format = (d?: Date | number) => formatToParts(d).map((p) => p.value).join('');
  const formatRangeToParts = (a: Date | number, b: Date | number) => {
    const parts = base.formatRangeToParts(a, b);
    return mapParts(parts, (i) => (parts[i].source === 'endRange' ? b : a));
  };
  return {
    format,
    formatToParts,
    formatRange: (a: Date | number, b: Date | number) => formatRangeToParts(a, b).map((p) => p.value).join(''),
    formatRangeToParts,
    resolvedOptions: () => ({...base.resolvedOptions(), locale: lang}),
  } as unknown as Intl.DateTimeFormat;
}

/** A cached date formatter; an unknown `timeZone` falls back to the device's zone. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale = intlLocale()): Intl.DateTimeFormat {
  const key = `dtf|${locale}|${JSON.stringify(options)}`;
  const lang = locale.split('-')[0].toLowerCase();
  if (!intlKnows(locale)) return cached(key, () => ownWordsFormat(lang, options))!;
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

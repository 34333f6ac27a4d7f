/**
 * Month and weekday names (January…, Sunday…) for shipped locales some browsers' `Intl` lacks, so
 * a date is never in English words: Albanian, Tigrinya (Eritrean Gregorian names) and Punjabi
 * (Gurmukhi) from CLDR; any other locale a browser lacks gets a numeric date that needs no words.
 * Fetched only by pages in such a locale, with its language files (localization.ts).
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
export function ownWordsFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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


import {expect} from '@open-wc/testing';
import {dateTimeFormat, intlKnows, listText, nativeLanguageName, plural, useOwnDateWords} from '../../src/core/intl.js';
import {setLocale} from '../../src/core/localization.js';

// Tuesday 2 March 2027, 09:30 to 12:30 UTC.
const start = Date.UTC(2027, 2, 2, 9, 30);
const end = Date.UTC(2027, 2, 2, 12, 30);
const LONG: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC'};
const ENGLISH = /March|Tuesday|Tue|Mar\b|\bat\b|AM|PM/;

describe('dates where the browser lacks the locale (sq, ti, pa)', () => {
  // A page in such a locale fetches these with its language files (localization.ts); here the formatter alone is tested.
  before(async () => useOwnDateWords((await import('../../src/core/date-words.js')).ownWordsFormat));

  it('records which of our locales this browser\'s Intl lacks', () => {
    const lacking = ['en', 'pl', 'ro', 'bg', 'lt', 'sq', 'vi', 'uk', 'ru', 'ar', 'ur', 'fa', 'bn', 'gu', 'pa', 'hi', 'zh-Hans', 'es', 'pt', 'ti', 'tr'].filter((l) => !intlKnows(l));
    console.log(`${navigator.userAgent.match(/(Chrome|Firefox)\/\d+/)?.[0]}: Intl lacks ${lacking.join(', ') || 'none of them'}`);
    expect(intlKnows('pl')).to.equal(true);
  });

  it('writes Albanian month and weekday names, never English words', () => {
    const text = dateTimeFormat(LONG, 'sq').format(start);
    expect(text).to.match(/mars/);
    expect(text).to.match(/e martë/);
    expect(text).to.contain('2027');
    expect(text).to.match(/9:30|09:30/);
    expect(text).not.to.match(ENGLISH);
    const range = dateTimeFormat(LONG, 'sq').formatRange(start, end);
    expect(range).to.match(/mars/);
    expect(range).to.match(/12:30/);
    expect(range).not.to.match(ENGLISH);
    expect(dateTimeFormat({month: 'long', year: 'numeric', timeZone: 'UTC'}, 'sq').format(start)).to.match(/mars 2027/);
  });

  it('writes Tigrinya month and weekday names in Ethiopic script, never English words', () => {
    const text = dateTimeFormat(LONG, 'ti').format(start);
    expect(text).to.contain('መጋቢት');
    expect(text).to.match(/ሠሉስ|ሰሉስ/);
    expect(text).not.to.match(ENGLISH);
    const range = dateTimeFormat(LONG, 'ti').formatRange(start, end);
    expect(range).to.contain('መጋቢት');
    expect(range).not.to.match(ENGLISH);
  });

  it('writes Punjabi months in Gurmukhi (Chromium claims pa but writes "M03")', () => {
    const text = dateTimeFormat(LONG, 'pa').format(start);
    expect(text).to.contain('ਮਾਰਚ');
    expect(text).not.to.match(/\bM0?3\b/);
    expect(text).not.to.match(/March|Tuesday/); // Firefox's own Punjabi data writes "AM"; that is CLDR's, not ours
  });

  it('names the languages in themselves and lists without an English "and"', () => {
    expect(nativeLanguageName('sq')).to.equal('Shqip');
    expect(nativeLanguageName('ti')).to.equal('ትግርኛ');
    expect(listText(['a', 'b', 'c'], 'ti')).not.to.contain('and');
    expect(listText(['a', 'b', 'c'], 'sq')).not.to.contain('and');
  });

  it('Tigrinya plurals follow its own rule (one for 0 and 1) even where the browser lacks it', async () => {
    await setLocale('ti');
    try {
      const forms = {one: () => 'one', other: () => 'other'};
      expect([0, 1, 2, 5].map((n) => plural(n, forms))).to.deep.equal(['one', 'one', 'other', 'other']);
    } finally {
      await setLocale('en');
    }
  });
});

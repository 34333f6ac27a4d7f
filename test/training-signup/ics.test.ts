import {expect, oneEvent} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {VERSION} from '../../src/core/version.js';
import {buildIcs, escapeText, foldLine, icsDate, icsFileName} from '../../src/training-signup/ics.js';
import {endpointFor, newBucket, stored} from '../helpers.js';
import {$, fill, submit, widget} from './support.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Physical lines, checking CRLF on the way: no bare CR or LF anywhere, CRLF at the very end. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const l of lines) expect(/[\r\n]/.test(l), `bare CR or LF in ${JSON.stringify(l)}`).to.equal(false);
  return lines;
}

/** RFC 5545 unfolding: a CRLF followed by one space is removed. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');

const EVENT = {
  id: 'feb-police',
  start: Date.parse('2027-03-29T10:00:00+01:00'),
  end: Date.parse('2027-03-29T12:30:00+01:00'),
  stamp: Date.parse('2027-01-15T12:34:56.789Z'),
  summary: 'Spot the signs',
  domain: 'council.example.org',
};

describe('hope-training-signup: the calendar file (RFC 5545)', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('is exactly these lines for a simple session, with UTC times (10:00 BST = 09:00Z)', () => {
    const lines = physicalLines(buildIcs(EVENT));
    expect(lines).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:-//hope-widgets//training-signup ${VERSION}//EN`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:training-feb-police@council.example.org',
      'DTSTAMP:20270115T123456Z',
      'DTSTART:20270329T090000Z',
      'DTEND:20270329T113000Z',
      'SUMMARY:Spot the signs',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('writes times in UTC from any offset', () => {
    expect(icsDate(Date.parse('2027-03-01T09:00:00Z'))).to.equal('20270301T090000Z');
    expect(icsDate(Date.parse('2027-07-01T09:00:00-04:00'))).to.equal('20270701T130000Z');
    expect(icsDate(Date.parse('2027-12-31T23:30:00-01:00'))).to.equal('20280101T003000Z');
  });

  it('escapes backslashes, semicolons, commas and new lines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const lines = unfold(buildIcs({...EVENT, summary: 'Spot the signs, part 1; Q&A', location: 'Hall 2\n1 Example Street, Leicester'}));
    expect(lines).to.include('SUMMARY:Spot the signs\\, part 1\\; Q&A');
    expect(lines).to.include('LOCATION:Hall 2\\n1 Example Street\\, Leicester');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const description = 'Szkolenie dla pracowników: jak rozpoznać wyzysk. ' + 'مرحبا بكم في التدريب. ' + '🧑‍🏫 '.repeat(12) + 'x'.repeat(200);
    const ics = buildIcs({...EVENT, description});
    const lines = physicalLines(ics);
    for (const l of lines) {
      expect(octets(l), l).to.be.at.most(75);
      expect(LONE_SURROGATE.test(l), `split surrogate in ${l}`).to.equal(false);
    }
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).to.be.greaterThan(3);
    expect(unfold(ics)).to.include(`DESCRIPTION:${escapeText(description)}`);
    // A line that is exactly 75 octets stays whole; 76 folds.
    expect(foldLine('X'.repeat(75))).to.equal('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).to.equal(`${'X'.repeat(75)}\r\n X`);
    // A 3-octet character that would cross the limit moves whole to the next line.
    expect(foldLine('X'.repeat(73) + '€')).to.equal(`${'X'.repeat(73)}\r\n €`);
  });

  it('keeps the same UID for the same session (a second download updates the first) and a new DTSTAMP', () => {
    const a = unfold(buildIcs(EVENT));
    const b = unfold(buildIcs({...EVENT, stamp: EVENT.stamp + 86400_000, summary: 'Renamed'}));
    const c = unfold(buildIcs({...EVENT, id: 'another session'}));
    const uid = (lines: string[]) => lines.find((l) => l.startsWith('UID:'));
    expect(uid(a)).to.equal(uid(b));
    expect(uid(c)).to.equal('UID:training-another%20session@council.example.org');
    expect(a.find((l) => l.startsWith('DTSTAMP:'))).not.to.equal(b.find((l) => l.startsWith('DTSTAMP:')));
  });

  it('names the organiser with a quoted common name', () => {
    const lines = unfold(buildIcs({...EVENT, organiser: {name: 'Example "Board", Leicester; UK', email: 'a@example.org'}}));
    expect(lines).to.include('ORGANIZER;CN="Example Board, Leicester; UK":mailto:a@example.org');
  });

  it('gives the download a safe file name', () => {
    expect(icsFileName('feb-police')).to.equal('training-feb-police.ics');
    expect(icsFileName('../../etc/passwd')).to.equal('training--etc-passwd.ics');
  });

  it('after booking, "Add to calendar" downloads this file, made in the browser, line by line', async () => {
    const bucket = newBucket();
    const el = await widget({session: 'feb-police', endpoint: endpointFor(bucket)});
    await fill(el);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    await el.updateComplete;
    const [record] = await stored(bucket);
    const link = $<HTMLAnchorElement>(el, '[part~=calendar-link]')!;
    expect(link.download).to.equal('training-feb-police.ics');
    const res = await fetch(link.href);
    expect(res.headers.get('content-type')).to.contain('text/calendar');
    const ics = await res.text();
    for (const l of physicalLines(ics)) expect(octets(l)).to.be.at.most(75);
    const lines = unfold(ics);
    expect(lines.slice(0, 6)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//hope-widgets//training-signup ${VERSION}//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
    expect(lines[6]).to.equal(`UID:training-feb-police@${location.hostname}`);
    expect(lines[7]).to.match(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(lines[8]).to.equal('DTSTART:20270210T090000Z');
    expect(lines[9]).to.equal('DTEND:20270210T120000Z');
    expect(lines[10]).to.equal('SUMMARY:Briefing for police');
    expect(lines[11]).to.equal(`DESCRIPTION:Booking reference: ${record.reference}`);
    expect(lines[12]).to.equal('LOCATION:Example Hall\\, 1 Example Street\\nLeicester\\, LE1 0AA');
    expect(lines.slice(13)).to.deep.equal(['STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']);
  });
});

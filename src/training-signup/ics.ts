/**
 * An iCalendar file (RFC 5545) for one booked session, made in the browser: UTC times, escaped
 * text, lines folded at 75 octets without splitting a character, CRLF line ends, and a UID
 * that stays the same for the same session so a second download updates the first.
 */
import {msg, str} from '@lit/localize';
import {VERSION} from '../core/version.js';
import {clock} from '../core/clock.js';
import type {Entry} from './feed.js';

export interface CalendarEvent {
  /** The session id (the UID is made from it). */
  id: string;
  start: number;
  end: number;
  /** When the file was made (DTSTAMP). */
  stamp: number;
  summary: string;
  description?: string;
  location?: string;
  organiser?: {name: string; email?: string};
  /** Where the UID is unique (the host page's host name). */
  domain?: string;
}

/** `20270301T090000Z` */
export function icsDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, new line. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** A parameter value (CN=…): quoted, with the characters a quoted value cannot hold removed. */
function paramValue(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a quoted value
  return `"${s.replace(/["\r\n\x00-\x1f]/g, '')}"`;
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds one content line at 75 octets: continuation lines start with one space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

export function buildIcs(ev: CalendarEvent): string {
  const uid = `training-${encodeURIComponent(ev.id)}@${ev.domain || 'hope-widgets'}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//hope-widgets//training-signup ${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${icsDate(ev.stamp)}`,
    `DTSTART:${icsDate(ev.start)}`,
    `DTEND:${icsDate(ev.end)}`,
    `SUMMARY:${escapeText(ev.summary)}`,
  ];
  if (ev.description) lines.push(`DESCRIPTION:${escapeText(ev.description)}`);
  if (ev.location) lines.push(`LOCATION:${escapeText(ev.location)}`);
  if (ev.organiser?.email) lines.push(`ORGANIZER;CN=${paramValue(ev.organiser.name)}:mailto:${ev.organiser.email}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A safe file name for the download: `training-<id>.ics`. */
export function icsFileName(id: string): string {
  return `training-${id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'session'}.ics`;
}

/** The calendar file of a booked session, with the reference and how to join, as a download link's object URL. */
export function sessionCalendar(e: Entry, reference: string, location: string): {url: string; name: string} {
  const o = e.s.organiser;
  const text = buildIcs({
    id: e.s.id,
    start: e.start,
    end: e.end,
    stamp: clock.now(),
    summary: e.s.title,
    description: [
      e.s.description,
      msg(str`Booking reference: ${reference}`, {id: 'training-signup.ics.reference'}),
      e.s.format !== 'in-person' ? msg('The joining link is sent to you by the organiser.', {id: 'training-signup.ics.joining'}) : '',
      o ? [o.name, o.email, o.phone].filter(Boolean).join(', ') : '',
    ].filter(Boolean).join('\n\n'),
    location,
    organiser: o,
    domain: globalThis.location?.hostname,
  });
  return {url: URL.createObjectURL(new Blob([text], {type: 'text/calendar;charset=utf-8'})), name: icsFileName(e.s.id)};
}

/**
 * The formatted texts of a session card (when, where, who for, language, book by), cached for the
 * current language and time zone: formatting 500 dates on every render would be slow.
 */
import {msg, str} from '@lit/localize';
import {intlLocale, languageName, listText} from '../core/intl.js';
import type {Entry, TrainingSession} from './feed.js';
import {audienceLabel, formatLabel} from './labels.js';
import {instantText, monthText, rangeText, sameWallTime} from './time.js';

export interface CardText {
  when: string;
  /** The same in the session's own time zone, when its clock times differ. */
  local?: string;
  month: string;
  audience: string;
  language?: string;
  bookBy?: string;
}

export class SessionTexts {
  private texts = new WeakMap<Entry, CardText>();
  /** The language and zone the cached texts are in (part of the list's render key). */
  key = '';

  get(e: Entry, zone: string): CardText {
    const key = `${intlLocale()}|${zone}`;
    if (key !== this.key) {
      this.key = key;
      this.texts = new WeakMap();
    }
    let t = this.texts.get(e);
    if (!t) {
      const s = e.s;
      t = {
        when: rangeText(e.start, e.end, zone),
        local: sameWallTime(e.start, e.end, zone, s.timeZone) ? undefined : rangeText(e.start, e.end, s.timeZone),
        month: monthText(e.start, zone),
        audience: listText(s.audience.map(audienceLabel)),
        language: s.language && languageName(s.language),
        bookBy: e.closes < e.start ? instantText(e.closes, zone) : undefined,
      };
      this.texts.set(e, t);
    }
    return t;
  }
}

/** Where the session is, as one line (for the calendar file). */
export function placeText(s: TrainingSession): string {
  const venue = s.venue ? [s.venue.name, s.venue.address, s.venue.postcode].filter(Boolean).join(', ') : '';
  const online = s.platform ? `${formatLabel('online')} (${s.platform})` : formatLabel('online');
  return s.format === 'online' ? online : s.format === 'hybrid' ? `${venue} / ${online}` : venue;
}

export const capacityText = (capacity: number) => msg(str`Up to ${capacity} people`, {id: 'training-signup.capacity'});
export const shownText = (shown: number, total: number) => msg(str`${shown} of ${total} shown`, {id: 'training-signup.list.shown'});

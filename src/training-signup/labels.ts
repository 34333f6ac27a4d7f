/**
 * Words for the feed's ids (formats, audiences) and the form's sectors, and plurals. Functions
 * called at render time, never module-level `msg()` constants (they would freeze the locale).
 * Plurals go through core/intl.ts.
 */
import {msg, str} from '@lit/localize';
import {plural} from '../core/intl.js';
import type {SessionFormat} from './feed.js';

export function formatLabel(f: SessionFormat): string {
  return f === 'online'
    ? msg('Online', {id: 'training-signup.format.online'})
    : f === 'in-person'
      ? msg('In person', {id: 'training-signup.format.in-person'})
      : msg('In person or online (you choose)', {id: 'training-signup.format.hybrid'});
}

/** Audience ids the widget translates; others are shown as written. */
export function audienceLabel(id: string): string {
  switch (id) {
    case 'public':
      return msg('Everyone (open to the public)', {id: 'training-signup.audience.public'});
    case 'businesses':
      return msg('Businesses and employers', {id: 'training-signup.audience.businesses'});
    case 'volunteers':
      return msg('Volunteers', {id: 'training-signup.audience.volunteers'});
    case 'professionals':
      return msg('Professionals in any sector', {id: 'training-signup.audience.professionals'});
    case 'police':
      return msg('Police', {id: 'training-signup.audience.police'});
    case 'health':
      return msg('Health services', {id: 'training-signup.audience.health'});
    case 'social-care':
      return msg('Social care', {id: 'training-signup.audience.social-care'});
    case 'housing':
      return msg('Housing', {id: 'training-signup.audience.housing'});
    case 'education':
      return msg('Schools and education', {id: 'training-signup.audience.education'});
    case 'local-authority':
      return msg('Council staff', {id: 'training-signup.audience.local-authority'});
    case 'charities':
      return msg('Charities and community groups', {id: 'training-signup.audience.charities'});
    default:
      return id.replace(/-/g, ' ');
  }
}

export const SECTORS = [
  'public', 'volunteer', 'business', 'police', 'health', 'social-care', 'housing', 'education', 'local-authority', 'charity', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export function sectorLabel(s: Sector): string {
  switch (s) {
    case 'public':
      return msg('A member of the public', {id: 'training-signup.sector.public'});
    case 'volunteer':
      return msg('A volunteer', {id: 'training-signup.sector.volunteer'});
    case 'business':
      return msg('I work for a business or employer', {id: 'training-signup.sector.business'});
    case 'police':
      return msg('Police', {id: 'training-signup.sector.police'});
    case 'health':
      return msg('Health services', {id: 'training-signup.sector.health'});
    case 'social-care':
      return msg('Social care', {id: 'training-signup.sector.social-care'});
    case 'housing':
      return msg('Housing', {id: 'training-signup.sector.housing'});
    case 'education':
      return msg('Education', {id: 'training-signup.sector.education'});
    case 'local-authority':
      return msg('Local council', {id: 'training-signup.sector.local-authority'});
    case 'charity':
      return msg('A charity or community group', {id: 'training-signup.sector.charity'});
    case 'other':
      return msg('Something else', {id: 'training-signup.sector.other'});
  }
}

export function placesLeft(n: number): string {
  return plural(n, {
    one: () => msg(str`${n} place left`, {id: 'training-signup.places-left.one'}),
    two: () => msg(str`${n} places left`, {id: 'training-signup.places-left.two'}),
    few: () => msg(str`${n} places left`, {id: 'training-signup.places-left.few'}),
    many: () => msg(str`${n} places left`, {id: 'training-signup.places-left.many'}),
    other: () => msg(str`${n} places left`, {id: 'training-signup.places-left.other'}),
  });
}

export function sessionCount(n: number): string {
  return plural(n, {
    one: () => msg(str`${n} session`, {id: 'training-signup.count.one'}),
    two: () => msg(str`${n} sessions`, {id: 'training-signup.count.two'}),
    few: () => msg(str`${n} sessions`, {id: 'training-signup.count.few'}),
    many: () => msg(str`${n} sessions`, {id: 'training-signup.count.many'}),
    other: () => msg(str`${n} sessions`, {id: 'training-signup.count.other'}),
  });
}

// Words used in more than one place (one msg() call each, so each id appears once).
export const backText = () => msg('Back to all sessions', {id: 'training-signup.back'});
export const bookText = () => msg('Book a place', {id: 'training-signup.book'});
export const waitingListText = () => msg('Join the waiting list', {id: 'training-signup.join-waiting-list'});
export const closedText = () => msg('Booking for this session has closed.', {id: 'training-signup.closed'});
export const placesText = () => msg('Places', {id: 'training-signup.fact.places'});

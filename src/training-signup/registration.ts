/**
 * The registration form's answers: checking them (GOV.UK error wording), turning them into the
 * `hope-widgets/training-signup@1` data, and mapping a server's JSON pointers back to fields.
 */
import {msg, str} from '@lit/localize';
import type {FieldError} from '../core/form-kit.js';
import {EMAIL, PHONE, type Entry} from './feed.js';
import type {Sector} from './labels.js';

export interface Answers {
  name: string;
  email: string;
  phone: string;
  sector: Sector | '';
  organisation: string;
  role: string;
  heard: string;
  requirements: string;
  consentContact: boolean;
  consentFuture: boolean;
}

export const emptyAnswers = (): Answers => ({
  name: '', email: '', phone: '', sector: '', organisation: '', role: '', heard: '', requirements: '',
  consentContact: false, consentFuture: false,
});

/** Control ids in the shadow root, by answer. */
export const FIELD_IDS: Record<keyof Answers, string> = {
  name: 'ts-name', email: 'ts-email', phone: 'ts-phone', sector: 'ts-sector', organisation: 'ts-organisation',
  role: 'ts-role', heard: 'ts-heard', requirements: 'ts-requirements', consentContact: 'ts-consent-contact',
  consentFuture: 'ts-consent-future',
};

const POINTERS: Record<string, keyof Answers> = {
  '/data/attendee/name': 'name',
  '/data/attendee/email': 'email',
  '/data/attendee/phone': 'phone',
  '/data/attendee/sector': 'sector',
  '/data/attendee/organisation': 'organisation',
  '/data/attendee/role': 'role',
  '/data/attendee/heardFrom': 'heard',
  '/data/attendee/requirements': 'requirements',
  '/data/consent/contactAboutSession': 'consentContact',
};

export const fieldForPointer = (pointer: string): string | undefined => {
  const key = POINTERS[pointer];
  return key && FIELD_IDS[key];
};

/** Organisation is asked of everyone except members of the public. */
export const needsOrganisation = (a: Answers) => a.sector !== '' && a.sector !== 'public';

/**
 * The email as the receiver's schema wants it: trimmed, and an internationalised domain
 * (`przykład.pl`) in its ASCII form, which the browser's URL parser gives us.
 */
export function asciiEmail(value: string): string {
  const v = value.trim();
  const at = v.lastIndexOf('@');
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no conversion
  if (at < 1 || /^[\x00-\x7f]*$/.test(v)) return v;
  try {
    return v.slice(0, at + 1) + new URL(`http://${v.slice(at + 1)}`).hostname;
  } catch {
    return v;
  }
}

/** 7–15 digits, with an optional leading + and spaces, brackets or hyphens. */
export function validPhone(value: string): boolean {
  const v = value.trim();
  const digits = v.replace(/\D/g, '').length;
  return PHONE.test(v) && digits >= 7 && digits <= 15;
}

const tooLong = (max: number) => msg(str`This answer must be ${max} characters or fewer`, {id: 'training-signup.error.too-long'});
const length = (s: string) => [...s.trim()].length;

export function validateAnswers(a: Answers, waitingList: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const add = (key: keyof Answers, message: string) => errors.push({field: FIELD_IDS[key], message});
  const limit = (key: 'name' | 'organisation' | 'role' | 'heard', max = 200) => length(a[key]) > max && add(key, tooLong(max));

  if (!a.name.trim()) add('name', msg('Enter your full name', {id: 'training-signup.error.name'}));
  else limit('name');
  if (!a.email.trim()) add('email', msg('Enter your email address', {id: 'training-signup.error.email'}));
  else if (!EMAIL.test(asciiEmail(a.email)) || asciiEmail(a.email).length > 320)
    add('email', msg('Enter an email address in the correct format, like name@example.com', {id: 'training-signup.error.email-format'}));
  if (a.phone.trim() && !validPhone(a.phone))
    add('phone', msg('Enter a telephone number of 7 to 15 digits, like 020 7946 0123 or +44 20 7946 0123', {id: 'training-signup.error.phone'}));
  if (!a.sector) add('sector', msg('Select which best describes you', {id: 'training-signup.error.sector'}));
  if (needsOrganisation(a) && !a.organisation.trim())
    add('organisation', msg('Enter the name of your organisation', {id: 'training-signup.error.organisation'}));
  else limit('organisation');
  limit('role');
  limit('heard');
  if (length(a.requirements) > 2000) add('requirements', tooLong(2000));
  if (!a.consentContact) {
    add(
      'consentContact',
      waitingList
        ? msg('Tick the box to agree to be contacted about this session, so the organiser can offer you a place', {id: 'training-signup.error.consent-waiting'})
        : msg('Tick the box to agree to be contacted about this session, so the organiser can confirm your place', {id: 'training-signup.error.consent'}),
    );
  }
  return errors;
}

export interface SignupData {
  session: {id: string; title: string; start: string; end: string};
  waitingList: boolean;
  attendee: {
    name: string;
    email: string;
    phone?: string;
    sector: Sector;
    organisation?: string;
    role?: string;
    heardFrom?: string;
    requirements?: string;
  };
  consent: {contactAboutSession: true; futureTraining: boolean};
}

export function toData(e: Entry, a: Answers, waitingList: boolean): SignupData {
  const opt = (v: string) => v.trim() || undefined;
  const attendee: SignupData['attendee'] = {name: a.name.trim(), email: asciiEmail(a.email), sector: a.sector as Sector};
  const extra = {
    phone: opt(a.phone),
    organisation: opt(a.organisation),
    role: opt(a.role),
    heardFrom: opt(a.heard),
    requirements: opt(a.requirements),
  };
  for (const [k, v] of Object.entries(extra)) if (v) (attendee as unknown as Record<string, string>)[k] = v;
  return {
    session: {id: e.s.id, title: e.s.title, start: e.s.start, end: e.s.end},
    waitingList,
    attendee,
    consent: {contactAboutSession: true, futureTraining: a.consentFuture},
  };
}

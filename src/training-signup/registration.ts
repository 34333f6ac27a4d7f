/**
 * The registration form's answers: checking them (GOV.UK error wording), turning them into the
 * `hope-widgets/training-signup@1` data, and mapping a server's JSON pointers back to fields.
 */
import type {TrainingSignupData} from '../wire/index.js';
import {msg} from '@lit/localize';
import type {FieldError} from '../core/form-kit.js';
import {checkText} from '../core/form-kit.js';
import {asciiEmail, tidyPhone, tooLong, validEmail, validPhone} from '../core/validators.js';
import type {Entry} from './feed.js';
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


export function validateAnswers(a: Answers, waitingList: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const add = (key: keyof Answers, message: string) => errors.push({field: FIELD_IDS[key], message});
  const limit = (key: 'name' | 'organisation' | 'role' | 'heard' | 'requirements', max = 200) => tooLong(a[key], max) && add(key, checkText.tooLong(max));

  if (!a.name.trim()) add('name', msg('Enter your full name', {id: 'training-signup.error.name'}));
  else limit('name');
  if (!a.email.trim()) add('email', msg('Enter your email address', {id: 'training-signup.error.email'}));
  else if (!validEmail(a.email)) add('email', checkText.email());
  if (a.phone.trim() && !validPhone(a.phone)) add('phone', checkText.phone());
  if (!a.sector) add('sector', msg('Select which best describes you', {id: 'training-signup.error.sector'}));
  if (needsOrganisation(a) && !a.organisation.trim())
    add('organisation', msg('Enter the name of your organisation', {id: 'training-signup.error.organisation'}));
  else limit('organisation');
  limit('role');
  limit('heard');
  limit('requirements', 2000);
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

/** What a booking sends (schemas/training-signup.schema.json): the wire type. */
export type SignupData = TrainingSignupData;

export function toData(e: Entry, a: Answers, waitingList: boolean): SignupData {
  const opt = (v: string) => v.trim() || undefined;
  const attendee: SignupData['attendee'] = {name: a.name.trim(), email: asciiEmail(a.email), sector: a.sector as Sector};
  const extra = {
    phone: opt(tidyPhone(a.phone)),
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

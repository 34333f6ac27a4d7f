/**
 * Every word of the report form, from functions called at render time (a locale switched after
 * load translates them). Explicit ids, so that safety wording survives English edits.
 * Numbers go through `Intl` in the page's locale.
 */
import {msg, str} from '@lit/localize';
import {numberText} from '../core/intl.js';
import {checkText} from '../core/form-kit.js';
import type {Field, Problem} from './answers.js';

/** A number in the page's locale. */
export const num = (n: number): string => numberText(n);
const pick = (v: string, m: Record<string, () => string>) => m[v]?.() ?? v;

export const w = {
  progress: (n: number, of: number) => {
    const [step, total] = [num(n), num(of)];
    return msg(str`Question ${step} of ${total}`, {id: 'report-concern.progress'});
  },
  back: () => msg('Back', {id: 'report-concern.back'}),
  continue: () => msg('Continue', {id: 'report-concern.continue'}),
  optional: () => msg('(optional)', {id: 'report-concern.optional'}),
  allOptional: () => msg('Tell us as much as you know. Every question on this page is optional.', {id: 'report-concern.all-optional'}),
  yes: () => msg('Yes', {id: 'report-concern.yes'}),
  no: () => msg('No', {id: 'report-concern.no'}),
  dontKnow: () => msg('I do not know', {id: 'report-concern.dont-know'}),

  // 1. Danger
  danger: () => msg('Are you or someone else in immediate danger?', {id: 'report-concern.danger.heading'}),
  dangerHint: () => msg('For example, someone is hurt, locked in or being threatened right now.', {id: 'report-concern.danger.hint'}),
  callNow: () => msg('Call the emergency services now', {id: 'report-concern.emergency.heading'}),
  call: () => msg('Call', {id: 'report-concern.emergency.call'}),
  textRelay: () => msg('If you are deaf, hard of hearing or cannot speak, use text relay:', {id: 'report-concern.emergency.text-relay'}),
  emergencySms: () => msg('If you have registered for emergencySMS, you can send a text message to', {id: 'report-concern.emergency.sms'}),
  noNumber: (country: string) =>
    msg(str`We do not have a checked emergency number for ${country}. Call your local emergency number now.`, {id: 'report-concern.emergency.none'}),
  afterEmergency: () => msg('When you are safe, you can continue and tell us what is happening.', {id: 'report-concern.emergency.continue'}),

  // 2. Types
  types: () => msg('What kind of exploitation do you think it is?', {id: 'report-concern.types.heading'}),
  typesHint: () => msg('Select all that apply. If you are not sure, select ‘I am not sure’.', {id: 'report-concern.types.hint'}),

  // 3. What was seen
  seen: () => msg('What did you see or hear?', {id: 'report-concern.seen.heading'}),
  description: () => msg('Describe what you saw or heard', {id: 'report-concern.description.label'}),
  descriptionHint: () =>
    msg('What happened, who was there, and anything that worried you. You can write in any language.', {id: 'report-concern.description.hint'}),
  limit: (n: number) => {
    const max = num(n);
    return msg(str`You can write up to ${max} characters.`, {id: 'report-concern.description.limit'});
  },
  left: (n: number) => {
    const left = num(n);
    return msg(str`Characters left: ${left}`, {id: 'report-concern.description.left'});
  },
  over: (n: number) => {
    const over = num(n);
    return msg(str`Characters over the limit: ${over}`, {id: 'report-concern.description.over'});
  },
  signs: () => msg('Signs you noticed', {id: 'report-concern.signs.label'}),
  signsOpen: () => msg('Choose signs from a list (optional)', {id: 'report-concern.signs.open'}),

  // 4. Where
  where: () => msg('Where did it happen?', {id: 'report-concern.where.heading'}),
  address: () => msg('Address, or how to find the place', {id: 'report-concern.where.address'}),
  town: () => msg('Town or city', {id: 'report-concern.where.town'}),
  postcode: () => msg('Postcode', {id: 'report-concern.where.postcode'}),
  postcodeCheck: () =>
    msg('This does not look like a UK postcode. Check it, or leave it as it is if the place is outside the UK.', {id: 'report-concern.where.postcode-check'}),
  business: () => msg('Name of the business', {id: 'report-concern.where.business'}),
  placeType: () => msg('Type of place', {id: 'report-concern.where.place-type'}),
  choosePlace: () => msg('Choose a type of place', {id: 'report-concern.where.place-type-none'}),

  // 5. When
  when: () => msg('When did it happen?', {id: 'report-concern.when.heading'}),
  date: () => msg('Date', {id: 'report-concern.when.date'}),
  dateHint: () => msg('The last time you saw or heard it.', {id: 'report-concern.when.date-hint'}),
  ongoing: () => msg('It is still happening', {id: 'report-concern.when.ongoing'}),
  timeOfDay: () => msg('Time of day', {id: 'report-concern.when.time'}),
  time: (v: string) =>
    pick(v, {
      morning: () => msg('Morning', {id: 'report-concern.time.morning'}),
      afternoon: () => msg('Afternoon', {id: 'report-concern.time.afternoon'}),
      evening: () => msg('Evening', {id: 'report-concern.time.evening'}),
      night: () => msg('Night', {id: 'report-concern.time.night'}),
    }),

  // 6. People
  people: () => msg('The people involved', {id: 'report-concern.people.heading'}),
  count: () => msg('How many people might be exploited?', {id: 'report-concern.people.count'}),
  /** `1`, `2-5`, `more-than-50`, `unknown` in words. */
  countValue: (v: string) => {
    if (v === 'unknown') return w.dontKnow();
    const [from, to] = v.replace('more-than-', '').split('-').map((x) => num(+x));
    if (v.startsWith('more')) return msg(str`More than ${from}`, {id: 'report-concern.people.more-than'});
    return to ? msg(str`${from} to ${to}`, {id: 'report-concern.people.range'}) : from;
  },
  victims: () => msg('Describe the people who might be exploited', {id: 'report-concern.people.victims'}),
  victimsHint: () => msg('For example, their age, nationality, language, clothes or injuries.', {id: 'report-concern.people.victims-hint'}),
  controllers: () => msg('Describe anyone who seems to be controlling them', {id: 'report-concern.people.controllers'}),
  vehicles: () => msg('Vehicles', {id: 'report-concern.people.vehicles'}),
  vehiclesHint: () => msg('For example, the make, colour and number plate.', {id: 'report-concern.people.vehicles-hint'}),

  // 7. About you
  you: () => msg('About you', {id: 'report-concern.you.heading'}),
  relationship: () => msg('How do you know about this?', {id: 'report-concern.you.relationship'}),
  relation: (v: string) =>
    pick(v, {
      affected: () => msg('It is happening to me', {id: 'report-concern.relationship.affected'}),
      'work-there': () => msg('I work there', {id: 'report-concern.relationship.work-there'}),
      public: () => msg('I am a member of the public', {id: 'report-concern.relationship.public'}),
      professional: () =>
        msg('Through my job, for example as a health worker, teacher or police officer', {id: 'report-concern.relationship.professional'}),
    }),
  privacy: () => msg('Do you want to give your name and contact details?', {id: 'report-concern.you.privacy'}),
  privacyChoice: (v: string): [string, string] =>
    (<Record<string, () => [string, string]>>{
      anonymous: (): [string, string] => [
        msg('No, stay anonymous', {id: 'report-concern.privacy.anonymous'}),
        msg('You do not give your name or contact details, so nobody can contact you about this report.', {id: 'report-concern.privacy.anonymous-hint'}),
      ],
      confidential: (): [string, string] => [
        msg('Yes, but keep them confidential', {id: 'report-concern.privacy.confidential'}),
        msg('Only the organisation that receives this report will know who you are.', {id: 'report-concern.privacy.confidential-hint'}),
      ],
      share: (): [string, string] => [
        msg('Yes, and they may share them', {id: 'report-concern.privacy.share'}),
        msg('The organisation may pass your details to others who can help, such as the police.', {id: 'report-concern.privacy.share-hint'}),
      ],
    })[v]!(),
  honest: () =>
    msg('Even if you stay anonymous, the website that receives the report may see your internet (IP) address, and what you write may show who you are.', {
      id: 'report-concern.privacy.honest',
    }),
  privacyLink: () => msg('How your information is used (opens in a new tab)', {id: 'report-concern.privacy.link'}),
  name: () => msg('Your name', {id: 'report-concern.you.name'}),
  phone: () => msg('Phone number', {id: 'report-concern.you.phone'}),
  email: () => msg('Email address', {id: 'report-concern.you.email'}),
  contactHint: () => msg('Give a phone number, an email address or both.', {id: 'report-concern.you.contact-hint'}),
  safe: () => msg('Is it safe for the organisation to contact you?', {id: 'report-concern.you.safe'}),
  safeHint: () => msg('For example, could someone else read your messages or answer your phone?', {id: 'report-concern.you.safe-hint'}),
  unsafe: () => msg('The organisation will not contact you. You can contact them or the helpline yourself when it is safe.', {id: 'report-concern.you.unsafe'}),
  channel: () => msg('How should they contact you?', {id: 'report-concern.you.channel'}),
  channelValue: (v: string) =>
    pick(v, {
      phone: () => msg('Phone call', {id: 'report-concern.channel.phone'}),
      sms: () => msg('Text message', {id: 'report-concern.channel.sms'}),
      email: () => msg('Email', {id: 'report-concern.channel.email'}),
    }),
  times: () => msg('When is it safe to contact you?', {id: 'report-concern.you.times'}),
  timesHint: () => msg('For example, weekdays after 6pm.', {id: 'report-concern.you.times-hint'}),
  language: () => msg('Which language would you like to use?', {id: 'report-concern.you.language'}),

  // 8. Check, send, confirmation
  check: () => msg('Check your answers before sending', {id: 'report-concern.check.heading'}),
  change: () => msg('Change', {id: 'report-concern.check.change'}),
  notAnswered: () => msg('Not answered', {id: 'report-concern.check.not-answered'}),
  send: () => msg('Send report', {id: 'report-concern.check.send'}),
  sent: () => msg('Report sent', {id: 'report-concern.done.title'}),
  next: () =>
    msg('The organisation will read your report and decide what to do. If you contact them about it, give them your reference.', {
      id: 'report-concern.done.next',
    }),
  again: () => msg('Start a new report', {id: 'report-concern.done.again'}),
};

/** Our own words for a problem with a field (never a validator's). */
export function problemText(field: Field, problem: Problem, max = 0): string {
  switch (problem) {
    case 'too-long':
      return checkText.tooLong(max);
    case 'date':
      return msg('Enter a real date that is today or in the past', {id: 'report-concern.error.date'});
    case 'contact':
      return msg('Enter a phone number or an email address, or choose to stay anonymous', {id: 'report-concern.error.contact'});
    case 'phone':
      return checkText.phone();
    case 'email':
      return checkText.email();
  }
  switch (field) {
    case 'danger':
      return msg('Select yes if you or someone else is in immediate danger', {id: 'report-concern.error.danger'});
    case 'types':
      return msg('Select what kind of exploitation you think it is, or ‘I am not sure’', {id: 'report-concern.error.types'});
    case 'safeToContact':
      return msg('Select yes if it is safe for the organisation to contact you', {id: 'report-concern.error.safe'});
    default:
      return msg('Enter a description of what you saw or heard', {id: 'report-concern.error.description'});
  }
}

/**
 * What the person has answered, which step asks what, the checks run when they try to continue,
 * and the `hope-widgets/report-concern@1` data built from it (schemas/report-concern.schema.json).
 * No Lit and no words here: messages come from ./words.ts at render time.
 */
import {EXPLOITATION_TYPES} from '../core/vocabulary.js';
import {INDICATOR_IDS} from '../indicators/catalogue.js';
import {PLACE_TYPES} from '../indicators/places.js';
import {asciiEmail, tidyPhone, tooLong, validEmail, validPhone} from '../core/validators.js';

export const STEPS = ['danger', 'types', 'seen', 'where', 'when', 'people', 'you', 'check'] as const;
export type Step = (typeof STEPS)[number];

export interface Answers {
  danger: '' | 'yes' | 'no';
  types: string[];
  indicators: string[];
  description: string;
  address: string;
  town: string;
  postcode: string;
  businessName: string;
  placeType: string;
  date: string;
  ongoing: boolean;
  timeOfDay: string;
  count: string;
  victims: string;
  controllers: string;
  vehicles: string;
  privacy: 'anonymous' | 'confidential' | 'share';
  relationship: string;
  name: string;
  phone: string;
  email: string;
  safeToContact: '' | 'yes' | 'no';
  channel: string;
  times: string;
  language: string;
}

export type Field = keyof Answers;

export const emptyAnswers = (): Answers => ({
  danger: '', types: [], indicators: [], description: '',
  address: '', town: '', postcode: '', businessName: '', placeType: '',
  date: '', ongoing: false, timeOfDay: '',
  count: '', victims: '', controllers: '', vehicles: '',
  privacy: 'anonymous', relationship: '', name: '', phone: '', email: '', safeToContact: '', channel: '', times: '', language: '',
});

/** Each field: its step, its path under `/data/` in the payload, and its longest accepted length. */
export const FIELDS: Record<Field, readonly [Step, string, number?]> = {
  danger: ['danger', 'immediateDanger'],
  types: ['types', 'exploitationTypes'],
  description: ['seen', 'description', 5000],
  indicators: ['seen', 'indicators'],
  address: ['where', 'place/address', 5000],
  town: ['where', 'place/town', 200],
  postcode: ['where', 'place/postcode', 20],
  businessName: ['where', 'place/businessName', 200],
  placeType: ['where', 'place/placeType'],
  date: ['when', 'when/date'],
  ongoing: ['when', 'when/ongoing'],
  timeOfDay: ['when', 'when/timeOfDay'],
  count: ['people', 'people/count'],
  victims: ['people', 'people/victims', 5000],
  controllers: ['people', 'people/controllers', 5000],
  vehicles: ['people', 'people/vehicles', 5000],
  privacy: ['you', 'reporter/privacy'],
  relationship: ['you', 'reporter/relationship'],
  name: ['you', 'reporter/name', 200],
  phone: ['you', 'reporter/phone'],
  email: ['you', 'reporter/email', 320],
  safeToContact: ['you', 'reporter/safeToContact'],
  channel: ['you', 'reporter/preferredChannel'],
  times: ['you', 'reporter/preferredTimes', 200],
  language: ['you', 'reporter/preferredLanguage', 100],
};

export const DESCRIPTION_MAX = 5000;
export const COUNTS = ['1', '2-5', '6-10', '11-50', 'more-than-50', 'unknown'] as const;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export const RELATIONSHIPS = ['affected', 'work-there', 'public', 'professional'] as const;
export const PRIVACY = ['anonymous', 'confidential', 'share'] as const;
export const CHANNELS = ['phone', 'sms', 'email'] as const;

export const stepOf = (field: Field): Step => FIELDS[field][0];
export const fieldsOf = (step: Step) => (Object.keys(FIELDS) as Field[]).filter((f) => stepOf(f) === step);

/** The field a problem+json pointer (`/data/reporter/email`, `/data/indicators/3`, `/data/place`) points at. */
export function fieldForPointer(pointer: string): Field | undefined {
  const path = pointer.replace(/^\/data\/?/, '');
  if (!path || path === pointer) return undefined;
  const all = Object.keys(FIELDS) as Field[];
  return (
    all.find((f) => path === FIELDS[f][1] || path.startsWith(FIELDS[f][1] + '/')) ??
    all.find((f) => FIELDS[f][1].startsWith(path + '/'))
  );
}

/** Shows contact questions: anything but anonymous. */
export const sharesContact = (a: Answers) => a.privacy !== 'anonymous';

const UK_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const compact = (s: string) => s.toUpperCase().replace(/\s+/g, '');

/** True when the text looks like a UK postcode, however it is spaced or cased. */
export const looksLikeUkPostcode = (s: string) => UK_POSTCODE.test(compact(s));

/** A UK postcode written the usual way (`sw1a1aa` → `SW1A 1AA`); anything else as typed. */
export const tidyPostcode = (s: string) => (looksLikeUkPostcode(s) ? compact(s).replace(UK_POSTCODE, '$1 $2') : s.trim());

/** Today on the person's calendar, as `YYYY-MM-DD`. */
export function today(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export type Problem =
  | 'required'
  | 'too-long'
  | 'date'
  | 'contact'
  | 'phone'
  | 'email';

/** Problems with one step's answers, in the order the fields appear. `badDate` = the browser could not read the date typed. */
export function problemsFor(step: Step, a: Answers, badDate = false): Array<[Field, Problem]> {
  const out: Array<[Field, Problem]> = [];
  const check = (f: Field, problem: Problem | false | undefined | '') => problem && out.push([f, problem]);
  const longer = (f: Field) => {
    const max = FIELDS[f][2];
    const v = a[f];
    return max !== undefined && typeof v === 'string' && tooLong(v, max) && 'too-long';
  };
  switch (step) {
    case 'danger':
      check('danger', !a.danger && 'required');
      break;
    case 'types':
      check('types', !a.types.length && 'required');
      break;
    case 'when':
      check('date', (badDate || a.date > today()) && 'date');
      break;
    case 'you':
      if (sharesContact(a)) {
        check('name', longer('name'));
        check('phone', !a.phone.trim() && !a.email.trim() ? 'contact' : a.phone.trim() && !validPhone(a.phone) && 'phone');
        check('email', a.email.trim() && (validEmail(a.email) ? longer('email') : 'email'));
        check('safeToContact', (a.phone.trim() || a.email.trim()) && !a.safeToContact && 'required');
        if (a.safeToContact === 'yes') check('times', longer('times'));
        check('language', longer('language'));
      }
      return out;
  }
  for (const f of fieldsOf(step)) {
    if (f === 'description') check(f, !a.description.trim() ? 'required' : longer(f));
    else check(f, longer(f));
  }
  return out;
}

const ordered = (picked: readonly string[], order: readonly string[]) => order.filter((id) => picked.includes(id));

/** Drops empty answers (`''`, `undefined`): an object with nothing in it is left out altogether. */
function compactObject(o: Record<string, unknown>): Record<string, unknown> | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined));
  return Object.keys(out).length ? out : undefined;
}

/** The `data` of a `hope-widgets/report-concern@1` envelope: trimmed, empty optional answers omitted. */
export function toData(a: Answers, country: string): Record<string, unknown> {
  const t = (s: string) => s.trim();
  const cc = country === 'UK' ? 'GB' : country;
  const contact = sharesContact(a);
  const safe = a.safeToContact === 'yes';
  const indicators = ordered(a.indicators, INDICATOR_IDS);
  const placeType = (PLACE_TYPES as readonly string[]).includes(a.placeType) ? a.placeType : '';
  return {
    immediateDanger: a.danger === 'yes',
    ...(/^[A-Z]{2}$/.test(cc) ? {country: cc} : {}),
    exploitationTypes: ordered(a.types, EXPLOITATION_TYPES),
    ...(indicators.length ? {indicators} : {}),
    description: t(a.description),
    ...wrap('place', {
      address: t(a.address),
      town: t(a.town),
      postcode: cc === 'GB' ? tidyPostcode(a.postcode) : t(a.postcode),
      businessName: t(a.businessName),
      placeType,
    }),
    ...wrap('when', {date: a.date, ongoing: a.ongoing || undefined, timeOfDay: a.timeOfDay}),
    ...wrap('people', {count: a.count, victims: t(a.victims), controllers: t(a.controllers), vehicles: t(a.vehicles)}),
    reporter: compactObject({
      relationship: a.relationship,
      privacy: a.privacy,
      ...(contact
        ? {
            name: t(a.name),
            phone: t(tidyPhone(a.phone)),
            email: t(asciiEmail(a.email)),
            safeToContact: a.safeToContact ? safe : undefined,
            preferredChannel: safe ? a.channel : '',
            preferredTimes: safe ? t(a.times) : '',
            preferredLanguage: t(a.language),
          }
        : {}),
    }),
  };
}

function wrap(key: string, o: Record<string, unknown>) {
  const c = compactObject(o);
  return c ? {[key]: c} : {};
}

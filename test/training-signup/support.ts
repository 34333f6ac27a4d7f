/** Shared pieces of the training-signup tests: sessions, a fixed clock, filling the form as a person. */
import {fixture, html} from '@open-wc/testing';
import '../../src/training-signup/index.js';
import type {HopeTrainingSignup, TrainingSession} from '../../src/training-signup/index.js';
import {type, waitFor, textOf} from '../helpers.js';

/** "Now" in these tests: Friday 15 January 2027, 12:00 UTC. */
export const NOW = Date.parse('2027-01-15T12:00:00Z');

export function session(over: Partial<TrainingSession> & {id: string}): TrainingSession {
  return {
    title: `Session ${over.id}`,
    start: '2027-03-02T09:30:00+00:00',
    end: '2027-03-02T11:00:00+00:00',
    timeZone: 'Europe/London',
    format: 'online',
    audience: ['public'],
    ...over,
  };
}

/** A small programme around NOW: past, closed, cancelled, open, full. */
export const PROGRAMME: TrainingSession[] = [
  session({id: 'past', title: 'Already happened', start: '2027-01-10T09:00:00Z', end: '2027-01-10T11:00:00Z'}),
  session({id: 'started', title: 'Started this morning', start: '2027-01-15T09:00:00Z', end: '2027-01-15T17:00:00Z'}),
  session({
    id: 'closed',
    title: 'Booking closed yesterday',
    start: '2027-01-20T09:00:00Z',
    end: '2027-01-20T11:00:00Z',
    bookingClosesAt: '2027-01-14T17:00:00Z',
  }),
  session({id: 'cancelled', title: 'Cancelled session', start: '2027-02-01T09:00:00Z', end: '2027-02-01T11:00:00Z', cancelled: true}),
  session({
    id: 'feb-online',
    title: 'Online introduction',
    start: '2027-02-03T10:00:00Z',
    end: '2027-02-03T11:30:00Z',
    capacity: 50,
    spacesLeft: 3,
    audience: ['public', 'volunteers'],
    organiser: {name: 'Example Partnership', email: 'training@example.org'},
  }),
  session({
    id: 'feb-police',
    title: 'Briefing for police',
    start: '2027-02-10T09:00:00Z',
    end: '2027-02-10T12:00:00Z',
    format: 'in-person',
    venue: {name: 'Example Hall', address: '1 Example Street\nLeicester', postcode: 'LE1 0AA', accessibility: 'Step-free entrance.'},
    audience: ['police'],
    spacesLeft: 1,
  }),
  session({
    id: 'mar-full',
    title: 'Health settings (full)',
    start: '2027-03-03T10:00:00Z',
    end: '2027-03-03T12:00:00Z',
    format: 'hybrid',
    venue: {address: '20 Example Road, Nottingham'},
    audience: ['health'],
    capacity: 30,
    spacesLeft: 0,
    organiser: {name: 'Example Board'},
  }),
  session({
    id: 'apr-businesses',
    title: 'Employers session',
    start: '2027-04-14T13:00:00+01:00',
    end: '2027-04-14T16:00:00+01:00',
    format: 'in-person',
    venue: {address: 'Example Business Centre'},
    audience: ['businesses'],
  }),
];

export const OPEN_IDS = ['feb-online', 'feb-police', 'mar-full', 'apr-businesses'];

export async function widget(
  props: {sessions?: TrainingSession[]; session?: string; endpoint?: string | null; src?: string; timeZone?: string; contactEmail?: string; privacyUrl?: string; locale?: string} = {},
): Promise<HopeTrainingSignup> {
  const el = await fixture<HopeTrainingSignup>(html`<hope-training-signup
    .now=${NOW}
    .timeZone=${props.timeZone ?? 'Europe/London'}
    .sessions=${props.src ? undefined : (props.sessions ?? PROGRAMME)}
    .src=${props.src}
    .session=${props.session}
    .endpoint=${props.endpoint === null ? undefined : (props.endpoint ?? '/receiver/unused/submit')}
    .contactEmail=${props.contactEmail}
    .privacyUrl=${props.privacyUrl ?? 'https://example.org/privacy'}
    .locale=${props.locale}
  ></hope-training-signup>`);
  await el.updateComplete;
  // The booking form is a later part of the widget: a page that opens on a session waits for it.
  if (props.session) await waitFor(() => !el.shadowRoot!.querySelector('p.hint[role=status]'), {message: 'booking form loaded'});
  return el;
}

export const root = (el: HopeTrainingSignup) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: HopeTrainingSignup, sel: string) => root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: HopeTrainingSignup, sel: string) => [...root(el).querySelectorAll<T>(sel)];

/** Titles of the sessions listed, in order. */
export const titles = (el: HopeTrainingSignup) => $$(el, '.session-title').map((h) => textOf(h));

/** Presses the book button of the session with this title. */
export async function book(el: HopeTrainingSignup, title: string): Promise<void> {
  const li = $$(el, '[part~=session]').find((x) => textOf(x.querySelector('.session-title')) === title);
  if (!li) throw new Error(`no session "${title}" in ${JSON.stringify(titles(el))}`);
  li.querySelector<HTMLButtonElement>('[part~=book-button]')!.click();
  await el.updateComplete;
  // The booking form is fetched after the list (a later part): wait for it as a person would.
  await waitFor(() => $(el, '#ts-form-heading'), {message: 'booking form'});
}

/** Focuses a control in the shadow root and types into it, as a person would. */
export async function typeInto(el: HopeTrainingSignup, id: string, text: string): Promise<void> {
  const control = $<HTMLInputElement>(el, `#${id}`)!;
  control.focus();
  control.select?.();
  await type(text);
}

export async function choose(el: HopeTrainingSignup, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

export interface Person {
  name: string;
  email: string;
  phone?: string;
  sector: string;
  organisation?: string;
  role?: string;
  heard?: string;
  requirements?: string;
  future?: boolean;
}

export const PERSON: Person = {
  name: 'Zofia Wójcik-Nowak',
  email: 'zofia@example.org',
  phone: '020 7946 0123',
  sector: 'health',
  organisation: 'Example GP Practice',
  role: 'Practice nurse',
  requirements: 'Hearing loop, please; I also need a seat near the front',
};

export async function fill(el: HopeTrainingSignup, p: Person = PERSON): Promise<void> {
  await typeInto(el, 'ts-name', p.name);
  await typeInto(el, 'ts-email', p.email);
  if (p.phone) await typeInto(el, 'ts-phone', p.phone);
  await choose(el, 'ts-sector', p.sector);
  if (p.organisation) await typeInto(el, 'ts-organisation', p.organisation);
  if (p.role) await typeInto(el, 'ts-role', p.role);
  if (p.heard) await typeInto(el, 'ts-heard', p.heard);
  if (p.requirements) await typeInto(el, 'ts-requirements', p.requirements);
  $<HTMLInputElement>(el, '#ts-consent-contact')!.click();
  if (p.future) $<HTMLInputElement>(el, '#ts-consent-future')!.click();
  await el.updateComplete;
}

export async function submit(el: HopeTrainingSignup): Promise<void> {
  $<HTMLButtonElement>(el, '[part~=submit]')!.click();
  await el.updateComplete;
}

export const statusText = (el: HopeTrainingSignup) => textOf($(el, '[part~=status]'));

export async function settled(el: HopeTrainingSignup): Promise<void> {
  await waitFor(() => !$(el, '[role=status]')?.textContent?.includes('Loading'), {message: 'feed loaded'});
  await el.updateComplete;
}

import {expect, oneEvent} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import type {HopeTrainingSignup} from '../../src/training-signup/index.js';
import {runSendingSuite} from '../shared/sending-suite.js';
import {behave, deepActiveElement, endpointFor, newBucket, press, stored, textOf, type, validate, waitFor} from '../helpers.js';
import {$, $$, PERSON, book, choose, fill, statusText, submit, titles, typeInto, widget} from './support.js';

const FAST = {timeout: 2000, retryDelay: 40};

async function bookingWidget(bucket: string, sessionId = 'feb-police') {
  const el = await widget({session: sessionId, endpoint: endpointFor(bucket)});
  Object.assign(el, FAST);
  await el.updateComplete;
  return el;
}

const summaryLinks = (el: HopeTrainingSignup) => $$<HTMLAnchorElement>(el, '.error-summary a');

describe('hope-training-signup: the registration form', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('sending nothing: the error summary takes focus and links to each field, with the same words inline', async () => {
    const bucket = newBucket();
    const el = await bookingWidget(bucket);
    await submit(el);
    const summary = $(el, '[data-error-summary]')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(textOf(summary.querySelector('h2'))).to.equal('There is a problem');
    expect(summary.querySelector('[role=alert]')).to.exist;
    const links = summaryLinks(el);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#ts-name', '#ts-email', '#ts-sector', '#ts-consent-contact']);
    expect(links.map((a) => textOf(a))).to.deep.equal([
      'Enter your full name',
      'Enter your email address',
      'Select which best describes you',
      'Tick the box to agree to be contacted about this session, so the organiser can confirm your place',
    ]);
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      const control = $(el, `#${id}`)!;
      const hash = location.hash;
      link.click();
      expect(deepActiveElement()).to.equal(control);
      expect(location.hash).to.equal(hash);
      const inline = $(el, `#${id}-error`)!;
      expect(textOf(inline)).to.equal(`Error: ${textOf(link)}`);
      const describedBy = (control.closest('fieldset') ?? control).getAttribute('aria-describedby')!;
      expect(describedBy.split(' ')).to.include(`${id}-error`);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
    }
    expect(await stored(bucket)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('works by keyboard: Enter on "Book a place", type, Enter to send, then the summary', async () => {
    const el = await widget({endpoint: endpointFor(newBucket())});
    const button = $$<HTMLButtonElement>(el, '[part~=book-button]')[0];
    button.focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, '#ts-form-heading'));
    await press('Tab');
    expect(deepActiveElement()).to.equal($(el, '#ts-name'));
    await type('Amina Rahman');
    await press('Enter'); // implicit submission
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, '[data-error-summary]'));
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#ts-email', '#ts-sector', '#ts-consent-contact']);
  });

  it('consent is asked, never pre-ticked, and required: everything else filled in still sends nothing without it', async () => {
    const bucket = newBucket();
    const el = await bookingWidget(bucket);
    const consent = $<HTMLInputElement>(el, '#ts-consent-contact')!;
    const future = $<HTMLInputElement>(el, '#ts-consent-future')!;
    expect(consent.checked).to.equal(false);
    expect(future.checked).to.equal(false);
    expect(textOf(el.shadowRoot!.querySelector('label[for=ts-consent-contact]'))).to.equal('I agree that the organiser may contact me about this session');
    await fill(el);
    consent.click(); // the person unticks it again
    await submit(el);
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#ts-consent-contact']);
    await new Promise((r) => setTimeout(r, 200));
    expect(await stored(bucket)).to.have.length(0);
    // Ticking it with the keyboard is enough.
    consent.focus();
    await press(' ');
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    expect(await stored(bucket)).to.have.length(1);
  });

  it('checks email and phone formats, and asks for the organisation unless the person comes as a member of the public', async () => {
    const el = await bookingWidget(newBucket());
    await fill(el, {...PERSON, email: 'zofia@', phone: 'call me maybe', organisation: undefined, sector: 'business'});
    await submit(el);
    expect(summaryLinks(el).map((a) => textOf(a))).to.deep.equal([
      'Enter an email address in the correct format, like name@example.com',
      'Enter a phone number with 7 to 15 digits, like 07700 900 982 or +44 20 7946 0123',
      'Enter the name of your organisation',
    ]);
    await choose(el, 'ts-sector', 'public');
    await typeInto(el, 'ts-email', 'zofia@example.org');
    await typeInto(el, 'ts-phone', '+44 (0)20 7946 0123');
    await submit(el);
    expect(summaryLinks(el)).to.have.length(0);
  });

  it('accepts names in any script, phone numbers as people write them, and an internationalised email domain', async () => {
    const bucket = newBucket();
    const el = await bookingWidget(bucket);
    await fill(el, {name: 'فاطمة الزهراء 李小龍', email: 'ana@przykład.pl', phone: '07700 900456', sector: 'public'});
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    const [record] = await stored(bucket);
    expect(record.envelope.data.attendee).to.deep.equal({
      name: 'فاطمة الزهراء 李小龍',
      email: 'ana@xn--przykad-rjb.pl',
      phone: '07700 900456',
      sector: 'public',
    });
  });

  it('books a place: the receiver stores the session snapshot and the answers, valid for the schema; the person gets a confirmation with focus on it', async () => {
    const bucket = newBucket();
    const el = await bookingWidget(bucket);
    await fill(el, {...PERSON, heard: 'A colleague', future: true});
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    const records = await stored(bucket);
    expect(records).to.have.length(1);
    const {envelope} = records[0];
    expect(envelope.schema).to.equal('hope-widgets/training-signup@1');
    expect(envelope.source.widget).to.equal('training-signup');
    expect(envelope.data).to.deep.equal({
      session: {id: 'feb-police', title: 'Briefing for police', start: '2027-02-10T09:00:00Z', end: '2027-02-10T12:00:00Z'},
      waitingList: false,
      attendee: {
        name: 'Zofia Wójcik-Nowak',
        email: 'zofia@example.org',
        phone: '020 7946 0123',
        sector: 'health',
        organisation: 'Example GP Practice',
        role: 'Practice nurse',
        heardFrom: 'A colleague',
        requirements: 'Hearing loop, please; I also need a seat near the front',
      },
      consent: {contactAboutSession: true, futureTraining: true},
    });
    expect((await validate('training-signup.schema.json', envelope.data)).valid).to.equal(true);
    await el.updateComplete;
    const status = statusText(el);
    expect(status).to.contain('Booking sent');
    expect(status).to.contain(records[0].reference);
    expect(status).to.contain('The organiser will confirm your place by email, at: zofia@example.org');
    expect(status).to.contain('Briefing for police');
    expect(deepActiveElement()).to.equal($(el, '.panel-title'));
    expect($(el, 'form')).to.equal(null);
    const calendar = $<HTMLAnchorElement>(el, '[part~=calendar-link]')!;
    expect(calendar.getAttribute('download')).to.equal('training-feb-police.ics');
    expect(calendar.href).to.match(/^blob:/);
    await expect(el).to.be.accessible();
  });

  it('503 then success: told it is queued, with the helpline, then confirmed; one record', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}]);
    const el = await bookingWidget(bucket);
    el.retryDelay = 400;
    await fill(el);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await waitFor(() => statusText(el).includes('Not sent yet'), {message: 'queued message'});
    expect(statusText(el)).to.contain('08000 121 700');
    expect($(el, '.back')).to.equal(null); // no leaving the page half-sent by accident
    await done;
    await el.updateComplete;
    expect(statusText(el)).to.contain('Booking sent');
    expect(await stored(bucket)).to.have.length(1);
  });

  it('409 "full": offers the waiting list without retyping, and sends the same answers as a waiting-list request', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 409, body: {error: 'full'}}]);
    const el = await bookingWidget(bucket);
    await fill(el);
    const rejected = oneEvent(el, 'hope-error');
    await submit(el);
    expect((await rejected).detail).to.include({kind: 'submission', status: 409, reason: 'full', willRetry: false});
    await el.updateComplete;
    await el.updateComplete;
    const offer = $(el, '[part~=full-offer]')!;
    expect(textOf(offer)).to.contain('Sorry, this session filled up before your booking arrived.');
    expect(textOf(offer)).to.contain('nothing to type again');
    expect(deepActiveElement()).to.equal(offer);
    expect(statusText(el)).not.to.contain('not accepted');
    expect(textOf($(el, '#ts-form-heading'))).to.equal('Join the waiting list');
    expect($<HTMLInputElement>(el, '#ts-name')!.value).to.equal(PERSON.name); // nothing lost
    const done = oneEvent(el, 'hope-submitted');
    offer.querySelector<HTMLButtonElement>('button')!.click();
    await done;
    const records = await stored(bucket);
    expect(records).to.have.length(1);
    expect(records[0].envelope.data.waitingList).to.equal(true);
    expect(records[0].envelope.data.attendee.email).to.equal(PERSON.email);
    expect(records[0].envelope.data.attendee.requirements).to.equal(PERSON.requirements);
    await el.updateComplete;
    expect(statusText(el)).to.contain('You are on the waiting list');
    expect(statusText(el)).to.contain('You do not have a place yet');
    expect($(el, '[part~=calendar-link]')).to.equal(null); // no calendar entry for a place not held
    // Back in the list, the session now shows as full.
    $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Back to all sessions')!.click();
    await el.updateComplete;
    const card = $$(el, '[part~=session]').find((c) => textOf(c.querySelector('.session-title')) === 'Briefing for police')!;
    expect(textOf(card)).to.contain('Full — join the waiting list');
  });

  it('a full session sends waitingList: true from the start', async () => {
    const bucket = newBucket();
    const el = await bookingWidget(bucket, 'mar-full');
    expect(textOf($(el, '#ts-form-heading'))).to.equal('Join the waiting list');
    await fill(el);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    const [record] = await stored(bucket);
    expect(record.envelope.data.waitingList).to.equal(true);
    expect(record.envelope.data.session.id).to.equal('mar-full');
  });

  it('409 "closed": says booking has closed and removes the session from the list', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 409, body: {error: 'closed'}}]);
    const el = await bookingWidget(bucket);
    await fill(el);
    await submit(el);
    await waitFor(() => $(el, '[part~=full-offer]'), {message: 'closed notice'});
    expect(textOf($(el, '[part~=full-offer]'))).to.equal('Booking for this session has closed.');
    expect($(el, 'form')).to.equal(null);
    $<HTMLButtonElement>(el, '.back')!.click();
    await el.updateComplete;
    expect(titles(el)).not.to.include('Briefing for police');
  });

  it('links the privacy notice in a new tab, so nothing typed is lost', async () => {
    const el = await bookingWidget(newBucket());
    const link = $$<HTMLAnchorElement>(el, 'form a').find((a) => a.href === 'https://example.org/privacy')!;
    expect(link.target).to.equal('_blank');
    expect(textOf(link)).to.contain('opens in a new tab');
  });

  it('the organiser named in the feed appears in the consent sentence', async () => {
    const el = await widget({endpoint: endpointFor(newBucket())});
    await book(el, 'Online introduction');
    expect(textOf(el.shadowRoot!.querySelector('label[for=ts-consent-contact]'))).to.equal('I agree that Example Partnership may contact me about this session');
  });

  it('nothing is written to the device while booking (no persist)', async () => {
    const bucket = newBucket();
    const before = {local: localStorage.length, session: sessionStorage.length, cookie: document.cookie};
    const el = await bookingWidget(bucket);
    await fill(el);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    expect({local: localStorage.length, session: sessionStorage.length, cookie: document.cookie}).to.deep.equal(before);
  });
});

runSendingSuite<HopeTrainingSignup>({
  name: 'hope-training-signup',
  dataSchema: 'training-signup.schema.json',
  async create(endpoint) {
    return widget({session: 'feb-police', endpoint: endpoint ?? null});
  },
  async fillAndSend(el) {
    await fill(el);
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
  },
  async sendAgain(el) {
    $<HTMLButtonElement>(el, '[part~=submit]')!.click();
  },
  snapshot(el) {
    const r = el.shadowRoot!;
    const values: Record<string, string | boolean> = {};
    for (const c of r.querySelectorAll<HTMLInputElement>('form input:not([name=website]), form select, form textarea')) {
      values[c.id] = c.type === 'checkbox' ? c.checked : c.value;
    }
    return values;
  },
  fieldPointer: {pointer: '/data/attendee/email', fieldId: 'ts-email'},
});

import {expect, oneEvent} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {deepActiveElement, endpointFor, newBucket, press, stored, textOf, type, validate} from '../helpers.js';
import {$, $$, click, create, headingText, settle, submit, summary, tabTo, toCheckAnswers, typeInto, toDescriptionStep} from './drive.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';
import {indicatorLabel} from '../../src/indicators/index.js';

afterEach(async () => {
  resetPageLocaleForTests();
  await setLocale('en');
});

const isSubmit = (e: Element) => e.matches('button[type=submit]');
const focusedHeading = () => {
  const active = deepActiveElement();
  return active?.matches('h2[tabindex="-1"]') ? textOf(active) : `(focus on ${active?.tagName})`;
};

/** Sets a value the way the browser does when a person types or picks it (for controls whose keyboard entry varies by browser). */
async function setValue(el: HopeReportConcern, selector: string, value: string) {
  const control = $<HTMLInputElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  control.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
  await settle(el);
}

async function sendAndWait(el: HopeReportConcern, bucket: string) {
  const done = oneEvent(el, 'hope-submitted');
  await submit(el);
  await done;
  const records = await stored(bucket);
  expect(records).to.have.length(1);
  const data = records[0].envelope.data;
  const check = await validate('report-concern.schema.json', data);
  expect(check.valid, JSON.stringify(check.errors)).to.equal(true);
  return {data, reference: records[0].reference};
}

/** What a keyboard user does to leave a step: Tab to Continue (or Send) and press Enter. */
async function continueByKeyboard(el: HopeReportConcern) {
  await tabTo(el, isSubmit);
  await press('Enter');
  await settle(el);
}

describe('hope-report-concern: the flow', () => {
  it('a complete anonymous report by keyboard alone', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket)});
    expect(el.shadowRoot!.contains(deepActiveElement()), 'no focus moved on load').to.equal(false);

    // 1. Danger: Tab passes the exit button first, then the radios; the arrow key picks "No".
    await tabTo(el, (e) => textOf(e).includes('Exit this page'));
    await tabTo(el, (e) => e.id === 'danger');
    await press('ArrowDown');
    expect($<HTMLInputElement>(el, '#danger-no')!.checked).to.equal(true);
    await continueByKeyboard(el);
    expect(focusedHeading()).to.equal('What kind of exploitation do you think it is?');

    // 2. Types: the first checkbox, ticked with Space.
    await tabTo(el, (e) => e.id === 'types');
    await type(' ');
    await continueByKeyboard(el);
    expect(focusedHeading()).to.equal('What did you see or hear?');

    // 3. Description.
    await tabTo(el, (e) => e.id === 'description');
    await type('Four men sleep in the car wash. Their boss keeps their passports.');
    await continueByKeyboard(el);

    // 4–7. Optional steps: straight on.
    for (const heading of ['Where did it happen?', 'When did it happen?', 'The people involved', 'About you']) {
      expect(focusedHeading()).to.equal(heading);
      await continueByKeyboard(el);
    }

    // 8. Check and send.
    expect(focusedHeading()).to.equal('Check your answers before sending');
    const done = oneEvent(el, 'hope-submitted');
    await tabTo(el, isSubmit);
    await press('Enter');
    await done;
    await settle(el);
    const [record] = await stored(bucket);
    expect(record.envelope.data).to.deep.equal({
      immediateDanger: false,
      country: 'GB',
      exploitationTypes: ['labour'],
      description: 'Four men sleep in the car wash. Their boss keeps their passports.',
      reporter: {privacy: 'anonymous'},
    });
    expect((await validate('report-concern.schema.json', record.envelope.data)).valid).to.equal(true);
    expect(record.envelope.signals.honeypot).to.equal(false);
    expect(record.envelope.signals.fillMs).to.be.greaterThan(0);
    // Confirmation: focus on it, the reference shown, the helpline number, a way to start again.
    expect(textOf(deepActiveElement())).to.equal('Report sent');
    const status = textOf($(el, '[part~=status]'));
    expect(status).to.contain(record.reference);
    expect(status).to.contain('08000 121 700');
    expect($(el, 'form')).to.equal(null);
  });

  it('a report with every answer and contact details: the payload holds exactly what was typed', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket), privacyUrl: 'https://council.example/privacy'});
    await click(el, '#danger');
    expect($(el, '[part=emergency]')).to.exist;
    await submit(el);
    await click(el, '#types-criminal');
    await click(el, '#types');
    await submit(el);
    await typeInto(el, '#description', '  Young people come and go at night.\nOne looked hurt.  ');
    await click(el, '.signs summary');
    await click(el, '#ind-carries-weapon');
    await click(el, '#indicators');
    const firstSign = $<HTMLInputElement>(el, '#indicators')!.value;
    await submit(el);
    await typeInto(el, '#address', 'Flat 2, above the shop');
    await typeInto(el, '#town', 'Leicester');
    await typeInto(el, '#postcode', 'le1 1aa');
    await typeInto(el, '#businessName', 'Quick Wash');
    const select = $<HTMLSelectElement>(el, '#placeType')!;
    select.value = 'car-wash';
    select.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await submit(el);
    expect(headingText(el)).to.equal('When did it happen?');
    await setValue(el, '#date', '2025-11-03');
    await click(el, '#ongoing');
    await click(el, '#timeOfDay-night');
    await submit(el);
    await click(el, '#count-6-10');
    await typeInto(el, '#victims', 'Teenagers, one with a cast on his arm');
    await typeInto(el, '#controllers', 'A man in his thirties');
    await typeInto(el, '#vehicles', 'Black car, number plate starting KX');
    await submit(el);
    await click(el, '#relationship-professional');
    await click(el, '#privacy-share');
    const privacyLink = $<HTMLAnchorElement>(el, 'a[href="https://council.example/privacy"]')!;
    expect(privacyLink.target).to.equal('_blank');
    await typeInto(el, '#name', 'Łucja Żółć-محمد');
    await typeInto(el, '#phone', '+44 (0)20 7946 0123');
    await typeInto(el, '#email', 'lucja@example.com');
    await click(el, '#safeToContact');
    await click(el, '#channel-sms');
    await typeInto(el, '#times', 'Weekdays after 6pm');
    await typeInto(el, '#language', 'Polski');
    await submit(el);
    expect(headingText(el)).to.equal('Check your answers before sending');
    const shown = summary(el);
    expect(shown['Postcode']).to.equal('LE1 1AA');
    expect($$(el, '.summary [data-field=indicators] li').map(textOf)).to.deep.equal([indicatorLabel(firstSign), indicatorLabel('carries-weapon')]);
    expect($$(el, '.summary [data-field=types] li').map(textOf)).to.deep.equal([
      'Forced labour or labour exploitation',
      'Criminal exploitation, including county lines and cuckooing',
    ]);
    expect(shown['Your name']).to.equal('Łucja Żółć-محمد');
    const {data} = await sendAndWait(el, bucket);
    expect(data).to.deep.equal({
      immediateDanger: true,
      country: 'GB',
      exploitationTypes: ['labour', 'criminal'],
      indicators: [firstSign, 'carries-weapon'],
      description: 'Young people come and go at night.\nOne looked hurt.',
      place: {address: 'Flat 2, above the shop', town: 'Leicester', postcode: 'LE1 1AA', businessName: 'Quick Wash', placeType: 'car-wash'},
      when: {date: '2025-11-03', ongoing: true, timeOfDay: 'night'},
      people: {count: '6-10', victims: 'Teenagers, one with a cast on his arm', controllers: 'A man in his thirties', vehicles: 'Black car, number plate starting KX'},
      reporter: {
        relationship: 'professional',
        privacy: 'share',
        name: 'Łucja Żółć-محمد',
        phone: '+44 (0)20 7946 0123',
        email: 'lucja@example.com',
        safeToContact: true,
        preferredChannel: 'sms',
        preferredTimes: 'Weekdays after 6pm',
        preferredLanguage: 'Polski',
      },
    });
  });

  it('errors show only after trying to continue; the summary links move focus to the field; the address bar is untouched', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    const hash = location.hash;
    expect($(el, '.error-summary')).to.equal(null);
    await submit(el);
    const summaryBox = $(el, '.error-summary')!;
    expect(deepActiveElement()).to.equal(summaryBox);
    expect(textOf(summaryBox)).to.contain('There is a problem');
    expect(summaryBox.querySelector('[role=alert]')).to.exist;
    expect(textOf($(el, '#danger-error'))).to.equal('Error: Select yes if you or someone else is in immediate danger');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('danger-error');
    $<HTMLAnchorElement>(el, '.error-summary a[href="#danger"]')!.click();
    expect(deepActiveElement()).to.equal($(el, '#danger'));
    expect(location.hash).to.equal(hash);

    await click(el, '#danger-no');
    await submit(el);
    expect(headingText(el)).to.equal('What kind of exploitation do you think it is?');
    expect($(el, '.error-summary'), 'errors do not follow to the next step').to.equal(null);
    await submit(el);
    expect(textOf($(el, '.error-summary'))).to.contain('Select what kind of exploitation you think it is');
    await click(el, '#types-not-sure');
    await submit(el);

    // Typing is not trying: no error until Continue.
    await typeInto(el, '#description', ' ');
    expect($(el, '#description-error')).to.equal(null);
    await submit(el);
    const textarea = $<HTMLTextAreaElement>(el, '#description')!;
    expect(textarea.getAttribute('aria-describedby')).to.contain('description-error');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    $<HTMLAnchorElement>(el, '.error-summary a[href="#description"]')!.click();
    expect(deepActiveElement()).to.equal(textarea);
  });

  it('the description has a generous limit with a character count that speaks only near it', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await toDescriptionStep(el);
    const count = $(el, '#description-count')!;
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(count)).to.equal('You can write up to 5,000 characters.');
    await setValue(el, '#description', 'a'.repeat(4901));
    expect(textOf(count)).to.equal('Characters left: 99');
    await setValue(el, '#description', 'a'.repeat(5003));
    expect(textOf(count)).to.equal('Characters over the limit: 3');
    await submit(el);
    expect(headingText(el)).to.equal('What did you see or hear?');
    expect(textOf($(el, '#description-error'))).to.equal('Error: Shorten this answer to 5,000 characters or fewer');
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.have.length(5003);
    await setValue(el, '#description', 'a'.repeat(5000));
    await submit(el);
    expect(headingText(el)).to.equal('Where did it happen?');
  });

  it('Back keeps every answer', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await toDescriptionStep(el, '#types-sexual');
    await typeInto(el, '#description', 'Women moved between flats');
    await click(el, '.back');
    expect(focusedHeading()).to.equal('What kind of exploitation do you think it is?');
    expect($<HTMLInputElement>(el, '#types-sexual')!.checked).to.equal(true);
    await click(el, '.back');
    expect($<HTMLInputElement>(el, '#danger-no')!.checked).to.equal(true);
    expect($(el, '.back'), 'no Back on the first question').to.equal(null);
    await submit(el);
    await submit(el);
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('Women moved between flats');
  });

  it('Change on check answers goes to the step and comes back to check answers', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await toCheckAnswers(el, 'First version');
    const change = $<HTMLAnchorElement>(el, '.summary a[href="#description"]')!;
    expect(textOf(change)).to.equal('Change Describe what you saw or heard');
    const hash = location.hash;
    await click(el, '.summary a[href="#description"]');
    expect(location.hash).to.equal(hash);
    expect(focusedHeading()).to.equal('What did you see or hear?');
    const textarea = $<HTMLTextAreaElement>(el, '#description')!;
    expect(textarea.value).to.equal('First version');
    textarea.select();
    await typeInto(el, '#description', 'Second version');
    await submit(el);
    expect(focusedHeading()).to.equal('Check your answers before sending');
    expect(summary(el)['Describe what you saw or heard']).to.equal('Second version');
    // Back from a Change also returns to check answers.
    await click(el, '.summary a[href="#danger"]');
    expect(headingText(el)).to.equal('Are you or someone else in immediate danger?');
    await click(el, '.back');
    expect(headingText(el)).to.equal('Check your answers before sending');
    // An empty step still has a row that leads to it.
    expect(summary(el)['Where did it happen?']).to.equal('Not answered');
    await click(el, '.summary a[href="#address"]');
    expect(headingText(el)).to.equal('Where did it happen?');
  });

  it('contact details: our own checks, any script in names, and nothing of them sent once the person goes back to anonymous', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket)});
    await toCheckAnswers(el);
    await click(el, '.summary a[href="#privacy"]');
    expect($(el, '#phone'), 'no contact questions while anonymous').to.equal(null);
    await click(el, '#privacy-confidential');
    await submit(el);
    expect(textOf($(el, '.error-summary'))).to.contain('Enter a phone number or an email address, or choose to stay anonymous');
    await typeInto(el, '#phone', '12345');
    await typeInto(el, '#email', 'not-an-email');
    await submit(el);
    const errors = $$(el, '.error-summary li').map(textOf);
    expect(errors).to.deep.equal([
      'Enter a phone number with 7 to 15 digits, like 07700 900 982 or +44 20 7946 0123',
      'Enter an email address in the correct format, like name@example.com',
      'Select yes if it is safe for the organisation to contact you',
    ]);
    for (const control of $$(el, 'input[type=text], input[type=tel], input[type=email], input[type=date], textarea')) {
      expect(control.getAttribute('autocomplete'), control.id).to.equal('off');
    }
    await click(el, '#privacy');
    await submit(el);
    expect(headingText(el)).to.equal('Check your answers before sending');
    expect(Object.keys(summary(el))).not.to.include('Phone number');
    const {data} = await sendAndWait(el, bucket);
    expect(data.reporter).to.deep.equal({privacy: 'anonymous'});
  });

  it('not safe to contact: says they will not be contacted, shows the helpline, and sends no channel or times', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket)});
    await toCheckAnswers(el);
    await click(el, '.summary a[href="#privacy"]');
    await click(el, '#privacy-confidential');
    await typeInto(el, '#phone', '07700 900982');
    await click(el, '#safeToContact');
    await click(el, '#channel');
    await click(el, '#safeToContact-no');
    expect(textOf(el.shadowRoot as unknown as Element)).to.contain('The organisation will not contact you.');
    expect($(el, 'a[href="tel:+448000121700"]')).to.exist;
    expect($(el, '#channel')).to.equal(null);
    await submit(el);
    const {data} = await sendAndWait(el, bucket);
    expect(data.reporter).to.deep.equal({privacy: 'confidential', phone: '07700 900982', safeToContact: false});
  });

  it('postcodes: a UK one is tidied, one from elsewhere is questioned once and never blocks', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket)});
    await toDescriptionStep(el);
    await typeInto(el, '#description', 'Seen on holiday');
    await submit(el);
    await typeInto(el, '#postcode', '75001');
    await submit(el);
    expect(headingText(el), 'stays once').to.equal('Where did it happen?');
    expect(deepActiveElement()).to.equal($(el, '#postcode'));
    expect(textOf($(el, '#postcode-check'))).to.contain('does not look like a UK postcode');
    expect($(el, '#postcode')!.getAttribute('aria-describedby')).to.contain('postcode-check');
    expect($(el, '.error-summary'), 'not an error').to.equal(null);
    await submit(el);
    expect(headingText(el)).to.equal('When did it happen?');
    for (let i = 0; i < 3; i++) await submit(el);
    const {data} = await sendAndWait(el, bucket);
    expect(data.place).to.deep.equal({postcode: '75001'});
  });

  it('outside the UK the postcode is not questioned', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', country: 'FR'});
    await toDescriptionStep(el);
    await typeInto(el, '#description', 'x');
    await submit(el);
    await typeInto(el, '#postcode', '75001');
    await submit(el);
    expect(headingText(el)).to.equal('When did it happen?');
  });

  it('a date in the future is refused with our own words', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await toDescriptionStep(el);
    await typeInto(el, '#description', 'x');
    await submit(el);
    await submit(el);
    const date = $<HTMLInputElement>(el, '#date')!;
    expect(date.max).to.match(/^\d{4}-\d{2}-\d{2}$/);
    await setValue(el, '#date', `${new Date().getFullYear() + 1}-01-01`);
    await submit(el);
    expect(textOf($(el, '#date-error'))).to.equal('Error: Enter a real date that is today or in the past');
  });

  it('sends nothing when nothing is configured, and says so on every step', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await create({});
      await settle(el);
      expect(textOf($(el, '[part=config-message]'))).to.contain('This form cannot send anything yet');
      await toCheckAnswers(el);
      expect($<HTMLButtonElement>(el, 'form button[type=submit]')!.disabled).to.equal(true);
    } finally {
      console.error = original;
    }
  });
});

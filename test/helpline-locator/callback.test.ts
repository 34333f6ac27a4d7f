import {fixture, html, expect, oneEvent} from '@open-wc/testing';
import '../../src/helpline-locator/index.js';
import type {HopeHelplineLocator} from '../../src/helpline-locator/index.js';
import {runSendingSuite} from '../shared/sending-suite.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {QUICK_EXIT_EVENT} from '../../src/core/events.js';
import {behave, deepActiveElement, endpointFor, newBucket, press, stored, textOf, type, validate, waitFor} from '../helpers.js';

const root = (el: HopeHelplineLocator) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: HopeHelplineLocator, selector: string) => root(el).querySelector<T>(selector)!;

/** Opens the form with a click, as a person would. */
async function openForm(el: HopeHelplineLocator) {
  if (!root(el).querySelector('#cb-form')) {
    $(el, '[part=callback-open]').click();
    await el.updateComplete;
  }
}

async function fill(el: HopeHelplineLocator, phone = '07700 900982') {
  await openForm(el);
  $(el, '#cb-phone').focus();
  await type(phone);
  $(el, '#cb-safe-yes').click();
  await el.updateComplete;
}

const send = async (el: HopeHelplineLocator) => {
  $(el, '[part=callback-send]').click();
  await el.updateComplete;
};

async function locator(endpoint: string | undefined, extra = '') {
  const el = await fixture<HopeHelplineLocator>(
    endpoint === undefined
      ? html`<hope-helpline-locator country="GB" endpoint=""></hope-helpline-locator>`
      : html`<hope-helpline-locator country="GB" endpoint=${endpoint} callback-helpline=${extra || 'gb-modern-slavery-helpline'}></hope-helpline-locator>`,
  );
  await el.updateComplete;
  return el;
}

runSendingSuite<HopeHelplineLocator>({
  name: 'hope-helpline-locator call-back',
  dataSchema: 'helpline-callback.schema.json',
  create: (endpoint) => locator(endpoint),
  async fillAndSend(el) {
    await fill(el);
    await send(el);
  },
  sendAgain: send,
  snapshot: (el) => ({
    phone: $<HTMLInputElement>(el, '#cb-phone').value,
    safe: $<HTMLInputElement>(el, '#cb-safe-yes').checked,
    time: $<HTMLInputElement>(el, '#cb-time').value,
    note: $<HTMLTextAreaElement>(el, '#cb-note').value,
  }),
  fieldPointer: {pointer: '/data/phone', fieldId: 'cb-phone'},
});

describe('hope-helpline-locator call-back form', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('is not there without an endpoint attribute, and says nothing to the console', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="GB"></hope-helpline-locator>`);
      await el.updateComplete;
      expect(root(el).querySelector('[part=callback]')).to.equal(null);
      expect(logged).to.have.length(0);
    } finally {
      console.error = original;
    }
  });

  it('opens by keyboard and moves focus to the phone number; the form is accessible', async () => {
    const el = await locator(endpointFor(newBucket()));
    $(el, '[part=callback-open]').focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, '#cb-phone'));
    for (const id of ['cb-phone', 'cb-time', 'cb-note']) expect($(el, `#${id}`).getAttribute('autocomplete'), id).to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('asks for what is missing: an error summary that takes focus and links to each field', async () => {
    const bucket = newBucket();
    const el = await locator(endpointFor(bucket));
    await openForm(el);
    await send(el);
    const summary = $(el, '[data-error-summary]');
    expect(deepActiveElement()).to.equal(summary);
    expect(textOf(summary)).to.contain('Enter the phone number to call');
    expect(textOf(summary)).to.contain('Select whether it is safe to call you');
    expect($(el, '#cb-phone').getAttribute('aria-describedby')).to.equal('cb-phone-hint cb-phone-error');
    expect($(el, '#cb-phone').getAttribute('aria-invalid'), 'the phone input says it is invalid').to.equal('true');
    $<HTMLAnchorElement>(el, '.error-summary a[href="#cb-safe-yes"]').click();
    expect(deepActiveElement()).to.equal($(el, '#cb-safe-yes'));
    $(el, '#cb-phone').focus();
    await type('12 34');
    await send(el);
    expect(textOf($(el, '#cb-phone-error'))).to.equal('Error: Enter a phone number with 7 to 15 digits, like 07700 900 982 or +44 20 7946 0123');
    await expect(el).to.be.accessible();
    expect(await stored(bucket)).to.have.length(0);
  });

  it('sends what the person chose, valid against the schema, and accepts numbers written the world’s way', async () => {
    const bucket = newBucket();
    const el = await locator(endpointFor(bucket));
    await openForm(el);
    $(el, '#cb-phone').focus();
    await type('+48 (22) 123.45.67');
    $(el, '#cb-safe-no').click();
    await el.updateComplete;
    expect(textOf($(el, 'fieldset .notice'))).to.contain('Say in the note when it would be safe');
    $(el, '#cb-time').focus();
    await type('Weekdays after 6pm');
    const language = $<HTMLSelectElement>(el, '#cb-language');
    language.value = 'pl';
    language.dispatchEvent(new Event('change'));
    $(el, '#cb-note').focus();
    await type('If a man answers, say it is the dentist.');
    const done = oneEvent(el, 'hope-submitted');
    await send(el);
    await done;
    const [record] = await stored(bucket);
    expect(record.envelope.schema).to.equal('hope-widgets/helpline-callback@1');
    expect(record.envelope.source.widget).to.equal('helpline-locator');
    expect(record.envelope.data).to.deep.equal({
      phone: '+48 (22) 123 45 67',
      safeToCall: false,
      bestTime: 'Weekdays after 6pm',
      language: 'pl',
      note: 'If a man answers, say it is the dentist.',
      country: 'GB',
      helplineId: 'gb-modern-slavery-helpline',
    });
    expect((await validate('helpline-callback.schema.json', record.envelope.data)).valid).to.equal(true);
    await el.updateComplete;
    expect(textOf($(el, '[part~=status]'))).to.contain('Call back requested');
    expect(textOf($(el, '[part~=status]'))).to.contain(record.reference);
    expect(root(el).querySelector('#cb-form')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#cb-title'));
    await expect(el).to.be.accessible();
    // Asking again starts a fresh, empty form.
    [...root(el).querySelectorAll<HTMLButtonElement>('[part=callback] button')].find((b) => textOf(b) === 'Ask for another call back')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#cb-phone').value).to.equal('');
    expect(deepActiveElement()).to.equal($(el, '#cb-phone'));
  });

  it('503 then success: told it is queued with the helpline number, then confirmed, one record', async () => {
    const bucket = newBucket();
    await behave(bucket, [{status: 503}]);
    const el = await locator(endpointFor(bucket));
    el.retryDelay = 300;
    await fill(el);
    const failed = oneEvent(el, 'hope-error');
    const done = oneEvent(el, 'hope-submitted');
    await send(el);
    expect((await failed).detail).to.include({kind: 'submission', status: 503, willRetry: true});
    await el.updateComplete;
    expect(textOf($(el, '[part~=status]'))).to.contain('Not sent yet');
    expect(textOf($(el, '[part~=status]'))).to.contain('08000 121 700');
    await done;
    await el.updateComplete;
    expect(textOf($(el, '[part~=status]'))).to.contain('Call back requested');
    expect(await stored(bucket)).to.have.length(1);
  });

  it('a quick exit forgets what was typed', async () => {
    const el = await locator(endpointFor(newBucket()));
    await fill(el, '07700 900111');
    window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT, {detail: {href: 'https://www.bbc.co.uk/weather'}}));
    await el.updateComplete;
    expect(root(el).querySelector('#cb-form')).to.equal(null);
    await openForm(el);
    expect($<HTMLInputElement>(el, '#cb-phone').value).to.equal('');
    expect($<HTMLInputElement>(el, '#cb-safe-yes').checked).to.equal(false);
  });

  it('is right to left in Arabic, with the phone number typed left to right', async () => {
    const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="GB" locale="ar" endpoint=${endpointFor(newBucket())}></hope-helpline-locator>`);
    await waitFor(() => root(el).querySelector('[part=base]')?.getAttribute('dir') === 'rtl', {message: 'rtl'});
    await openForm(el);
    expect(getComputedStyle($(el, '#cb-phone')).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });
});

import {expect, oneEvent} from '@open-wc/testing';
import {getLocale, resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {behave, deepActiveElement, endpointFor, newBucket, press, stored, textOf, waitFor} from '../helpers.js';
import {$, click, create, exits, headingText, settle, submit, toCheckAnswers, typeInto} from './drive.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';

afterEach(async () => {
  resetPageLocaleForTests();
  await setLocale('en');
});

/** Every screen of the form, in order, with the richest content each can show. */
async function everyScreen(el: HopeReportConcern, visit: (name: string) => Promise<void>) {
  await visit('danger');
  await submit(el);
  await visit('danger with errors');
  await click(el, '#danger');
  await visit('danger with the emergency panel');
  await submit(el);
  await submit(el);
  await visit('types with errors');
  await click(el, '#types');
  await submit(el);
  await typeInto(el, '#description', 'A'.repeat(120) + ' they sleep at the car wash');
  await click(el, '.signs summary');
  await visit('what was seen, signs open');
  await submit(el);
  await typeInto(el, '#postcode', '75001');
  await submit(el);
  await visit('where, postcode questioned');
  await submit(el);
  await visit('when');
  await submit(el);
  await visit('people');
  await submit(el);
  await click(el, '#privacy-confidential');
  await submit(el);
  await visit('about you, contact details with errors');
  await typeInto(el, '#phone', '07700 900982');
  await click(el, '#safeToContact');
  await visit('about you, safe to contact');
  await submit(el);
  await visit('check answers');
}

describe('hope-report-concern: accessibility and layout', () => {
  it('has no axe violations on any step', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', privacyUrl: 'https://council.example/privacy'});
    const seen: string[] = [];
    await everyScreen(el, async (name) => {
      seen.push(name);
      await expect(el, name).to.be.accessible();
    });
    expect(seen).to.have.length(11);
  });

  it('has no axe violations when sending, queued and delivered', async () => {
    const bucket = newBucket('rc');
    await behave(bucket, [{status: 503}]);
    const el = await create({endpoint: endpointFor(bucket)});
    await toCheckAnswers(el);
    const queued = oneEvent(el, 'hope-error');
    await submit(el);
    await queued;
    await el.updateComplete;
    expect(textOf($(el, '[part~=status]'))).to.contain('Not sent yet');
    expect($(el, 'form button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.summary a'), 'no Change while it is on its way').to.equal(null);
    await expect(el).to.be.accessible();
    await oneEvent(el, 'hope-submitted');
    await settle(el);
    expect(textOf(deepActiveElement())).to.equal('Report sent');
    await expect(el).to.be.accessible();
    expect(await stored(bucket)).to.have.length(1);
  });

  it('fits 320 px without horizontal scrolling on every step', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', privacyUrl: 'https://council.example/privacy'});
    el.classList.add('narrow');
    const style = document.createElement('style');
    style.textContent = 'hope-report-concern.narrow { width: 320px; }';
    document.head.append(style);
    try {
      await everyScreen(el, async (name) => {
        const frame = $(el, '.frame')!;
        expect(el.getBoundingClientRect().width).to.equal(320);
        expect(frame.scrollWidth, name).to.be.at.most(frame.clientWidth);
      });
    } finally {
      style.remove();
    }
  });

  it('right to left in Arabic: dir and lang on the wrapper, numbers isolated', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', locale: 'ar'});
    await waitFor(() => getLocale() === 'ar', {message: 'Arabic loaded'});
    await settle(el);
    const frame = $(el, '.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(el.hasAttribute('dir'), 'never on the host').to.equal(false);
    await click(el, '#danger');
    const call = $(el, 'a[href="tel:999"] bdi.ltr')!;
    expect(getComputedStyle(call).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('follows a language change mid-form, errors included, and keeps the answers', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await submit(el);
    expect(textOf($(el, '.error-summary h2'))).to.equal('There is a problem');
    await setLocale('pl');
    await settle(el);
    expect(textOf($(el, '.error-summary h2'))).to.equal('Wystąpił problem');
    expect($(el, '.frame')!.getAttribute('lang')).to.equal('pl');
    expect($(el, '#danger-error')).to.exist;
  });

  it('shows the exit button at the top by default; quick exit clears every answer and stores nothing', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    const exit = $(el, '.frame > hope-quick-exit')!;
    expect($(el, '.frame')!.firstElementChild).to.equal(exit);
    await toCheckAnswers(el, 'Something only I should see');
    expect(headingText(el)).to.equal('Check your answers before sending');
    exits.length = 0;
    exit.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    await settle(el);
    expect(headingText(el)).to.equal('Are you or someone else in immediate danger?');
    expect($<HTMLInputElement>(el, '#danger-no')!.checked).to.equal(false);
    await click(el, '#danger-no');
    await submit(el);
    expect($<HTMLInputElement>(el, '#types')!.checked).to.equal(false);
    await click(el, '#types');
    await submit(el);
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('');
    expect(textOf(el.shadowRoot as unknown as Element)).not.to.contain('Something only I should see');
  });

  it('pressing Shift three times also leaves and clears', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await click(el, '#danger-no');
    await submit(el);
    exits.length = 0;
    await press('Shift', 3);
    expect(exits).to.have.length(1);
    await settle(el);
    expect(headingText(el)).to.equal('Are you or someone else in immediate danger?');
  });

  it('quick-exit="off" hides the built-in exit button', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', quickExit: 'off'});
    expect($(el, 'hope-quick-exit')).to.equal(null);
  });

  it('nothing the person typed is left on the device or in the address', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket)});
    const secret = 'Unique-secret-text-1234';
    await toCheckAnswers(el, secret);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    const everything = [
      ...Object.keys(localStorage).map((k) => localStorage.getItem(k)),
      ...Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)),
      document.cookie,
      location.href,
    ].join(' ');
    expect(everything).not.to.contain(secret);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('hope'))).to.deep.equal([]);
  });

  it('"Start a new report" after sending forgets the report and starts at the first question', async () => {
    const bucket = newBucket('rc');
    const el = await create({endpoint: endpointFor(bucket)});
    await toCheckAnswers(el);
    const done = oneEvent(el, 'hope-submitted');
    await submit(el);
    await done;
    await settle(el);
    await click(el, '.button.secondary');
    expect(textOf(deepActiveElement())).to.equal('Are you or someone else in immediate danger?');
    expect(textOf($(el, '[part~=status]'))).to.equal('');
  });
});

import {expect} from '@open-wc/testing';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {deepActiveElement, textOf, type} from '../helpers.js';
import {$, $$, click, create, headingText, submit, toCheckAnswers} from './drive.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';

afterEach(async () => {
  resetPageLocaleForTests();
  await setLocale('en');
});

const links = (el: HopeReportConcern) => $$<HTMLAnchorElement>(el, '[part=emergency] a').map((a) => a.getAttribute('href'));

describe('hope-report-concern: immediate danger', () => {
  it('is always the first question, and "No" shows no emergency panel', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    expect(headingText(el)).to.equal('Are you or someone else in immediate danger?');
    await click(el, '#danger-no');
    expect($(el, '[part=emergency]')).to.equal(null);
  });

  it('GB: "Yes" shows 999, text relay 18000, emergencySMS and the helpline as working links, announced at once; the person may still continue', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', country: 'GB'});
    $(el, '#danger')!.focus();
    await type(' ');
    await el.updateComplete;
    const panel = $(el, '[part=emergency]')!;
    expect(panel.closest('[aria-live=assertive]'), 'announced').to.exist;
    expect(deepActiveElement(), 'focus stays on the answer').to.equal($(el, '#danger'));
    expect(textOf(panel)).to.contain('Call the emergency services now');
    expect(links(el)).to.deep.equal(['tel:999', 'tel:18000', 'sms:999', 'tel:+448000121700']);
    const call = panel.querySelector<HTMLAnchorElement>('a[href="tel:999"]')!;
    expect(textOf(call)).to.equal('Call 999');
    expect(call.querySelector('bdi.ltr')).to.exist;
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    expect(textOf(panel)).to.contain('emergencySMS');
    await submit(el);
    expect(headingText(el)).to.equal('What kind of exploitation do you think it is?');
  });

  it('the emergency panel stays on check answers when the answer was "Yes"', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    await toCheckAnswers(el);
    expect($(el, '[part=emergency]')).to.equal(null);
    await click(el, '.summary a[href="#danger"]');
    await click(el, '#danger');
    await submit(el);
    expect(headingText(el)).to.equal('Check your answers before sending');
    expect(links(el)).to.include('tel:999');
  });

  it('an EU country: 112, no UK extras', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', country: 'pl'});
    await click(el, '#danger');
    expect(links(el)).to.deep.equal(['tel:112']);
  });

  it('the US: 911 and the national hotline', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', country: 'US'});
    await click(el, '#danger');
    expect(links(el)).to.deep.equal(['tel:911', 'tel:+18883737888']);
  });

  it('a country without a checked number: says so plainly and never guesses a number', async () => {
    const el = await create({endpoint: '/receiver/unused/submit', country: 'TR'});
    await click(el, '#danger');
    const panel = $(el, '[part=emergency]')!;
    expect(textOf(panel)).to.match(/We do not have a checked emergency number for (Turkey|Türkiye)/);
    expect(textOf(panel)).to.contain('Call your local emergency number now.');
    expect(panel.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')).to.have.length(0);
    await submit(el);
    expect(headingText(el)).to.equal('What kind of exploitation do you think it is?');
  });
});

// The hand-off against the real <hope-report-concern>: what the person then sees in the form.
import {fixture, html, expect} from '@open-wc/testing';
import '../../src/indicator-checklist/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {encodeHandoff} from '../../src/core/handoff.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {press, waitFor} from '../helpers.js';
import {q, tick} from './drive.js';
import '../../src/report-concern/index.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';
import {click, submit} from '../report-concern/drive.js';

type ReportForm = HopeReportConcern;

/** Walks the report form as a person would and reads what it shows ticked and chosen. */
async function shownInForm(form: ReportForm) {
  const ticked = (name: string) =>
    [...form.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
  await click(form, '#danger-no');
  await submit(form);
  const types = ticked('types');
  await submit(form);
  const indicators = ticked('indicators');
  const description = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#description')!;
  description.value = 'Seen from the street.';
  description.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await submit(form);
  const placeType = form.shadowRoot!.querySelector<HTMLSelectElement>('#placeType')!.value;
  return {types, indicators, placeType};
}


describe('hope-indicator-checklist → the real hope-report-concern', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('same page: the report form holds the ticked signs, types and place, and has focus', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <hope-indicator-checklist report-form="report"></hope-indicator-checklist>
      <hope-report-concern id="report" endpoint="/receiver/never/submit"></hope-report-concern>
    </div>`);
    const el = wrapper.querySelector<HopeIndicatorChecklist>('hope-indicator-checklist')!;
    const form = wrapper.querySelector<ReportForm>('hope-report-concern')!;
    await el.updateComplete;
    const select = q<HTMLSelectElement>(el, '#start-place');
    select.value = 'car-wash';
    select.dispatchEvent(new Event('change'));
    await tick(el, 'documents-held', 'debt-bondage');
    q(el, '[part=report-button]').focus();
    await press('Enter');
    await waitFor(() => document.activeElement === form, {message: 'focus in the report form'});
    expect(await shownInForm(form)).to.deep.equal({types: ['labour'], indicators: ['documents-held', 'debt-bondage'], placeType: 'car-wash'});
  });

  it('another page: the form reads the fragment the checklist wrote, and removes it from the address bar', async () => {
    const checklist = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist report-url=${location.pathname}></hope-indicator-checklist>`);
    let went = '';
    checklist.navigate = (url) => (went = url);
    await tick(checklist, 'home-taken-over', 'many-visitors-odd-hours');
    q(checklist, '[part=report-button]').focus();
    await press('Enter');
    await waitFor(() => went, {message: 'navigation'});
    const fragment = new URL(went).hash;
    expect(fragment).to.equal(encodeHandoff({exploitationTypes: ['criminal'], indicators: ['home-taken-over', 'many-visitors-odd-hours']}));
    const before = location.href;
    history.replaceState(history.state, '', location.pathname + location.search + fragment);
    try {
      const form = await fixture<ReportForm>(html`<hope-report-concern endpoint="/receiver/never/submit"></hope-report-concern>`);
      await form.updateComplete;
      expect(location.hash).to.equal('');
      expect(await shownInForm(form)).to.deep.equal({types: ['criminal'], indicators: ['home-taken-over', 'many-visitors-odd-hours'], placeType: ''});
    } finally {
      history.replaceState(history.state, '', before.split('#')[0]);
    }
  });
});

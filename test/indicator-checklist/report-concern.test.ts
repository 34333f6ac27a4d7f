// The hand-off against the real <hope-report-concern>. Skipped (with a note) while
// src/report-concern/index.ts does not exist yet; it runs as soon as it does.
import {fixture, html, expect} from '@open-wc/testing';
import '../../src/indicator-checklist/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {encodeHandoff} from '../../src/core/handoff.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {press, waitFor} from '../helpers.js';
import {q, tick} from './drive.js';

type ReportForm = HTMLElement & {prefill(s: unknown): void; updateComplete: Promise<unknown>};
/** The form's answers (private state: this test pins the contract between the two widgets). */
const answers = (form: ReportForm) => (form as unknown as {a: {types: string[]; indicators: string[]; placeType: string}}).a;


describe('hope-indicator-checklist → the real hope-report-concern', () => {
  before(async function () {
    try {
      // A computed specifier, so that a missing file skips this suite instead of failing the import.
      await import(new URL('../../src/report-concern/index.ts', import.meta.url).href);
    } catch {
      console.warn('src/report-concern/index.ts is not there yet: skipping the hand-off tests against the real form.');
      this.skip();
    }
  });

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
    await waitFor(() => answers(form).indicators.length === 2, {message: 'form pre-filled'});
    expect(answers(form).indicators).to.deep.equal(['documents-held', 'debt-bondage']);
    expect(answers(form).types).to.deep.equal(['labour']);
    expect(answers(form).placeType).to.equal('car-wash');
    await waitFor(() => document.activeElement === form, {message: 'focus in the report form'});
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
      expect(answers(form).indicators).to.deep.equal(['home-taken-over', 'many-visitors-odd-hours']);
      expect(answers(form).types).to.deep.equal(['criminal']);
      expect(location.hash).to.equal('');
    } finally {
      history.replaceState(history.state, '', before.split('#')[0]);
    }
  });
});

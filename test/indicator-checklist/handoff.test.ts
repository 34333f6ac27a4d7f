// Hand-off to the report form, against a stand-in <hope-report-concern> that records prefill().
// (report-concern.test.ts runs the same hand-off against the real form.)
import {fixture, html, expect} from '@open-wc/testing';
import '../../src/indicator-checklist/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {decodeHandoff} from '../../src/core/handoff.js';
import {EXPLOITATION_TYPES, INDICATOR_IDS, PLACE_TYPES} from '../../src/indicators/index.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {deepActiveElement, press, sleep, textOf, waitFor} from '../helpers.js';
import {q, tick} from './drive.js';
import {defineStandIn, type ReportFormStandIn} from './report-form-stand-in.js';

const KNOWN = {exploitationTypes: EXPLOITATION_TYPES, indicators: INDICATOR_IDS, placeTypes: PLACE_TYPES};

async function choosePlace(el: HopeIndicatorChecklist, value: string) {
  const select = q<HTMLSelectElement>(el, '#start-place');
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

/** Presses "Report what you saw" with the keyboard. */
async function pressReport(el: HopeIndicatorChecklist) {
  q(el, '[part=report-button]').focus();
  await press('Enter');
}

async function page(template: unknown) {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector<HopeIndicatorChecklist>('hope-indicator-checklist')!;
  await el.updateComplete;
  return {wrapper, el};
}

describe('hope-indicator-checklist: hand-off to the report form', () => {
  afterEach(async () => {
    resetPageLocaleForTests();
    await setLocale('en');
  });

  // Runs first: the stand-in is not defined yet, like a report form whose script loads later.
  it('waits for the report form to be defined, then pre-fills it', async () => {
    if (customElements.get('hope-report-concern')) throw new Error('this test must run before the stand-in is defined');
    const {wrapper, el} = await page(html`<hope-indicator-checklist report-form="late"></hope-indicator-checklist>
      <hope-report-concern id="late"></hope-report-concern>`);
    await tick(el, 'documents-held');
    await pressReport(el);
    await waitFor(() => textOf(q(el, '[part=guidance]')).includes('Opening the report form'), {message: 'opening note'});
    await sleep(200);
    defineStandIn();
    const form = wrapper.querySelector<ReportFormStandIn>('#late')!;
    await waitFor(() => form.calls.length === 1, {message: 'prefill'});
    expect(form.calls[0]).to.deep.equal({exploitationTypes: [], indicators: ['documents-held']});
  });

  describe('with the form on the page', () => {
    before(defineStandIn);

    it('pre-fills the form named by report-form with ids and types only, scrolls to it and moves focus there', async () => {
      const {wrapper, el} = await page(html`<hope-indicator-checklist report-form="report"></hope-indicator-checklist>
        <div style="block-size: 3000px"></div>
        <hope-report-concern id="report"></hope-report-concern>`);
      const form = wrapper.querySelector<ReportFormStandIn>('#report')!;
      await choosePlace(el, 'car-wash');
      await tick(el, 'debt-bondage', 'documents-held');
      await pressReport(el);
      await waitFor(() => form.calls.length === 1, {message: 'prefill'});
      expect(form.calls[0]).to.deep.equal({exploitationTypes: ['labour'], indicators: ['documents-held', 'debt-bondage'], placeType: 'car-wash'});
      await waitFor(() => deepActiveElement() === form.shadowRoot!.querySelector('h2'), {message: 'focus on the form'});
      const top = form.getBoundingClientRect().top;
      expect(top).to.be.at.least(-1);
      expect(top).to.be.lessThan(innerHeight);
      // The checklist keeps what was ticked (the person may come back) and says where it went.
      expect(el.selection.indicators).to.deep.equal(['documents-held', 'debt-bondage']);
      await el.updateComplete;
      expect(textOf(q(el, '[part=guidance]'))).to.contain('The report form below now has the signs you ticked');
      window.scrollTo(0, 0);
    });

    it('looks in its own shadow root before the document', async () => {
      const host = await fixture<HTMLElement>(html`<div><hope-report-concern id="shared"></hope-report-concern><section></section></div>`);
      const decoy = host.querySelector<ReportFormStandIn>('#shared')!;
      const shadow = host.querySelector('section')!.attachShadow({mode: 'open'});
      shadow.innerHTML = '<hope-indicator-checklist report-form="shared"></hope-indicator-checklist><hope-report-concern id="shared"></hope-report-concern>';
      const el = shadow.querySelector<HopeIndicatorChecklist>('hope-indicator-checklist')!;
      const inner = shadow.querySelector<ReportFormStandIn>('hope-report-concern')!;
      await el.updateComplete;
      await tick(el, 'forced-housework');
      await pressReport(el);
      await waitFor(() => inner.calls.length === 1, {message: 'prefill in the shadow root'});
      expect(decoy.calls).to.deep.equal([]);
      expect(inner.calls[0].exploitationTypes).to.deep.equal(['domestic-servitude']);
    });

    it('report-form may name an element around the form', async () => {
      const {wrapper, el} = await page(html`<hope-indicator-checklist report-form="report-section"></hope-indicator-checklist>
        <section id="report-section"><h2>Report</h2><hope-report-concern></hope-report-concern></section>`);
      await tick(el, 'self-harm');
      await pressReport(el);
      const form = wrapper.querySelector<ReportFormStandIn>('hope-report-concern')!;
      await waitFor(() => form.calls.length === 1, {message: 'prefill'});
    });

    it('no such form: says so in the live panel and logs one error for the site owner', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...a: unknown[]) => logged.push(a);
      try {
        const {el} = await page(html`<hope-indicator-checklist report-form="missing"></hope-indicator-checklist>`);
        await tick(el, 'documents-held');
        await pressReport(el);
        await waitFor(() => textOf(q(el, '[part=guidance]')).includes('The report form could not be opened'), {message: 'failure note'});
        expect(logged).to.have.length(1);
        expect(String(logged[0][0])).to.contain('report-form="missing"');
        expect(el.selection.indicators).to.deep.equal(['documents-held']);
      } finally {
        console.error = original;
      }
    });

    it('no such form but a report-url: goes to the report page instead', async () => {
      const {el} = await page(html`<hope-indicator-checklist report-form="missing" report-url="/report"></hope-indicator-checklist>`);
      const went: string[] = [];
      el.navigate = (url) => went.push(url);
      await tick(el, 'documents-held');
      await pressReport(el);
      await waitFor(() => went.length === 1, {message: 'navigation'});
      expect(went[0]).to.equal(`${location.origin}/report#hope-report=v1;i=documents-held`);
    });
  });

  describe('report-url (report form on another page)', () => {
    it('clears the checklist, then replaces the page with the fragment, which decodes to the same selection', async () => {
      const {el} = await page(html`<hope-indicator-checklist report-url="report.html?from=checklist#top"></hope-indicator-checklist>`);
      const went: Array<{url: string; ticked: number}> = [];
      el.navigate = (url) => went.push({url, ticked: el.selection.indicators.length});
      await choosePlace(el, 'car-wash');
      await tick(el, 'documents-held', 'debt-bondage', 'carries-weapon');
      const selection = el.selection;
      await pressReport(el);
      await waitFor(() => went.length === 1, {message: 'navigation'});
      const url = new URL(went[0].url);
      expect(url.href.split('#')[0]).to.equal(new URL('report.html?from=checklist', location.href).href);
      expect(url.hash).to.equal('#hope-report=v1;t=labour,criminal;i=documents-held,debt-bondage,carries-weapon;p=car-wash');
      expect(decodeHandoff(url.hash, KNOWN)).to.deep.equal(selection);
      expect(went[0].ticked).to.equal(0);
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '#sign-documents-held').checked).to.equal(false);
      expect(location.hash).not.to.contain('hope-report');
    });

    it('refuses an address that is not http(s), and says so', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...a: unknown[]) => logged.push(a);
      try {
        const {el} = await page(html`<hope-indicator-checklist report-url="javascript:alert(1)"></hope-indicator-checklist>`);
        const went: string[] = [];
        el.navigate = (url) => went.push(url);
        await tick(el, 'documents-held');
        await pressReport(el);
        await el.updateComplete;
        expect(went).to.deep.equal([]);
        expect(textOf(q(el, '[part=guidance]'))).to.contain('The report form could not be opened');
        expect(logged).to.have.length(1);
        expect(el.selection.indicators).to.deep.equal(['documents-held']);
      } finally {
        console.error = original;
      }
    });

    it('offers reporting with no sign ticked too (a concern may not fit any sign)', async () => {
      const {el} = await page(html`<hope-indicator-checklist report-url="/report"></hope-indicator-checklist>`);
      const went: string[] = [];
      el.navigate = (url) => went.push(url);
      await pressReport(el);
      await waitFor(() => went.length === 1, {message: 'navigation'});
      expect(new URL(went[0]).hash).to.equal('#hope-report=v1');
    });
  });
});

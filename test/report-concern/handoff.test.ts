import {expect} from '@open-wc/testing';
import {encodeHandoff} from '../../src/core/handoff.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {waitFor} from '../helpers.js';
import {$, click, create, headingText, submit, summary, typeInto} from './drive.js';
import type {HopeReportConcern} from '../../src/report-concern/index.js';

const path = location.pathname + location.search;
afterEach(async () => {
  history.replaceState(history.state, '', path);
  resetPageLocaleForTests();
  await setLocale('en');
});

const checked = (el: HopeReportConcern, id: string) => $<HTMLInputElement>(el, `#${id}`)?.checked;

async function toSeen(el: HopeReportConcern) {
  await click(el, '#danger-no');
  await submit(el);
  await submit(el);
}

describe('hope-report-concern: prefill and the hand-off from the checklist', () => {
  it('prefill merges: it adds, never removes or overwrites what the person chose or typed, drops unknown ids, and never skips the danger question', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    el.prefill({exploitationTypes: ['labour'], indicators: [], placeType: 'farm'});
    await el.updateComplete;
    expect(headingText(el)).to.equal('Are you or someone else in immediate danger?');
    await click(el, '#danger-no');
    await submit(el);
    expect(checked(el, 'types')).to.equal(true);
    await click(el, '#types-sexual');
    await submit(el);
    await typeInto(el, '#description', 'Typed by the person');
    el.prefill({exploitationTypes: ['criminal', 'made-up'], indicators: ['documents-held', 'not-a-sign'], placeType: 'car-wash'});
    await el.updateComplete;
    expect(headingText(el), 'stays on the step').to.equal('What did you see or hear?');
    expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('Typed by the person');
    expect(($(el, 'details.signs') as HTMLDetailsElement).open, 'picked signs are shown').to.equal(true);
    expect(checked(el, 'ind-documents-held')).to.equal(true);
    expect($(el, '#ind-not-a-sign')).to.equal(null);
    await click(el, '.back');
    expect(['types', 'types-sexual', 'types-criminal'].map((id) => checked(el, id))).to.deep.equal([true, true, true]);
    await submit(el);
    await submit(el);
    expect($<HTMLSelectElement>(el, '#placeType')!.value, 'the first place type stays').to.equal('farm');
  });

  it('reads the #hope-report fragment before the first render, removes it from the address bar, and drops unknown ids', async () => {
    const before = history.length;
    history.replaceState(history.state, '', `${path}#hope-report=v1;t=labour,criminal,bogus;i=documents-held,debt-bondage,unknown-sign;p=car-wash`);
    const el = await create({endpoint: '/receiver/unused/submit'});
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain('hope-report');
    expect(history.length).to.equal(before);
    expect(headingText(el)).to.equal('Are you or someone else in immediate danger?');
    await click(el, '#danger-no');
    await submit(el);
    await submit(el);
    await typeInto(el, '#description', 'From the checklist');
    for (let i = 0; i < 5; i++) await submit(el);
    const shown = summary(el);
    expect(shown['What kind of exploitation do you think it is?']).to.equal('Forced labour or labour exploitationCriminal exploitation, including county lines and cuckooing');
    expect(shown['Type of place']).to.equal('Car wash');
    expect(el.shadowRoot!.querySelectorAll('.summary [data-field=indicators] li')).to.have.length(2);
  });

  it('follows a hand-off that arrives later (hashchange), and leaves other fragments alone', async () => {
    const el = await create({endpoint: '/receiver/unused/submit'});
    location.hash = '#main';
    await new Promise((r) => setTimeout(r, 50));
    expect(location.hash).to.equal('#main');
    location.hash = encodeHandoff({exploitationTypes: ['domestic-servitude'], indicators: ['eats-apart'], placeType: 'private-house'});
    await waitFor(() => location.hash === '', {message: 'fragment removed'});
    await el.updateComplete;
    await toSeen(el);
    expect(checked(el, 'ind-eats-apart')).to.equal(true);
  });

  it('ignores a fragment of another version, and still removes it', async () => {
    history.replaceState(history.state, '', `${path}#hope-report=v9;t=labour`);
    const el = await create({endpoint: '/receiver/unused/submit'});
    expect(location.hash).to.equal('');
    await click(el, '#danger-no');
    await submit(el);
    expect(checked(el, 'types')).to.equal(false);
  });
});

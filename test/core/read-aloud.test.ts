import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import '../../src/indicator-checklist/index.js';
import '../../src/helpline-locator/index.js';
import type {HopeIndicatorChecklist} from '../../src/indicator-checklist/index.js';
import {useSpeechSynthesisForTests} from '../../src/core/read-aloud.js';
import {QUICK_EXIT_EVENT} from '../../src/core/events.js';
import {getLocale, resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {press, textOf, waitFor} from '../helpers.js';
import {create, exits, $} from '../report-concern/drive.js';
import {tick} from '../indicator-checklist/drive.js';

/** A recording stand-in for speechSynthesis: what would have been spoken, in which language. */
function fakeSpeech(voices: Array<{lang: string; localService: boolean}>) {
  const spoken: Array<{text: string; lang: string}> = [];
  let cancels = 0;
  const fake = {
    getVoices: () => voices.map((v, i) => ({...v, name: `voice ${i}`, voiceURI: `v${i}`, default: false}) as SpeechSynthesisVoice),
    speak: (u: SpeechSynthesisUtterance) => spoken.push({text: u.text, lang: u.lang}),
    cancel: () => cancels++,
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  useSpeechSynthesisForTests(fake as unknown as SpeechSynthesis);
  return {spoken, cancels: () => cancels};
}

const listenButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=read-aloud]');

async function activate(button: HTMLButtonElement) {
  button.focus();
  await press('Enter');
}

describe('read aloud (speechSynthesis replaced by a recording fake)', () => {
  afterEach(async () => {
    useSpeechSynthesisForTests(undefined);
    fixtureCleanup();
    resetPageLocaleForTests();
    await setLocale('en');
  });

  it('report form: speaks the current question, its hint and options, in the page language', async () => {
    const speech = fakeSpeech([{lang: 'pl-PL', localService: true}, {lang: 'en-GB', localService: true}]);
    const el = await create({locale: 'pl', endpoint: '/receiver/read-aloud/submit'});
    await waitFor(() => getLocale() === 'pl');
    await el.updateComplete;
    const button = await waitFor(() => listenButton(el));
    expect(textOf(button)).to.contain('Posłuchaj');
    await activate(button);
    await waitFor(() => speech.spoken.length === 1);
    const [said] = speech.spoken;
    expect(said.lang).to.equal('pl-PL');
    const legend = textOf($(el, 'legend, h2'));
    expect(said.text).to.contain(legend);
    for (const label of [...el.shadowRoot!.querySelectorAll('form label')].filter((l) => l.getClientRects().length)) {
      expect(said.text).to.contain(textOf(label));
    }
    // While speaking, the button says Stop; Stop cancels.
    await el.updateComplete;
    expect(textOf(listenButton(el))).to.contain('Zatrzymaj');
    const before = speech.cancels();
    await activate(listenButton(el)!);
    expect(speech.cancels()).to.be.greaterThan(before);
    // Listening again, then the person presses the quick exit button: speech is cancelled before the page goes.
    await el.updateComplete;
    await activate(listenButton(el)!);
    await waitFor(() => speech.spoken.length === 2);
    const exitsBefore = exits.length;
    const cancelsBefore = speech.cancels();
    const exitButton = el.shadowRoot!.querySelector('hope-quick-exit')!.shadowRoot!.querySelector<HTMLElement>('[part=button]')!;
    exitButton.focus();
    await press('Enter');
    await waitFor(() => exits.length > exitsBefore, {message: 'left the page'});
    expect(speech.cancels()).to.be.greaterThan(cancelsBefore);
  });

  it('is hidden when the only voice for the language is a network voice, and when there is none', async () => {
    fakeSpeech([{lang: 'ar-SA', localService: false}, {lang: 'en-GB', localService: true}]);
    const el = await create({locale: 'ar', endpoint: '/receiver/read-aloud/submit'});
    await waitFor(() => getLocale() === 'ar');
    await el.updateComplete;
    expect(listenButton(el)).to.equal(null);
    await setLocale('en');
    await el.updateComplete;
    expect(listenButton(el)).to.exist;
  });

  it('checklist: speaks the ticked signs and the guidance, then quick exit stops it at once', async () => {
    const speech = fakeSpeech([{lang: 'en-GB', localService: true}]);
    const el = await fixture<HopeIndicatorChecklist>(html`<hope-indicator-checklist country="GB"></hope-indicator-checklist>`);
    await el.updateComplete;
    await tick(el, 'restricted-movement');
    const label = textOf(el.shadowRoot!.querySelector('label[for="sign-restricted-movement"]'));
    await activate(listenButton(el)!);
    await waitFor(() => speech.spoken.length === 1);
    const said = speech.spoken[0];
    expect(said.lang).to.equal('en-GB');
    expect(said.text).to.contain(label);
    expect(said.text).to.contain(textOf(el.shadowRoot!.querySelector('.results h2')));
    expect(said.text).to.contain('999');
    const before = speech.cancels();
    window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT, {detail: {href: 'https://www.bbc.co.uk/weather'}}));
    expect(speech.cancels()).to.be.greaterThan(before);
  });

  it('helpline locator: speaks a helpline\'s name, hours and number', async () => {
    const speech = fakeSpeech([{lang: 'en-US', localService: true}]);
    const el = await fixture(html`<hope-helpline-locator country="GB"></hope-helpline-locator>`);
    await (el as any).updateComplete;
    const first = await waitFor(() => el.shadowRoot!.querySelector('li.entry'));
    await activate(listenButton(el)!);
    await waitFor(() => speech.spoken.length === 1);
    const said = speech.spoken[0];
    expect(said.text).to.contain(textOf(first.querySelector('h3')));
    expect(said.text).to.contain(textOf(first.querySelector('[part=hours]')));
    expect(said.text).to.contain(textOf(first.querySelector('a[part=channel] bdi')));
  });
});

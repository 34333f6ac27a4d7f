import {fixture, html, expect, fixtureCleanup} from '@open-wc/testing';
import '../../src/quick-exit/index.js';
import {defineLanguageSwitcher} from '../../src/core/language-switcher.js';
import {
  applyPageLocale, directionOf, getLocale, matchLocale, offeredLocales, resetPageLocaleForTests, resolveLocale, setLocale,
} from '../../src/core/localization.js';
import {nativeLanguageName} from '../../src/core/intl.js';
import {press, textOf, waitFor, deepActiveElement} from '../helpers.js';

defineLanguageSwitcher();

const frameOf = (el: Element) => el.shadowRoot!.querySelector('.frame')!;
const label = (el: Element) => textOf(el.shadowRoot!.querySelector('[part=button]'));

async function reset() {
  fixtureCleanup();
  resetPageLocaleForTests();
  history.replaceState(null, '', location.pathname);
  document.documentElement.setAttribute('lang', 'en');
  await setLocale('en');
}

describe('locale: one per page', () => {
  afterEach(reset);

  it('resolves in the documented order: choice, ?hope-lang, attribute, <html lang>, browser, English', () => {
    const all = {chosen: 'ar', urlParam: 'pl', attribute: 'en', htmlLang: 'pl', browser: ['ar']};
    expect(resolveLocale(all)).to.equal('ar');
    expect(resolveLocale({...all, chosen: undefined})).to.equal('pl');
    expect(resolveLocale({...all, chosen: undefined, urlParam: null})).to.equal('en');
    expect(resolveLocale({htmlLang: 'pl-PL', browser: ['ar']})).to.equal('pl');
    expect(resolveLocale({htmlLang: 'xx', browser: ['de-DE', 'ar-EG']})).to.equal('ar');
    expect(resolveLocale({browser: ['de', 'fr']})).to.equal('en');
    // A signal we cannot serve passes to the next one.
    expect(resolveLocale({chosen: 'tlh', urlParam: 'pl'})).to.equal('pl');
  });

  it('falls back from a region to its language, case- and underscore-insensitively', () => {
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('EN_gb')).to.equal('en');
    expect(matchLocale('pl-PL')).to.equal('pl');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('tlh')).to.equal(undefined); // not shipped: the next signal decides
    expect(matchLocale('')).to.equal(undefined);
  });

  it('right-to-left languages, and names of languages in themselves', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ur-PK')).to.equal('rtl');
    expect(directionOf('pa-Arab')).to.equal('rtl');
    expect(directionOf('pl')).to.equal('ltr');
    expect(nativeLanguageName('pl')).to.equal('Polski');
    expect(nativeLanguageName('ar')).to.equal('العربية');
    expect(nativeLanguageName('en')).to.equal('English');
    // Our own endonyms: Chromium's Intl names these in English.
    expect(nativeLanguageName('sq')).to.equal('Shqip');
    expect(nativeLanguageName('ti')).to.equal('ትግርኛ');
    expect(nativeLanguageName('zh-Hans')).to.equal('简体中文');
    expect(nativeLanguageName('ur')).to.equal('اردو');
  });

  it('a locale attribute translates every widget; lang and dir go on the shadow wrapper, never the host', async () => {
    const el = await fixture(html`<div><hope-quick-exit locale="ar"></hope-quick-exit><hope-quick-exit></hope-quick-exit></div>`);
    const [a, b] = el.querySelectorAll('hope-quick-exit');
    await waitFor(() => getLocale() === 'ar');
    await (a as any).updateComplete;
    await (b as any).updateComplete;
    for (const x of [a, b]) {
      expect(frameOf(x).getAttribute('lang')).to.equal('ar');
      expect(frameOf(x).getAttribute('dir')).to.equal('rtl');
      expect(x.hasAttribute('dir')).to.equal(false);
      expect(x.getAttribute('lang')).to.equal(null);
      expect(label(x)).to.contain('اخرج من هذه الصفحة');
    }
  });

  it('conflicting locale attributes log one warning, and the most recent wins', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const el = await fixture(html`<div><hope-quick-exit locale="pl"></hope-quick-exit><hope-quick-exit locale="ar"></hope-quick-exit></div>`);
      const third = document.createElement('hope-quick-exit');
      third.setAttribute('locale', 'pl');
      el.append(third);
      await waitFor(() => getLocale() === 'pl');
      expect(warnings.filter((w) => String(w[0]).includes('different locales'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('<html lang> applies when no element asks; ?hope-lang= beats an attribute', async () => {
    document.documentElement.setAttribute('lang', 'pl');
    const el = await fixture(html`<hope-quick-exit></hope-quick-exit>`);
    await waitFor(() => getLocale() === 'pl');
    history.replaceState(null, '', location.pathname + '?hope-lang=ar');
    el.setAttribute('locale', 'pl');
    await waitFor(() => getLocale() === 'ar', {message: 'URL parameter wins'});
  });

  it('the switcher names each language in itself; choosing one changes every widget and says so', async () => {
    const el = await fixture(html`<div>
      <hope-language-switcher></hope-language-switcher>
      <hope-quick-exit></hope-quick-exit>
    </div>`);
    const switcher = el.querySelector('hope-language-switcher')!;
    await switcher.updateComplete;
    const select = switcher.shadowRoot!.querySelector('select')!;
    const options = [...select.options].map((o) => [o.value, o.textContent, o.lang]);
    expect(options).to.deep.include.members([['en', 'English', 'en'], ['pl', 'Polski', 'pl'], ['ar', 'العربية', 'ar']]);
    expect(switcher.shadowRoot!.querySelector(`label[for=${select.id}]`)).to.exist;
    select.focus();
    expect(deepActiveElement()).to.equal(select);
    select.value = 'pl';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await waitFor(() => getLocale() === 'pl');
    const exit = el.querySelector('hope-quick-exit')!;
    await waitFor(() => label(exit).includes('Opuść tę stronę'), {message: 'exit in Polish'});
    await waitFor(() => textOf(switcher.shadowRoot!.querySelector('[role=status]')).includes('Zmieniono język na: Polski'));
    // A locale attribute set later does not override the person's choice.
    exit.setAttribute('locale', 'ar');
    await applyPageLocale();
    expect(getLocale()).to.equal('pl');
    await expect(switcher).to.be.accessible();
  });

  it('the switcher works by keyboard alone', async () => {
    const switcher = await fixture(html`<hope-language-switcher></hope-language-switcher>`);
    const select = switcher.shadowRoot!.querySelector('select')!;
    select.focus();
    const before = select.value;
    await press('ArrowDown');
    await waitFor(() => select.value !== before && getLocale() === select.value, {message: 'keyboard choice applied'});
  });
});

describe('negotiation, languages="…" and bad values', () => {
  afterEach(reset);

  it('negotiates every row of the table', () => {
    const table: Array<[string, string | undefined]> = [
      ['en-GB', 'en'], ['pt-BR', 'pt'], ['pt-PT', 'pt'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh', 'zh-Hans'],
      ['zh-Hans-CN', 'zh-Hans'], ['zh-TW', undefined], ['zh-HK', undefined], ['zh-Hant', undefined], ['zh-Hant-TW', undefined],
      ['pa-PK', 'ur'], ['pa-Arab', 'ur'], ['pa-Arab-PK', 'ur'], ['pa-IN', 'pa'], ['pa-Guru', 'pa'], ['ur-PK', 'ur'],
      ['ti-ER', 'ti'], ['sq-XK', 'sq'], ['fa-IR', 'fa'], ['uk-UA', 'uk'], ['xx-YY', undefined], ['tlh', undefined],
    ];
    for (const [tag, want] of table) expect(matchLocale(tag), tag).to.equal(want);
    // zh-TW is English, with the switcher; unknown → English.
    expect(resolveLocale({browser: ['zh-TW']})).to.equal('en');
    expect(resolveLocale({browser: ['xx']})).to.equal('en');
    expect(resolveLocale({browser: ['pa-PK']})).to.equal('ur');
  });

  it('languages limits automatic choice to its list and makes the first the fallback', () => {
    const offered = ['ro', 'bg', 'en'];
    expect(resolveLocale({browser: ['de', 'fr'], offered})).to.equal('ro');
    expect(resolveLocale({browser: ['pl', 'bg'], offered})).to.equal('bg');
    expect(resolveLocale({htmlLang: 'ar', browser: ['en-GB'], offered})).to.equal('en');
  });

  it('the switcher lists only the offered languages, in order; different sets on one page unite with one warning', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const el = await fixture(html`<div>
        <hope-language-switcher languages="ro bg en"></hope-language-switcher>
        <hope-quick-exit languages="ro bg en"></hope-quick-exit>
      </div>`);
      const switcher = el.querySelector('hope-language-switcher')!;
      await switcher.updateComplete;
      const options = () => [...switcher.shadowRoot!.querySelectorAll('option')].map((o) => o.value);
      expect(options()).to.deep.equal(['ro', 'bg', 'en']);
      // Chromium's test browser speaks English, which is offered: it stays.
      await waitFor(() => getLocale() === 'en');
      expect(warnings).to.have.length(0);
      const other = document.createElement('hope-quick-exit');
      other.setAttribute('languages', 'ti ar ro');
      el.append(other);
      await waitFor(() => options().join() === 'ro,bg,en,ti,ar', {message: 'union in the switcher'});
      expect(offeredLocales()).to.deep.equal(['ro', 'bg', 'en', 'ti', 'ar']);
      const third = document.createElement('hope-quick-exit');
      third.setAttribute('languages', 'pl');
      el.append(third);
      await waitFor(() => options().includes('pl'));
      expect(warnings.filter((w) => String(w[0]).includes('different languages'))).to.have.length(1);
      // A widget that leaves takes its languages with it.
      other.remove();
      await waitFor(() => options().join() === 'ro,bg,en,pl', {message: 'Tigrinya and Arabic gone with their widget'});
    } finally {
      console.warn = original;
    }
  });

  it('the first offered language replaces English when nothing else matches', async () => {
    const el = await fixture(html`<hope-quick-exit languages="ro bg"></hope-quick-exit>`);
    await waitFor(() => getLocale() === 'ro');
    await (el as any).updateComplete;
    expect(frameOf(el).getAttribute('lang')).to.equal('ro');
  });

  it('an unknown locale or languages value warns, naming it and the supported list, and shows English', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const el = await fixture(html`<div><hope-quick-exit locale="klingon"></hope-quick-exit><hope-quick-exit languages="xx-YY"></hope-quick-exit></div>`);
      const exit = el.querySelector('hope-quick-exit')!;
      await applyPageLocale();
      await (exit as any).updateComplete;
      expect(getLocale()).to.equal('en');
      expect(label(exit)).to.contain('Exit this page');
      const text = warnings.map((w) => String(w[0]));
      expect(text.find((t) => t.includes('"klingon"'))).to.contain('zh-Hans');
      expect(text.find((t) => t.includes('"xx-YY"'))).to.contain('ti');
    } finally {
      console.warn = original;
    }
  });
});

describe('the language switcher inside a widget', () => {
  afterEach(reset);

  it('choosing a language in one widget translates every widget on the page; language-switcher="off" hides it', async () => {
    await import('../../src/indicator-checklist/index.js');
    await import('../../src/report-concern/index.js');
    const el = await fixture(html`<div>
      <hope-indicator-checklist></hope-indicator-checklist>
      <hope-report-concern endpoint="/receiver/x/submit" quick-exit="off" language-switcher="off"></hope-report-concern>
    </div>`);
    const checklist = el.querySelector('hope-indicator-checklist')!;
    const report = el.querySelector('hope-report-concern')!;
    await (checklist as any).updateComplete;
    await (report as any).updateComplete;
    expect(report.shadowRoot!.querySelector('hope-language-switcher')).to.equal(null);
    const switcher = checklist.shadowRoot!.querySelector('hope-language-switcher')!;
    await switcher.updateComplete;
    const select = switcher.shadowRoot!.querySelector('select')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await waitFor(() => getLocale() === 'ar');
    await waitFor(() => report.shadowRoot!.querySelector('.frame')?.getAttribute('dir') === 'rtl', {message: 'report form mirrored'});
    expect(textOf(checklist.shadowRoot!.querySelector('h2'))).not.to.equal('Spot the signs');
  });
});

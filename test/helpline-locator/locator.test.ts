import {fixture, html, expect} from '@open-wc/testing';
import '../../src/helpline-locator/index.js';
import type {HopeHelplineLocator} from '../../src/helpline-locator/index.js';
import type {Helpline} from '../../src/helpline-locator/types.js';
import {guessCountry, deviceSignals, countryName} from '../../src/helpline-locator/country.js';
import {resetPageLocaleForTests, setLocale} from '../../src/core/localization.js';
import {QUICK_EXIT_EVENT} from '../../src/core/events.js';
import {deepActiveElement, press, textOf, type, waitFor} from '../helpers.js';

const root = (el: HopeHelplineLocator) => el.shadowRoot!;
const headings = (el: HopeHelplineLocator, scope = '') => [...root(el).querySelectorAll(`${scope} .entry h3`)].map((h) => textOf(h));
const listed = (el: HopeHelplineLocator) => headings(el, '[part=list]');
const emergencyText = (el: HopeHelplineLocator) => textOf(root(el).querySelector('[part=emergency]'));
const count = (el: HopeHelplineLocator) => textOf(root(el).querySelector('[part=count]'));

async function locator(template = html`<hope-helpline-locator country="GB"></hope-helpline-locator>`) {
  const el = await fixture<HopeHelplineLocator>(template);
  await el.updateComplete;
  return el;
}

async function choose(el: HopeHelplineLocator, id: string, value: string) {
  const select = root(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

async function retype(el: HopeHelplineLocator, text: string) {
  const search = root(el).querySelector<HTMLInputElement>('#search')!;
  search.value = '';
  search.dispatchEvent(new Event('input'));
  search.focus();
  await type(text);
}

function generated(n: number, extra: Partial<Helpline> = {}): Helpline[] {
  return Array.from({length: n}, (_, i) => ({
    id: `generated-${i}`,
    name: `Generated example line ${i}`,
    countries: ['GB'],
    topics: ['modern-slavery'],
    channels: [{type: 'phone', value: `+44207946${String(i % 1000).padStart(4, '0')}`}],
    source: 'https://example.org/generated',
    checked: '2026-11-01',
    example: true,
    ...extra,
  }));
}

afterEach(async () => {
  resetPageLocaleForTests();
  await setLocale('en');
});

describe('hope-helpline-locator: the built-in helplines', () => {
  it('is accessible', async () => {
    const el = await locator();
    await expect(el).to.be.accessible();
  });

  it('shows the UK emergency number first, as a link that dials 999, and the text relay', async () => {
    const el = await locator();
    const first = root(el).querySelector<HTMLAnchorElement>('[part=emergency] a[part=channel]')!;
    expect(first.getAttribute('href')).to.equal('tel:999');
    expect(textOf(first)).to.equal('Call 999');
    const relay = root(el).querySelector<HTMLAnchorElement>('[part=emergency] a[href="tel:18000"]')!;
    expect(textOf(relay)).to.contain('Text relay');
    expect(emergencyText(el)).to.contain('Open 24/7');
    expect(root(el).querySelector('[part=emergency] [part=copy]'), 'short codes need no copy button').to.equal(null);
  });

  it('lists every verified UK line, each with a working link, its source and the date it was checked', async () => {
    const el = await locator();
    expect(listed(el)).to.deep.equal([
      'Modern Slavery & Exploitation Helpline',
      'Police non-emergency number',
      'Crimestoppers',
      'Gangmasters and Labour Abuse Authority (GLAA)',
      'The Salvation Army modern slavery referral helpline',
      'Shout',
    ]);
    const hrefs = [...root(el).querySelectorAll<HTMLAnchorElement>('[part=list] a[part=channel]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:+448000121700', 'tel:101', 'tel:18001101', 'tel:+44800555111', 'tel:+448004320804', 'tel:+448008083733', 'sms:85258']);
    const msh = root(el).querySelector('#h-gb-modern-slavery-helpline')!.closest('li')!;
    expect(textOf(msh)).to.contain('08000 121 700');
    expect(textOf(msh)).to.contain('Free');
    expect(textOf(msh)).to.contain('Confidential');
    expect(textOf(msh)).to.contain('You can stay anonymous');
    for (const entry of root(el).querySelectorAll('.entry')) {
      const source = entry.querySelector<HTMLAnchorElement>('.source a')!;
      expect(source.href).to.match(/^https:\/\//);
      expect(textOf(entry.querySelector('.source'))).to.match(/Details checked: .*2026/);
    }
  });

  it('hides the fallback link inside the tag once it has upgraded', async () => {
    const el = await fixture<HopeHelplineLocator>(html`<hope-helpline-locator country="GB"
      ><a href="tel:+448000121700">Modern Slavery & Exploitation Helpline: 08000 121 700</a></hope-helpline-locator
    >`);
    await el.updateComplete;
    const fallback = el.querySelector('a')!;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(root(el).querySelector('a[href="tel:+448000121700"]')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('shows numbers in left-to-right isolation, and mirrors the layout in Arabic', async () => {
    const el = await locator(html`<hope-helpline-locator country="GB" locale="ar"></hope-helpline-locator>`);
    await waitFor(() => root(el).querySelector('[part=base]')?.getAttribute('dir') === 'rtl', {message: 'rtl'});
    const base = root(el).querySelector('[part=base]')!;
    expect(base.getAttribute('lang')).to.equal('ar');
    const number = root(el).querySelector('a[href="tel:+448000121700"] bdi')!;
    expect(number.classList.contains('ltr')).to.equal(true);
    expect(getComputedStyle(number).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen without scrolling sideways, with 44 px tap targets, even under hostile page CSS', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '.hostile * { box-sizing: content-box !important; letter-spacing: 0.2em; line-height: 3; text-transform: uppercase; } .hostile { font-size: 22px; }';
    document.head.append(hostile);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="hostile" style="width: 320px">
        <hope-helpline-locator country="GB" src="/test/helpline-locator/fixtures/valid.json" endpoint="/receiver/narrow/submit"></hope-helpline-locator>
      </div>`);
      const el = wrapper.querySelector('hope-helpline-locator')!;
      await el.feedComplete;
      root(el).querySelector<HTMLButtonElement>('[part=callback-open]')!.click();
      root(el).querySelector<HTMLButtonElement>('#country-change')!.click();
      await el.updateComplete;
      const base = root(el).querySelector<HTMLElement>('[part=base]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
      for (const target of root(el).querySelectorAll<HTMLElement>('a.button, button, select, input:not([type=checkbox], [type=radio], [tabindex="-1"])')) {
        expect(target.getBoundingClientRect().height, target.outerHTML.slice(0, 80)).to.be.at.least(44);
      }
    } finally {
      hostile.remove();
    }
  });

  it('copies a number, says so, and falls back to reading it out when the clipboard is refused', async () => {
    const el = await locator();
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (t: string) => void (copied = t)}});
    try {
      const button = root(el).querySelector<HTMLButtonElement>('#h-gb-modern-slavery-helpline ~ .channels [part=copy]')!;
      expect(textOf(button)).to.equal('Copy number 08000 121 700');
      button.click();
      await waitFor(() => textOf(button) === 'Copied', {message: 'button says copied'});
      expect(copied).to.equal('08000 121 700');
      expect(textOf(root(el).querySelector('p.visually-hidden[role=status]'))).to.equal('Copied 08000 121 700');
      Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async () => Promise.reject(new Error('denied'))}});
      root(el).querySelector<HTMLButtonElement>('#h-gb-crimestoppers ~ .channels [part=copy]')!.click();
      await waitFor(() => textOf(root(el).querySelector('p.visually-hidden[role=status]')).includes('Could not copy'), {message: 'failure said'});
      expect(textOf(root(el).querySelector('p.visually-hidden[role=status]'))).to.equal('Could not copy. The number is 0800 555 111.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});

describe('hope-helpline-locator: country', () => {
  it('guesses from the time zone, then the language region, else GB', () => {
    expect(guessCountry({timeZone: 'Europe/London', languages: ['pl-PL']})).to.equal('GB');
    expect(guessCountry({timeZone: 'Europe/Warsaw', languages: ['en-GB']})).to.equal('PL');
    expect(guessCountry({timeZone: 'America/New_York'})).to.equal('US');
    expect(guessCountry({timeZone: 'US/Pacific'})).to.equal('US');
    expect(guessCountry({timeZone: 'Asia/Dhaka', languages: ['en-US']})).to.equal('BD');
    expect(guessCountry({timeZone: 'UTC', languages: ['pl-PL', 'en-US']})).to.equal('PL');
    expect(guessCountry({timeZone: 'Etc/GMT+3', languages: ['bn', 'en_US']})).to.equal('US');
    expect(guessCountry({timeZone: 'UTC', languages: ['ar', 'pl']})).to.equal('GB');
    expect(guessCountry({})).to.equal('GB');
  });

  it('uses the guess when no country is set, and the attribute when it is', async () => {
    const guessed = await locator(html`<hope-helpline-locator></hope-helpline-locator>`);
    const expected = countryName(guessCountry(deviceSignals()), 'en');
    expect(textOf(root(guessed).querySelector('[part=country] strong'))).to.equal(expected);
    const set = await locator(html`<hope-helpline-locator country="us"></hope-helpline-locator>`);
    expect(textOf(root(set).querySelector('[part=country] strong'))).to.equal('United States');
    expect(root(set).querySelector('[part=emergency] a')!.getAttribute('href')).to.equal('tel:911');
    expect(listed(set)).to.deep.equal(['National Human Trafficking Hotline']);
    expect(textOf(root(set).querySelector('[part=list]'))).to.contain('Interpreters available');
  });

  it('lets the person search for their country by keyboard and shows its emergency number', async () => {
    const el = await locator();
    const change = root(el).querySelector<HTMLButtonElement>('#country-change')!;
    change.focus();
    await press('Enter');
    await el.updateComplete;
    expect(change.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement()?.id).to.equal('country-search');
    await type('polan');
    await el.updateComplete;
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('#country-select option')].map((o) => o.value);
    expect(options).to.deep.equal(['PL']);
    await press('Enter');
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=country] strong'))).to.equal('Poland');
    expect(root(el).querySelector('[part=emergency] a')!.getAttribute('href')).to.equal('tel:112');
    expect(emergencyText(el)).to.contain('Free from any phone');
    expect(deepActiveElement()).to.equal(root(el).querySelector('#country-change'));
    expect(textOf(root(el).querySelector('p.visually-hidden[role=status]'))).to.equal('Showing help in Poland.');
    await expect(el).to.be.accessible();
  });

  it('finds countries by their name in the page language and in English', async () => {
    const el = await locator(html`<hope-helpline-locator country="GB" locale="pl"></hope-helpline-locator>`);
    await waitFor(() => root(el).querySelector('[part=base]')?.getAttribute('lang') === 'pl', {message: 'Polish'});
    root(el).querySelector<HTMLButtonElement>('#country-change')!.click();
    await el.updateComplete;
    const search = root(el).querySelector<HTMLInputElement>('#country-search')!;
    for (const [query, code] of [['niemc', 'DE'], ['germany', 'DE'], ['bangladesz', 'BD']]) {
      search.value = query;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const values = [...root(el).querySelectorAll<HTMLOptionElement>('#country-select option')].map((o) => o.value);
      expect(values, query).to.include(code);
    }
  });

  it('says plainly when there is no checked emergency number for a country', async () => {
    const el = await locator(html`<hope-helpline-locator country="BD"></hope-helpline-locator>`);
    expect(emergencyText(el)).to.equal('We do not have a checked emergency number for Bangladesh. If you are in danger, call your local emergency number.');
    expect(root(el).querySelector('[part=emergency] a')).to.equal(null);
    expect(count(el)).to.equal('We have no other helplines for Bangladesh yet.');
    await expect(el).to.be.accessible();
  });
});

describe('hope-helpline-locator: filters and search', () => {
  it('filters by topic, never hiding the emergency numbers', async () => {
    const el = await locator();
    await choose(el, 'topic', 'crisis-support');
    expect(listed(el)).to.deep.equal(['Shout']);
    expect(emergencyText(el)).to.contain('999');
    expect(count(el)).to.equal('Helplines found: 1');
    await choose(el, 'topic', 'police');
    expect(listed(el)).to.deep.equal(['Police non-emergency number', 'Crimestoppers']);
  });

  it('filters by language, keeping lines whose languages are unknown and lines with interpreters', async () => {
    const el = await locator();
    el.helplines = [
      ...generated(1, {id: 'speaks-polish', name: 'Speaks Polish', languages: ['pl']}),
      ...generated(1, {id: 'speaks-bengali', name: 'Speaks Bengali', languages: ['bn-BD']}),
      ...generated(1, {id: 'has-interpreters', name: 'Has interpreters', languages: ['en', 'interpreters']}),
    ];
    await el.feedComplete;
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('#language option')].map((o) => o.value);
    expect(options).to.have.members(['', 'pl', 'bn', 'en']);
    await choose(el, 'language', 'pl');
    const shown = listed(el);
    expect(shown).to.include('Speaks Polish');
    expect(shown).to.include('Has interpreters');
    expect(shown).not.to.include('Speaks Bengali');
    expect(shown).to.include('Modern Slavery & Exploitation Helpline'); // languages not known: never hidden
    expect(emergencyText(el)).to.contain('999');
  });

  it('"open now" keeps lines that are open, 24/7 or of unknown hours', async () => {
    const el = await locator();
    el.now = Date.UTC(2026, 0, 14, 3, 0); // Wednesday 03:00 in London
    el.helplines = [
      ...generated(1, {id: 'office-hours', name: 'Office hours line', hours: {timeZone: 'Europe/London', weekly: [{days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00'}]}}),
      ...generated(1, {id: 'night-owl', name: 'Night owl line', hours: {timeZone: 'Europe/London', weekly: [{days: ['tue'], open: '22:00', close: '04:00'}]}}),
      ...generated(1, {
        id: 'text-at-night', name: 'Texts at night',
        hours: {timeZone: 'Europe/London', weekly: [{days: ['mon'], open: '09:00', close: '10:00'}]},
        channels: [{type: 'sms', value: '+447700900789', hours: '24/7'}],
      }),
    ];
    await el.feedComplete;
    root(el).querySelector<HTMLInputElement>('#open-now')!.click();
    await el.updateComplete;
    const shown = listed(el);
    expect(shown).to.include('Night owl line');
    expect(shown).to.include('Texts at night');
    expect(shown).to.include('Gangmasters and Labour Abuse Authority (GLAA)'); // hours unknown
    expect(shown).to.include('Shout');
    expect(shown).not.to.include('Office hours line');
    expect(emergencyText(el)).to.contain('999');
  });

  it('searches names, descriptions and numbers; with no match it says so and clears', async () => {
    const el = await locator();
    root(el).querySelector<HTMLInputElement>('#search')!.focus();
    await type('anonymous');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Crimestoppers']);
    await retype(el, '85258');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Shout']);
    await retype(el, '08000121700'); // typed without the spaces it is shown with
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['Modern Slavery & Exploitation Helpline']);
    await retype(el, 'zzzz');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([]);
    expect(count(el)).to.equal('No helplines match. Emergency numbers are always shown.');
    expect(emergencyText(el)).to.contain('999');
    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === 'Clear search and filters')!;
    clear.click();
    await el.updateComplete;
    expect(listed(el)).to.have.length(6);
    expect(deepActiveElement()).to.equal(root(el).querySelector('#search'));
  });

  it('shows a long list a page at a time and moves focus to the first new helpline', async () => {
    const el = await locator();
    el.helplines = generated(45);
    await el.feedComplete;
    expect(listed(el)).to.have.length(20);
    expect(count(el)).to.equal('Showing 20 of 51 helplines');
    const more = root(el).querySelector<HTMLButtonElement>('[part=more]')!;
    more.focus();
    await press('Enter');
    await el.updateComplete;
    expect(listed(el)).to.have.length(40);
    expect(deepActiveElement()).to.equal(root(el).querySelectorAll('[part=list] .entry h3')[20]);
    more.click();
    await el.updateComplete;
    expect(listed(el)).to.have.length(51);
    expect(root(el).querySelector('[part=more]')).to.equal(null);
    expect(count(el)).to.equal('Helplines found: 51');
  });

  it('forgets every choice and search on quick exit', async () => {
    const el = await locator();
    root(el).querySelector<HTMLInputElement>('#search')!.focus();
    await type('modern slavery');
    await choose(el, 'topic', 'modern-slavery');
    root(el).querySelector<HTMLButtonElement>('#country-change')!.click();
    await el.updateComplete;
    const select = root(el).querySelector<HTMLSelectElement>('#country-select')!;
    select.value = 'US';
    root(el).querySelector<HTMLButtonElement>('#country-picker [type=submit]')!.click();
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=country] strong'))).to.equal('United States');
    window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT, {detail: {href: 'https://www.bbc.co.uk/weather'}}));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=country] strong'))).to.equal('United Kingdom');
    expect(root(el).querySelector<HTMLInputElement>('#search')!.value).to.equal('');
    expect(root(el).querySelector<HTMLSelectElement>('#topic')!.value).to.equal('');
    expect(listed(el)).to.have.length(6);
  });
});

describe('hope-helpline-locator: feed text is text', () => {
  it('shows an XSS payload in every text field as text, runs nothing and drops javascript: links', async () => {
    const w = window as unknown as {__xss?: number};
    delete w.__xss;
    const el = await locator(html`<hope-helpline-locator country="GB" src="/test/helpline-locator/fixtures/xss.json"></hope-helpline-locator>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('hope-error', (e) => errors.push(e as CustomEvent));
    await el.feedComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(w.__xss).to.equal(undefined);
    const entry = root(el).querySelector('#h-xss-line')!.closest('li')!;
    expect(entry.querySelector('img, script, svg, iframe, b')).to.equal(null);
    expect(textOf(entry.querySelector('h3'))).to.equal('<img src=x onerror="window.__xss=1">Name');
    expect(textOf(entry)).to.contain('<b onmouseover="window.__xss=3">Org</b>');
    expect(textOf(entry)).to.contain('Description ${window.__xss=5}');
    expect(textOf(entry)).to.contain('<iframe src="javascript:window.__xss=6"></iframe>');
    const links = [...entry.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+442079460999', 'https://example.org/xss']);
    expect(links.some((h) => /javascript/i.test(h ?? ''))).to.equal(false);
    // The display text is not the number dialled, so the number dialled is shown beside it.
    expect(textOf(entry.querySelector('a[part=channel]'))).to.equal('<a href="javascript:window.__xss=8">Call</a> <img src=x onerror="window.__xss=7"> (+442079460999)');
  });
});

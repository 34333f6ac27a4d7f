/**
 * Every locale, in every widget, chosen by keyboard in the widget's own switcher; right-to-left
 * layout by element positions; numbers isolated left-to-right; every script drawn with real
 * glyphs; axe in Urdu and Tigrinya.
 */
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import '../../src/indicator-checklist/index.js';
import '../../src/helpline-locator/index.js';
import '../../src/report-concern/index.js';
import '../../src/training-signup/index.js';
import {getLocale, resetPageLocaleForTests, setLocale, supportedLocales as allLocales} from '../../src/core/localization.js';
import {ENDONYMS} from '../../src/core/endonyms.js';
import {deepActiveElement, press, textOf, waitFor} from '../helpers.js';
import {NOW, PROGRAMME} from '../training-signup/support.js';

/** Characters of each script, to tell a translation in that script from English. */
const SCRIPT: Record<string, RegExp> = {
  ar: /[\u0600-\u06FF]/, ur: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/,
  bg: /[\u0400-\u04FF]/, uk: /[\u0400-\u04FF]/, ru: /[\u0400-\u04FF]/,
  bn: /[\u0980-\u09FF]/, gu: /[\u0A80-\u0AFF]/, pa: /[\u0A00-\u0A7F]/, hi: /[\u0900-\u097F]/,
  'zh-Hans': /[\u4E00-\u9FFF]/, ti: /[\u1200-\u137F]/,
};
const RTL = ['ar', 'ur', 'fa'];

type Templates = Record<string, unknown>;
const parts = new Map<string, Templates>();
/** The translation of `id` in `locale`, from the generated runtime module of its part. */
async function translation(locale: string, part: string, id: string): Promise<string> {
  const key = `${locale}/${part}`;
  if (!parts.has(key)) parts.set(key, (await import(`../../src/generated/locales/${locale}/${part}.ts`)).templates);
  return String(parts.get(key)![id]);
}

const WIDGETS = [
  {name: 'report-concern', make: () => html`<hope-report-concern endpoint="/receiver/langs/submit" quick-exit="off"></hope-report-concern>`, selector: 'button[type=submit]', part: 'report-concern', id: 'report-concern.continue'},
  {name: 'indicator-checklist', make: () => html`<hope-indicator-checklist></hope-indicator-checklist>`, selector: 'h2#title', part: 'indicator-checklist', id: 'indicator-checklist.title'},
  {name: 'helpline-locator', make: () => html`<hope-helpline-locator country="GB"></hope-helpline-locator>`, selector: 'h2.title', part: 'helpline-locator', id: 'helpline-locator.title'},
  {name: 'training-signup', make: () => html`<hope-training-signup .now=${NOW} .timeZone=${'Europe/London'} .sessions=${PROGRAMME} endpoint="/receiver/langs/submit"></hope-training-signup>`, selector: 'h3.month', part: '', id: ''},
];

async function reset() {
  fixtureCleanup();
  resetPageLocaleForTests();
  document.documentElement.setAttribute('lang', 'en');
  await setLocale('en');
}

describe('every locale in every widget, chosen by keyboard', () => {
  afterEach(reset);

  for (const w of WIDGETS) {
    it(`${w.name}: ArrowDown through all ${allLocales.length} languages; text in each script, lang and dir on the widget`, async () => {
      const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(w.make());
      await el.updateComplete;
      const switcher = el.shadowRoot!.querySelector('hope-language-switcher')!;
      await switcher.updateComplete;
      const select = switcher.shadowRoot!.querySelector('select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal([...allLocales]);
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(allLocales.map((l) => ENDONYMS[l]));
      select.focus();
      expect(select.value).to.equal('en');
      const english = textOf(el.shadowRoot!.querySelector(w.selector));
      for (const locale of allLocales.slice(1)) {
        await press('ArrowDown');
        await waitFor(() => getLocale() === locale, {message: `${locale} chosen`});
        const frame = el.shadowRoot!.querySelector('.frame')!;
        await waitFor(() => frame.getAttribute('lang') === locale, {message: `${w.name} lang=${locale}`});
        expect(frame.getAttribute('dir')).to.equal(RTL.includes(locale) ? 'rtl' : 'ltr');
        const text = await waitFor(() => {
          const t = textOf(el.shadowRoot!.querySelector(w.selector));
          return t && t !== english ? t : undefined;
        }, {message: `${w.name} in ${locale}`});
        if (w.id) expect(text).to.equal((await translation(locale, w.part, w.id)).trim());
        if (SCRIPT[locale]) expect(text, locale).to.match(SCRIPT[locale]);
        expect(text, `${locale}: no English month`).not.to.match(/January|February|March|April/);
        // Focus stays in the switcher, so the next key press goes on.
        expect(deepActiveElement()).to.equal(select);
      }
    });
  }
});

describe('right-to-left in Urdu and Persian', () => {
  afterEach(reset);

  for (const locale of ['ur', 'fa']) {
    it(`${locale}: the layout mirrors (measured), and phone numbers stay left-to-right`, async () => {
      const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(html`<hope-indicator-checklist country="GB" locale=${locale}></hope-indicator-checklist>`);
      await waitFor(() => getLocale() === locale);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const frame = root.querySelector('.frame')!.getBoundingClientRect();
      // The heading starts at the right edge; the switcher's label sits to the right of its select.
      const title = root.querySelector('h2#title')!;
      const range = document.createRange();
      range.selectNodeContents(title);
      const text = range.getBoundingClientRect();
      expect(frame.right - text.right, 'heading text hugs the right edge').to.be.lessThan(frame.width / 4);
      expect(text.left - frame.left, 'and not the left').to.be.greaterThan(frame.width / 4);
      const switcher = root.querySelector('hope-language-switcher')!.shadowRoot!;
      const label = switcher.querySelector('label')!.getBoundingClientRect();
      const select = switcher.querySelector('select')!.getBoundingClientRect();
      expect(label.left).to.be.greaterThan(select.left);
      // A checkbox sits to the right of its label.
      root.querySelector<HTMLButtonElement>('.group-title')?.closest('button')?.click();
      await el.updateComplete;
      const box = root.querySelector('input[type=checkbox]')!;
      if (box.getClientRects().length) {
        const boxLabel = root.querySelector(`label[for="${box.id}"]`)!.getBoundingClientRect();
        expect(box.getBoundingClientRect().left).to.be.greaterThan(boxLabel.left);
      }
      // 999 and the helpline number read left to right inside the right-to-left sentence.
      const numbers = [...root.querySelectorAll('a.tel bdi')];
      expect(numbers.length).to.be.greaterThan(0);
      for (const bdi of numbers) {
        expect(getComputedStyle(bdi).direction).to.equal('ltr');
        const digits = bdi.textContent!;
        const node = document.createTreeWalker(bdi, NodeFilter.SHOW_TEXT).nextNode()!;
        const first = document.createRange();
        first.setStart(node, 0);
        first.setEnd(node, 1);
        const last = document.createRange();
        last.setStart(node, node.textContent!.length - 1);
        last.setEnd(node, node.textContent!.length);
        expect(first.getBoundingClientRect().left, `${digits} first digit on the left`).to.be.lessThan(last.getBoundingClientRect().left);
      }
    });
  }

  it('in English the same measurements come out the other way round', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(html`<hope-indicator-checklist country="GB"></hope-indicator-checklist>`);
    await el.updateComplete;
    const switcher = el.shadowRoot!.querySelector('hope-language-switcher')!.shadowRoot!;
    await waitFor(() => switcher.querySelector('label'));
    expect(switcher.querySelector('label')!.getBoundingClientRect().left).to.be.lessThan(switcher.querySelector('select')!.getBoundingClientRect().left);
  });
});

describe('every script renders with real glyphs (system fonts)', () => {
  afterEach(reset);

  it('no language\'s name or sentence draws as missing-glyph boxes', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(html`<hope-indicator-checklist></hope-indicator-checklist>`);
    await el.updateComplete;
    const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const span = document.createElement('span');
    span.style.cssText = 'font-size: 40px; white-space: pre; position: absolute;';
    frame.append(span);
    const width = (s: string) => {
      span.textContent = s;
      return span.getBoundingClientRect().width;
    };
    // U+0378 is unassigned: no font has it, so it draws as the missing-glyph box.
    const missing = width('\u0378');
    expect(missing).to.be.greaterThan(0);
    const tofu: string[] = [];
    for (const locale of allLocales) {
      const sample = ENDONYMS[locale] + (locale === 'en' ? '' : await translation(locale, 'indicator-checklist', 'indicator-checklist.lede'));
      const letters = [...new Set([...sample].filter((c) => /\p{L}/u.test(c)))];
      // A real font gives letters many widths; with no font every letter is the same box.
      const boxes = letters.filter((c) => Math.abs(width(c) - missing) < 0.25);
      if (boxes.length >= letters.length * 0.9) tofu.push(`${locale} (${ENDONYMS[locale]})`);
    }
    span.remove();
    expect(tofu, 'scripts without a font: install fonts-noto-core and fonts-noto-cjk').to.deep.equal([]);
  });
});

describe('axe in Urdu and Tigrinya', () => {
  afterEach(reset);

  for (const locale of ['ur', 'ti']) {
    it(`${locale}: checklist and report form are accessible`, async () => {
      const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(html`<div>
        <hope-indicator-checklist locale=${locale}></hope-indicator-checklist>
        <hope-report-concern endpoint="/receiver/langs/submit" quick-exit="off"></hope-report-concern>
      </div>`);
      await waitFor(() => getLocale() === locale);
      for (const w of el.children) await (w as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
      await waitFor(() => el.querySelector('hope-indicator-checklist')!.shadowRoot!.querySelector('.frame')?.getAttribute('lang') === locale);
      await expect(el).to.be.accessible();
    });
  }
});

describe('feed text in a language the page is not in', () => {
  afterEach(reset);

  it('shows the feed\'s English with lang="en" on it, so a screen reader pronounces it right', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(
      html`<hope-helpline-locator country="GB" locale="ti" src="/test/helpline-locator/fixtures/valid.json"></hope-helpline-locator>`,
    );
    await waitFor(() => getLocale() === 'ti');
    const heading = await waitFor(() => [...el.shadowRoot!.querySelectorAll('.entry h3')].find((h) => textOf(h).includes('Acme Fashion worker voice line')), {message: 'feed entry'});
    expect(heading.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('ti');
  });

  it('in a language the feed has, its own text with no lang of its own', async () => {
    const el = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(
      html`<hope-helpline-locator country="GB" locale="ar" src="/test/helpline-locator/fixtures/valid.json"></hope-helpline-locator>`,
    );
    await waitFor(() => getLocale() === 'ar');
    const heading = await waitFor(() => [...el.shadowRoot!.querySelectorAll('.entry h3')].find((h) => textOf(h).includes('أكمي')), {message: 'Arabic feed entry'});
    expect(heading.hasAttribute('lang')).to.equal(false);
  });
});

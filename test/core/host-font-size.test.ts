import {fixture, expect} from '@open-wc/testing';
import '../../src/index.js';

/**
 * Legible on any host: a WordPress theme's `html { font-size: 62.5% }` (or a page's 8px root) must
 * not shrink the widgets' text. Sizes start from `medium` — the person's own default size — so the
 * browser's text-size setting still enlarges them; the page's root size changes nothing.
 */
const TAGS = ['hope-quick-exit', 'hope-report-concern', 'hope-indicator-checklist', 'hope-helpline-locator', 'hope-training-signup'];
const ROOTS = ['62.5%', '8px', '20px'];

/** The person's default size, as the browser resolves `font-size: medium`. */
function mediumPx(): number {
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const px = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return px;
}

/** Every element of the shadow root that holds text of its own, with its computed font size. */
function textSizes(el: Element): Map<string, number> {
  const sizes = new Map<string, number>();
  const all = [...el.shadowRoot!.querySelectorAll('*')];
  all.forEach((node, i) => {
    const ownText = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (ownText && node.getClientRects().length) sizes.set(`${i}:${node.localName}.${node.className}`, parseFloat(getComputedStyle(node).fontSize));
  });
  return sizes;
}

async function mount(tag: string): Promise<Element> {
  // A root size alone: no body font-size, the worst case (a theme that sets it in rem is the same).
  return fixture(`<${tag} country="GB" locale="en"></${tag}>`);
}

describe('text size on any host', () => {
  const root = document.documentElement;
  afterEach(() => root.style.removeProperty('font-size'));

  for (const tag of TAGS) {
    it(`${tag}: body text is the person's default size under a 62.5%, 8px or 20px root`, async () => {
      const medium = mediumPx();
      expect(medium).to.be.at.least(16);
      const el = await mount(tag);
      const atDefault = textSizes(el);
      expect(atDefault.size, 'the element shows some text').to.be.greaterThan(0);
      for (const size of ROOTS) {
        root.style.fontSize = size;
        const frame = el.shadowRoot!.querySelector('.frame')!;
        expect(parseFloat(getComputedStyle(frame).fontSize), `body text under html{font-size:${size}}`).to.equal(medium);
        const sizes = textSizes(el);
        // Nothing follows the page's root: every piece of text keeps its size…
        expect([...sizes], `text sizes under html{font-size:${size}}`).to.deep.equal([...atDefault]);
        // …and the smallest (hints, 0.875em) is still at least 14px at the default setting.
        for (const [where, px] of sizes) expect(px, where).to.be.at.least(medium * 0.875 - 0.01);
      }
    });
  }

  it('the sticky quick-exit bar is opaque, so scrolled text never shows through it', async () => {
    root.style.fontSize = '62.5%';
    const el = await mount('hope-quick-exit');
    const bar = el.shadowRoot!.querySelector('[part~=base] .exit, .exit')!;
    const bg = getComputedStyle(bar).backgroundColor;
    expect(bg).to.not.equal('transparent');
    const alpha = /rgba\(.*,\s*([\d.]+)\)/.exec(bg);
    expect(alpha ? Number(alpha[1]) : 1, `background ${bg}`).to.equal(1);
    expect(getComputedStyle(el).position).to.equal('sticky');
  });
});

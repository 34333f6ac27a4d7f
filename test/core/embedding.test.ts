import {expect} from '@open-wc/testing';
import {waitFor} from '../helpers.js';

const TAGS = ['hope-quick-exit', 'hope-language-switcher', 'hope-report-concern', 'hope-indicator-checklist', 'hope-helpline-locator', 'hope-training-signup'];

describe('embedding: strict CSP, Trusted Types, hostile CSS, 320 px', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/page.html';
    frame.style.width = '320px';
    frame.style.height = '600px';
    document.body.append(frame);
    await waitFor(() => (frame.contentWindow as unknown as {ready?: boolean})?.ready, {message: 'fixture loaded', timeout: 15_000});
    await new Promise((r) => setTimeout(r, 300));
  });
  after(() => frame.remove());

  const win = () => frame.contentWindow as unknown as Window & {cspViolations: string[]};

  it('the policy is really enforced on the page (an inline style attribute is blocked)', () => {
    const probe = win().document.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    win().document.body.append(probe);
    expect(win().getComputedStyle(probe).width).not.to.equal('123px');
    probe.remove();
  });

  it('every element upgrades and renders with no CSP or Trusted Types violation', async () => {
    for (const tag of TAGS) {
      const el = win().document.querySelector(tag)!;
      expect(win().customElements.get(tag), `${tag} defined`).to.exist;
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      expect(el.shadowRoot?.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
    }
    expect(win().cspViolations).to.deep.equal([]);
  });

  it('hostile page CSS does not reach inside: 44 px targets, our line height, no forced upper case', () => {
    const exit = win().document.querySelector('hope-quick-exit')!.shadowRoot!;
    const button = exit.querySelector<HTMLElement>('[part~=button]')!;
    const style = win().getComputedStyle(button);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.be.oneOf(['normal', '0px']);
  });

  it('nothing is wider than a 320 px screen', () => {
    for (const tag of TAGS) {
      const el = win().document.querySelector(tag)!;
      const frameEl = el.shadowRoot!.querySelector<HTMLElement>('[part~=base]') ?? (el as HTMLElement);
      expect(frameEl.scrollWidth, `${tag} scrollWidth`).to.be.at.most(frameEl.clientWidth + 1);
      expect(el.getBoundingClientRect().right, `${tag} right edge`).to.be.at.most(320);
    }
  });
});

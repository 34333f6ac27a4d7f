import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {HopeElement} from '../core/hope-element.js';
import {QUICK_EXIT_EVENT} from '../core/events.js';
import {buttonStyles, reserveSpace} from '../core/styles.js';
import {quickExitStyles} from './quick-exit.styles.js';
import {registerExit, type ExitTarget} from './shift-listener.js';
import {clearStoredEnvelopes} from '../core/stored-envelopes.js';
import {forgetCopiedText} from '../core/clipboard.js';

export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';

/** Only absolute http(s) addresses; anything else (javascript:, data:, relative) falls back to the default. */
export function safeExitHref(href: string | undefined): string {
  try {
    const url = new URL(href ?? '');
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    /* not absolute */
  }
  return DEFAULT_EXIT_HREF;
}

/**
 * `location.replace` sends the document's referrer; a `<meta name="referrer">` inserted now
 * changes the document's policy, so the weather site never learns which help page was open.
 */
function withholdReferrer(): void {
  try {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
  } catch {
    /* leaving matters more */
  }
}

/**
 * "Exit this page": leaves at once for a harmless page, by button or by pressing Shift
 * three times, and makes every hope- widget on the page forget what it holds.
 *
 * Put a plain link inside the tag as the no-JavaScript fallback:
 * `<hope-quick-exit><a href="https://www.bbc.co.uk/weather">Exit this page</a></hope-quick-exit>`.
 *
 * @tag hope-quick-exit
 * @summary "Exit this page": leaves at once for a harmless page, by button or by pressing Shift
 * three times, and makes every hope- widget on the page forget what it holds.
 * @fires {CustomEvent<{href: string}>} hope-quick-exit - On `window`, just before leaving: every widget clears itself and the outbox empties.
 * @csspart base - The wrapper.
 * @csspart button - The exit link, styled as a button.
 * @csspart hint - The "press Shift 3 times" hint.
 * @csspart overlay - Covers the page while it is being replaced.
 * @cssproperty --hope-exit-color - Button background (default #d4351c).
 * @cssproperty --hope-exit-text - Button text colour.
 * @cssproperty --hope-exit-hover - Button background on hover (default #aa2a16).
 * @cssproperty --hope-exit-shadow - The button's bottom shadow (default #55150b).
 * @cssproperty --hope-exit-background - Background of the sticky bar: opaque, so the page never shows through it (default #ffffff).
 * @cssproperty --hope-exit-overlay - Colour of the overlay while leaving.
 * @cssproperty --hope-exit-overlay-text - Text colour of the overlay while leaving.
 * @cssproperty --hope-exit-z-index - Stacking order of the sticky bar.
 * @cssproperty --hope-color-focus - Focus highlight (default #ffdd00).
 * @cssproperty --hope-color-focus-text - Text on the focus highlight (default #0b0c0c).
 */
export class HopeQuickExit extends HopeElement {
  static override styles = [...HopeElement.styles, buttonStyles, quickExitStyles, reserveSpace('quick-exit')];

  /** Where to go: an absolute http(s) URL. Anything else falls back to BBC Weather. */
  @property() href = DEFAULT_EXIT_HREF;

  /**
   * How the page is left. Defaults to `location.replace`, so Back does not return here.
   * Replace it only in tests.
   */
  @property({attribute: false}) navigate: (href: string) => void = (href) => location.replace(href);

  @state() private pressesLeft = 0;
  @state() private leaving = false;

  private unregister?: () => void;
  private readonly exitTarget: ExitTarget = {
    isConnected: () => this.isConnected,
    progress: (left) => (this.pressesLeft = left),
    trigger: () => this.exit(),
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.unregister = registerExit(this.exitTarget);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregister?.();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /**
   * Leave now: clear every widget, give queued envelopes one last attempt, clear the device
   * (stored envelopes, a copied number) and replace the page without telling the next site
   * where the person came from.
   */
  exit(): void {
    const href = safeExitHref(this.href);
    this.leaving = true;
    this.pressesLeft = 0;
    // Never prompt: drop any beforeunload handler set as a property (ours are removed by the outbox).
    window.onbeforeunload = null;
    window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT, {detail: {href}}));
    // Here, not only in the outbox: this page may have no sending widget loaded.
    clearStoredEnvelopes();
    forgetCopiedText();
    withholdReferrer();
    this.navigate(href);
  }

  private readonly onPageShow = () => {
    this.leaving = false;
  };

  private onClick(e: MouseEvent) {
    e.preventDefault();
    this.exit();
  }

  private statusText(): string {
    if (this.leaving) return msg('Exit this page activated. Leaving now.', {id: 'quick-exit.activated'});
    if (this.pressesLeft === 2) return msg('Shift, press 2 more times to exit.', {id: 'quick-exit.two-more'});
    if (this.pressesLeft === 1) return msg('Shift, press 1 more time to exit.', {id: 'quick-exit.one-more'});
    return '';
  }

  override render() {
    const href = safeExitHref(this.href);
    return this.frame(html`
      <div class="exit">
        <a class="button warning" part="button" href=${href} rel="nofollow noreferrer" aria-describedby="exit-hint" @click=${this.onClick}>
          <span class="visually-hidden">${msg('Emergency', {id: 'quick-exit.emergency'})}</span>
          ${msg('Exit this page', {id: 'quick-exit.label'})}
        </a>
        <p id="exit-hint" class="hint" part="hint">${msg('Or press the Shift key 3 times.', {id: 'quick-exit.hint'})}</p>
        <p class="visually-hidden" role="status" aria-live="polite">${this.statusText()}</p>
      </div>
      ${this.leaving
        ? html`<div class="overlay" part="overlay"><p>${msg('Leaving this page…', {id: 'quick-exit.leaving'})}</p></div>`
        : nothing}
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hope-quick-exit': HopeQuickExit;
  }
}

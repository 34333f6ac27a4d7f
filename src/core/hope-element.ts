/**
 * The thin base of every hope- element: page locale, typed events, the shadow-root wrapper that
 * carries `lang` and `dir` (never the host), and clearing on quick exit. What only the widgets
 * read (`country`, `language-switcher`) is in widget-element.ts.
 */
import {LitElement, html, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {updateWhenLocaleChanges} from '@lit/localize';
import {applyPageLocale, directionOf, forgetElement, getLocale, noteElement, noteLanguagesAttribute, noteLocaleAttribute, pageWordsReady} from './localization.js';
import {QUICK_EXIT_EVENT, type HopeEventMap} from './events.js';
import {baseStyles} from './styles.js';

export class HopeElement extends LitElement {
  static override styles = [baseStyles];

  /** Language for the whole page (BCP 47, e.g. `pl`, `ar`, `en-GB`). One locale per page: see the README. */
  @property() locale?: string;

  /**
   * The languages this page offers, in order (`ro bg en`): switchers list only these, automatic
   * choice picks among them, and the first replaces English as the fallback. Union across the page.
   */
  @property() languages?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(QUICK_EXIT_EVENT, this.onQuickExit);
    noteElement(this);
    if (this.languages) noteLanguagesAttribute(this, this.languages);
    if (this.locale) noteLocaleAttribute(this, this.locale);
    else void applyPageLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(QUICK_EXIT_EVENT, this.onQuickExit);
    forgetElement(this);
  }

  /** The first render waits for the page's words: the fallback content stays until then, never English first. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await pageWordsReady();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('languages') && this.isConnected) noteLanguagesAttribute(this, this.languages);
    if (changed.has('locale') && this.isConnected) noteLocaleAttribute(this, this.locale);
  }

  /** Dispatches one of our events: bubbling, composed, never cancelable. */
  emit<K extends keyof HopeEventMap>(name: K, detail: HopeEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
  }

  /** Wraps a widget's content: `lang` and `dir` go here, on the shadow-root wrapper. */
  protected frame(content: unknown): TemplateResult {
    const locale = getLocale();
    return html`<div class="frame" part="base" lang=${locale} dir=${directionOf(locale)}>${content}</div>`;
  }

  /** Forget everything the person entered or chose (quick exit). Widgets override it. */
  clear(): void {}

  private readonly onQuickExit = () => this.clear();
}

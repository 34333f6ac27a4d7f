/**
 * Base of the four widgets (report, checklist, helpline locator, training signup): what they
 * read beyond sending — the country whose emergency number and helpline they show, and the
 * language switcher at their top. Quick exit and the switcher itself need neither.
 */
import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {SendingElement} from './sending-element.js';
import {ReadAloud} from './read-aloud.js';

export class WidgetElement extends SendingElement {
  /** ISO 3166-1 alpha-2 country; chooses the emergency number and helpline shown. */
  @property() country = 'GB';

  /** `off` hides the widget's language switcher (shown by default: the person may not read the page's language). */
  @property({attribute: 'language-switcher'}) languageSwitcher?: string;

  /** The Listen control: speaks `readAloudText()` with a voice on the device (core/read-aloud.ts). */
  protected readonly readAloud = new ReadAloud(this, () => this.readAloudText());

  /** What Listen speaks: each widget says what matters on its screen now. */
  protected readAloudText(): string {
    return '';
  }

  /** The country code in upper case (`gb` → `GB`). */
  protected get countryCode(): string {
    return (this.country || 'GB').trim().toUpperCase();
  }

  /**
   * The language switcher at the top of a widget, and the Listen control beside it. Choosing a language there changes every widget
   * on the page (one locale per page). Each widget's index.ts defines <hope-language-switcher>.
   */
  protected languageSwitcherTemplate() {
    const switcher = this.languageSwitcher === 'off' ? nothing : html`<hope-language-switcher part="language-switcher"></hope-language-switcher>`;
    return html`${switcher}${this.readAloud.template()}`;
  }
}

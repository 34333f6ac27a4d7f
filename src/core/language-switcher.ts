/**
 * `<hope-language-switcher>`: a native select listing every language by its own name
 * (Polski, العربية). Choosing one changes every hope- widget on the page, and a status line
 * says so, in the new language.
 */
import {html, css} from 'lit';
import {state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {HopeElement} from './hope-element.js';
import {choosePageLocale, getLocale, offeredLocales} from './localization.js';
import {nativeLanguageName} from './intl.js';
import {formStyles} from './styles.js';
import {defineElement} from './define.js';

/**
 * Lets the person choose the language of every widget on the page.
 *
 * @tag hope-language-switcher
 * @summary Lets the person choose the language of every widget on the page.
 * @csspart base - The wrapper.
 * @csspart select - The native select.
 * @fires {CustomEvent<{locale: string; chosenByPerson: boolean}>} hope-locale-change - On `window`, when the person chooses a language: every widget on the page re-renders in it.
 */
export class HopeLanguageSwitcher extends HopeElement {
  static override styles = [
    ...HopeElement.styles,
    formStyles,
    css`
      .switcher {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em 0.75em;
      }
      label {
        font-weight: 700;
      }
      select {
        inline-size: auto;
        max-inline-size: 100%;
      }
      .announcement:empty {
        display: none;
      }
    `,
  ];

  @state() private announced = false;

  override render() {
    const current = getLocale();
    const name = nativeLanguageName(current);
    return this.frame(html`
      <div class="switcher">
        <label for="language">${msg('Language', {id: 'switcher.label'})}</label>
        <select id="language" part="select" autocomplete="off" @change=${this.onChange}>
          ${offeredLocales().map(
            (code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${nativeLanguageName(code)}</option>`,
          )}
        </select>
      </div>
      <p class="announcement" role="status">${this.announced ? msg(str`Language changed to ${name}. All the forms from this service on this page now use it.`, {id: 'switcher.changed'}) : ''}</p>
    `);
  }

  private async onChange(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    await choosePageLocale(value);
    this.announced = true;
  }

  override clear(): void {
    this.announced = false;
  }
}

export function defineLanguageSwitcher(): void {
  defineElement('hope-language-switcher', HopeLanguageSwitcher);
}

declare global {
  interface HTMLElementTagNameMap {
    'hope-language-switcher': HopeLanguageSwitcher;
  }
}

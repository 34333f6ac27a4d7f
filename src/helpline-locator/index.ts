import {defineElement} from '../core/define.js';
import {defineLanguageSwitcher} from '../core/language-switcher.js';
import {needLocaleParts} from '../core/localization.js';
import {HopeHelplineLocator} from './helpline-locator.component.js';

export {HopeHelplineLocator} from './helpline-locator.component.js';
export {BUILT_IN} from './data.js';
export type {Helpline, HelplineFeed, Channel, Hours, Topic} from './types.js';
defineElement('hope-helpline-locator', HopeHelplineLocator);
defineLanguageSwitcher();
needLocaleParts('helpline-locator');

declare global {
  interface HTMLElementTagNameMap {
    'hope-helpline-locator': HopeHelplineLocator;
  }
}

import {defineElement} from '../core/define.js';
import {defineLanguageSwitcher} from '../core/language-switcher.js';
import {needLocaleParts} from '../core/localization.js';
import {HopeTrainingSignup} from './training-signup.component.js';

export {HopeTrainingSignup, PAGE_SIZE} from './training-signup.component.js';
export type {TrainingSession, SessionFormat} from './feed.js';
export type {SignupData} from './registration.js';
defineElement('hope-training-signup', HopeTrainingSignup);
defineLanguageSwitcher();
needLocaleParts('training-signup');

declare global {
  interface HTMLElementTagNameMap {
    'hope-training-signup': HopeTrainingSignup;
  }
}

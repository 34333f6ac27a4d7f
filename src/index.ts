/** `hope-widgets`: registers every element. Each is also its own entry point (`hope-widgets/quick-exit.js`, …). */
import './quick-exit/index.js';
import './report-concern/index.js';
import './indicator-checklist/index.js';
import './training-signup/index.js';
import './helpline-locator/index.js';
import {defineLanguageSwitcher} from './core/language-switcher.js';

defineLanguageSwitcher();

export {HopeQuickExit} from './quick-exit/index.js';
export {HopeReportConcern, type ReportPrefill} from './report-concern/index.js';
export {HopeIndicatorChecklist} from './indicator-checklist/index.js';
export {HopeTrainingSignup, type TrainingSession} from './training-signup/index.js';
export {HopeHelplineLocator} from './helpline-locator/index.js';
export {HopeLanguageSwitcher} from './core/language-switcher.js';
export {HopeElement} from './core/hope-element.js';
export {SendingElement} from './core/sending-element.js';
export {encodeHandoff, decodeHandoff} from './core/handoff.js';
export {getLocale, setLocale, choosePageLocale, supportedLocales} from './core/localization.js';
export type {Envelope, Signals} from './core/envelope.js';
export type {DeliverFn, DeliverResult} from './core/delivery.js';
export type {HopeEventDetail} from './core/events.js';
export {QUICK_EXIT_EVENT} from './core/events.js';
export {VERSION} from './core/version.js';

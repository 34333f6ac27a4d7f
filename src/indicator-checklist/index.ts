import {defineElement} from '../core/define.js';
import {defineLanguageSwitcher} from '../core/language-switcher.js';
import {needLocaleParts} from '../core/localization.js';
import {HopeIndicatorChecklist} from './indicator-checklist.component.js';

export {HopeIndicatorChecklist, type ChecklistSelection} from './indicator-checklist.component.js';
defineElement('hope-indicator-checklist', HopeIndicatorChecklist);
defineLanguageSwitcher();
needLocaleParts('indicator-checklist');

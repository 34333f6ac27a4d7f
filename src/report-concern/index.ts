import '../quick-exit/index.js';
import {defineElement} from '../core/define.js';
import {defineLanguageSwitcher} from '../core/language-switcher.js';
import {needLocaleParts} from '../core/localization.js';
import {HopeReportConcern} from './report-concern.component.js';

export {HopeReportConcern, type ReportPrefill} from './report-concern.component.js';
defineElement('hope-report-concern', HopeReportConcern);
defineLanguageSwitcher();
needLocaleParts('report-concern');

declare global {
  interface HTMLElementTagNameMap {
    'hope-report-concern': HopeReportConcern;
  }
}

import {defineElement} from '../core/define.js';
import {HopeQuickExit} from './quick-exit.component.js';

export {HopeQuickExit, DEFAULT_EXIT_HREF, safeExitHref} from './quick-exit.component.js';
defineElement('hope-quick-exit', HopeQuickExit);

/**
 * The words of the signs (the catalogue's labels, about 2.7 kB) come after the first question:
 * they are needed from the third step on, never before "Are you in danger?".
 */
import {later} from '../core/later.js';

export const signWords = later(() => import('../indicators/labels.js'));
void signWords.ready();

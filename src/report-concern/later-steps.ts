/** The report form's steps after the first question, fetched once it is on screen (first-step.ts). */
export {stepContent} from './steps.js';
export {checkAnswers} from './check.js';

/** `hope-widgets/indicators.js`: the indicator catalogue, for widgets and for case systems that turn ids back into words. */
export * from './catalogue.js';
export * from './labels.js';
export * from './places.js';
export {EXPLOITATION_TYPES, exploitationTypeLabel, HELPLINE_TOPIC, type ExploitationType} from '../core/vocabulary.js';

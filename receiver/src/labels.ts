/** English words for ids, from the indicator catalogue itself (bundled: no widget, no DOM). */
import {exploitationTypeLabel, indicatorLabel, placeTypeLabel, PLACE_TYPES, type ExploitationType, type PlaceType} from '../../src/indicators/index.js';
import ids from '../../schemas/indicator-ids.json';

const KNOWN_INDICATORS = new Set<string>(ids.ids);
const KNOWN_TYPES = new Set<string>(ids.exploitationTypes);

export const TYPE_NAMES: Record<string, string> = {
  'hope-widgets/report-concern@1': 'Report',
  'hope-widgets/helpline-callback@1': 'Call-back request',
  'hope-widgets/indicator-checklist@1': 'Checklist',
  'hope-widgets/training-signup@1': 'Training booking',
};

export const typeName = (schema: string): string => TYPE_NAMES[schema] ?? schema;

export function indicatorWords(id: string): string {
  return KNOWN_INDICATORS.has(id) ? indicatorLabel(id) : `${id} (not in this receiver's catalogue)`;
}

export function placeWords(id: string): string {
  return (PLACE_TYPES as readonly string[]).includes(id) ? placeTypeLabel(id as PlaceType) : id;
}

export function exploitationWords(id: string): string {
  return KNOWN_TYPES.has(id) ? exploitationTypeLabel(id as ExploitationType) : id;
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction of free text written in `locale`: rtl for right-to-left scripts, else auto. */
export function dirOf(locale: string): 'rtl' | 'auto' {
  return RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'auto';
}

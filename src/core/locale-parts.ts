/**
 * The one list of translation parts: which part a message belongs to (by the prefix of its id,
 * `<prefix>.<key>`) and which parts each element needs. Read by each element's index.ts, by
 * scripts/split-locales.mjs (which fails on a prefix not listed here: those words would stay
 * English) and by scripts/size.mjs. Keep it plain data: the scripts load it with esbuild.
 */

/** Message id prefix → part. An element's own prefix is its tag without `hope-`. */
export const PREFIX_PARTS: Readonly<Record<string, string>> = {
  form: 'core', help: 'core', config: 'core', status: 'core', switcher: 'core', type: 'core', 'quick-exit': 'core', 'read-aloud': 'core',
  indicator: 'indicators', group: 'indicators', place: 'indicators',
  'report-concern': 'report-concern',
  'indicator-checklist': 'indicator-checklist',
  'helpline-locator': 'helpline-locator',
  'training-signup': 'training-signup',
};

/** Element (tag without `hope-`) → the parts its page loads. Every page loads `core`. */
export const ELEMENT_PARTS = {
  'quick-exit': ['core'],
  'report-concern': ['core', 'report-concern', 'indicators'],
  'indicator-checklist': ['core', 'indicator-checklist', 'indicators'],
  'helpline-locator': ['core', 'helpline-locator'],
  'training-signup': ['core', 'training-signup'],
} as const satisfies Record<string, readonly string[]>;

export type ElementName = keyof typeof ELEMENT_PARTS;

/** The part of a message id, or undefined when its prefix is not listed. */
export function partOf(id: string): string | undefined {
  const dot = id.indexOf('.');
  return dot > 0 ? PREFIX_PARTS[id.slice(0, dot)] : undefined;
}

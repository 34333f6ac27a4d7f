/**
 * The space each element keeps for itself from the start, so nothing on the partner's page moves
 * when it appears (cumulative layout shift). The same numbers reserve the space before the
 * script has run (dist/hope-widgets.css, written from this list by scripts/build.mjs) and after
 * (each element's `:host`), so the box never changes height on the way: it is as tall as the
 * element's first screen on a phone, in `em` so it follows the text size. Plain data: the build
 * reads it with esbuild.
 */

export const RESERVED_HEIGHT = {
  'quick-exit': '5.25em',
  'report-concern': '34em',
  'indicator-checklist': '46em',
  'helpline-locator': '46em',
  'training-signup': '46em',
} as const;

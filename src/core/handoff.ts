/**
 * The hand-off from the checklist to a report page on another URL:
 *   #hope-report=v1;t=labour,criminal;i=documents-held,debt-bondage;p=car-wash
 * Ids and types only (never free text), at most 2 kB. Both widgets and their tests use this
 * one module to write and read it.
 */

export interface Handoff {
  exploitationTypes: string[];
  indicators: string[];
  placeType?: string;
}

export interface KnownIds {
  exploitationTypes?: ReadonlySet<string> | readonly string[];
  indicators?: ReadonlySet<string> | readonly string[];
  placeTypes?: ReadonlySet<string> | readonly string[];
}

export const HANDOFF_PREFIX = '#hope-report=';
export const HANDOFF_MAX_LENGTH = 2048;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const clean = (ids: readonly string[]) => [...new Set(ids.filter((id) => ID.test(id)))];

/** The fragment (with `#`) for a selection; indicators that would pass 2 kB are left off. */
export function encodeHandoff(h: Handoff): string {
  const types = clean(h.exploitationTypes);
  const indicators = clean(h.indicators);
  const build = (ind: string[]) => {
    const parts = ['v1'];
    if (types.length) parts.push(`t=${types.join(',')}`);
    if (ind.length) parts.push(`i=${ind.join(',')}`);
    if (h.placeType && ID.test(h.placeType)) parts.push(`p=${h.placeType}`);
    return HANDOFF_PREFIX + parts.join(';');
  };
  let fragment = build(indicators);
  while (fragment.length > HANDOFF_MAX_LENGTH && indicators.length) {
    indicators.pop();
    fragment = build(indicators);
  }
  return fragment;
}

function keep(ids: string[], known: KnownIds[keyof KnownIds]): string[] {
  if (!known) return ids;
  const set = known instanceof Set ? known : new Set(known as readonly string[]);
  return ids.filter((id) => set.has(id));
}

/** The selection in a fragment, or null when it is not ours, not v1, too long or malformed. Unknown ids are dropped. */
export function decodeHandoff(hash: string, known: KnownIds = {}): Handoff | null {
  if (!hash.startsWith(HANDOFF_PREFIX) || hash.length > HANDOFF_MAX_LENGTH * 3) return null;
  let body: string;
  try {
    body = decodeURIComponent(hash.slice(HANDOFF_PREFIX.length));
  } catch {
    return null;
  }
  if (body.length > HANDOFF_MAX_LENGTH) return null;
  const [version, ...fields] = body.split(';');
  if (version !== 'v1') return null;
  const out: Handoff = {exploitationTypes: [], indicators: []};
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = field.slice(0, eq);
    const list = clean(field.slice(eq + 1).split(','));
    if (key === 't') out.exploitationTypes = keep(list, known.exploitationTypes);
    else if (key === 'i') out.indicators = keep(list, known.indicators);
    else if (key === 'p' && list.length === 1 && keep(list, known.placeTypes).length) out.placeType = list[0];
  }
  return out;
}

/**
 * Reads a hand-off from the page's fragment and removes it (with `history.replaceState`, so
 * neither the address bar nor Back shows it). Other fragments are left alone.
 */
export function takeHandoffFromLocation(known: KnownIds = {}): Handoff | null {
  if (!location.hash.startsWith(HANDOFF_PREFIX)) return null;
  const handoff = decodeHandoff(location.hash, known);
  history.replaceState(history.state, '', location.pathname + location.search);
  return handoff;
}

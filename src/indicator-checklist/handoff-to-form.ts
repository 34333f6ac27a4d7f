/**
 * The checklist's two hand-offs (DESIGN.md "hope-indicator-checklist"):
 * - same page: `report-form="<id>"` names a `hope-report-concern` (or an element around one),
 *   looked up in the checklist's own root, then the document; once the tag is defined its
 *   `prefill()` receives the selection, and the form is scrolled to and focused;
 * - another page: `report-url`, the core codec's fragment appended (ids and types only).
 */
import type {Handoff} from '../core/handoff.js';

export const REPORT_TAG = 'hope-report-concern';
/** How long to wait for the report form's script before giving up and saying so. */
export const DEFINE_TIMEOUT_MS = 5_000;

export interface Prefillable extends HTMLElement {
  prefill(selection: Handoff): unknown;
  updateComplete?: Promise<unknown>;
}

/** The report form an id names: the element itself, or the first report form inside it. */
export function findReportForm(from: Node, id: string): HTMLElement | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  const named = root.getElementById?.(id) ?? document.getElementById(id);
  if (!named) return null;
  return named.localName === REPORT_TAG ? named : named.querySelector<HTMLElement>(REPORT_TAG);
}

function definedWithin(tag: string, ms: number): Promise<boolean> {
  return Promise.race([
    customElements.whenDefined(tag).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

/**
 * Pre-fills the report form and moves the person to it. Resolves to false (nothing changed)
 * when there is no such form, its script never loaded, or it has no `prefill`.
 */
export async function prefillReportForm(from: Node, id: string, selection: Handoff, timeoutMs = DEFINE_TIMEOUT_MS): Promise<boolean> {
  const found = findReportForm(from, id);
  if (!found || !(await definedWithin(found.localName, timeoutMs))) return false;
  const form = found as Prefillable;
  if (typeof form.prefill !== 'function') return false;
  await form.prefill(selection);
  await form.updateComplete;
  form.scrollIntoView({block: 'start'});
  form.focus();
  const root = form.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (active !== form && !form.contains(active)) {
    // The form did not take focus itself: make its host focusable so the person lands on it.
    if (!form.hasAttribute('tabindex')) form.setAttribute('tabindex', '-1');
    form.focus({preventScroll: true});
  }
  return true;
}

/** The report page's address with the fragment, or undefined for anything but http(s). */
export function reportUrlWith(url: string, fragment: string): string | undefined {
  try {
    const u = new URL(url, document.baseURI);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    u.hash = '';
    return u.href + fragment;
  } catch {
    return undefined;
  }
}

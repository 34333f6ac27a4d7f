/**
 * One locale per page (DESIGN.md "Locale"). `@lit/localize` runtime mode is page-global, so the
 * locale is resolved from every signal on the page, in this order:
 *   1. the person's choice in any widget's language switcher;
 *   2. `?hope-lang=` in the page URL (QR codes on posters);
 *   3. the most recently set `locale` attribute on any connected hope- element;
 *   4. `<html lang>`;  5. the browser's languages;  6. English.
 * State that must be shared by two bundles on one page lives on a `globalThis` symbol, and a
 * window event tells the other copy to follow.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales, allLocales} from '../generated/locale-codes.js';
import {localeParts} from '../generated/locale-parts.js';
import {ELEMENT_PARTS, type ElementName} from './locale-parts.js';

// Translations are split by part (the core, the catalogue, each element: scripts/split-locales.mjs)
// so a page downloads only what its widgets say. src/core/locale-parts.ts lists each element's parts.
type LocaleModule = Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
const neededParts = new Set<string>(['core']);
const loaded = new Map<string, {templates: LocaleModule['templates']; parts: Set<string>}>();

async function loadParts(locale: string, parts: readonly string[]) {
  let entry = loaded.get(locale);
  if (!entry) loaded.set(locale, (entry = {templates: {}, parts: new Set()}));
  const missing = parts.filter((p) => !entry.parts.has(p) && localeParts[locale]?.[p]);
  const modules = await Promise.all(missing.map((p) => localeParts[locale][p]()));
  missing.forEach((p) => entry.parts.add(p));
  // lit-localize keeps a reference to this object, so parts loaded later join it in place.
  for (const m of modules) Object.assign(entry.templates, m.templates as LocaleModule['templates']);
  return entry;
}

export const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loadParts(locale, [...neededParts]),
});

/** Connected hope- elements, re-rendered when words they need arrive after the locale loaded. */
const connected = new Set<{requestUpdate(): void}>();

/** Words still arriving for an element registered after its page's locale loaded. */
let lateParts: Promise<unknown> = Promise.resolve();

/** An element's translations are needed on this page (its index.ts, or the script-tag loader on seeing its tag). */
export function needLocaleParts(element: ElementName): void {
  const added = (ELEMENT_PARTS[element] ?? []).filter((p) => !neededParts.has(p));
  added.forEach((p) => neededParts.add(p));
  const current = getLocale();
  if (!added.length || current === sourceLocale || !loaded.has(current)) return;
  // An element registered after its page's locale loaded: fetch its words, then re-render.
  const arriving = loadParts(current, added).then(() => connected.forEach((el) => el.requestUpdate()));
  lateParts = Promise.all([lateParts, arriving.catch(() => {})]);
}

export const supportedLocales: readonly string[] = allLocales;

/** Tags that do not fall back by dropping the region: the script decides. */
const SCRIPT_FALLBACKS: Record<string, string> = {
  'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-my': 'zh-Hans',
  'zh-tw': 'zh-Hant', 'zh-hk': 'zh-Hant', 'zh-mo': 'zh-Hant',
};

/** The supported locale for a BCP 47 tag (`en-GB` → `en`, `pt-BR` → `pt`, `zh-CN` → `zh-Hans`), or undefined. */
export function matchLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return undefined;
  const find = (t: string) => supportedLocales.find((l) => l.toLowerCase() === t);
  const exact = find(wanted);
  if (exact) return exact;
  const script = SCRIPT_FALLBACKS[wanted] ?? (wanted.startsWith('zh-hant') ? 'zh-Hant' : wanted.startsWith('zh-hans') ? 'zh-Hans' : undefined);
  if (script && find(script.toLowerCase())) return find(script.toLowerCase());
  const parts = wanted.split('-');
  for (let n = parts.length - 1; n > 0; n--) {
    const hit = find(parts.slice(0, n).join('-'));
    if (hit) return hit;
  }
  return undefined;
}

export interface LocaleSignals {
  chosen?: string;
  urlParam?: string | null;
  attribute?: string;
  htmlLang?: string | null;
  browser?: readonly string[];
}

/** Applies the precedence above; each signal counts only if we support it. */
export function resolveLocale(s: LocaleSignals): string {
  const candidates = [s.chosen, s.urlParam, s.attribute, s.htmlLang, ...(s.browser ?? [])];
  for (const c of candidates) {
    const hit = matchLocale(c);
    if (hit) return hit;
  }
  return sourceLocale;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  const lower = locale.toLowerCase();
  if (/-arab\b/.test(lower)) return 'rtl';
  return RTL_LANGUAGES.has(lower.split('-')[0]) ? 'rtl' : 'ltr';
}

// ---- page-wide state ------------------------------------------------------------------------

interface PageLocaleState {
  chosen?: string;
  /** Elements with a `locale` attribute, most recent last. */
  attributes: Array<{element: Element; value: string}>;
  warnedConflict: boolean;
}

const STATE_KEY = Symbol.for('hope-widgets.locale');
const CHANGE_EVENT = 'hope-locale-change';

function pageState(): PageLocaleState {
  const g = globalThis as unknown as Record<symbol, PageLocaleState | undefined>;
  return (g[STATE_KEY] ??= {attributes: [], warnedConflict: false});
}

function currentSignals(): LocaleSignals {
  const state = pageState();
  const attrs = state.attributes.filter((a) => a.element.isConnected);
  let urlParam: string | null = null;
  try {
    urlParam = new URL(location.href).searchParams.get('hope-lang');
  } catch {
    /* about:blank and friends */
  }
  return {
    chosen: state.chosen,
    urlParam,
    attribute: attrs[attrs.length - 1]?.value,
    htmlLang: document.documentElement.getAttribute('lang'),
    browser: navigator.languages ?? [navigator.language],
  };
}

let applying: Promise<void> = Promise.resolve();

/** Resolves the page's locale now and loads it if it changed. Resolves when it is in effect. */
export function applyPageLocale(): Promise<void> {
  const next = resolveLocale(currentSignals());
  applying = applying.then(async () => {
    if (next !== getLocale()) await setLocale(next);
  });
  return applying;
}

/** The longest a widget waits for its words before showing itself in English (a language file that never arrives). */
export const WORDS_WAIT_MS = 8_000;

/**
 * Resolves once the page's locale is in effect with the words its elements need — or has failed
 * to load, or `WORDS_WAIT_MS` has passed. A widget's first render waits for it, so a Polish page
 * shows its fallback content until the widget can speak Polish, never English first.
 */
export function pageWordsReady(): Promise<void> {
  const ready = Promise.all([applying, lateParts]).then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, WORDS_WAIT_MS))]);
}

/** Called by every hope- element when its `locale` attribute is set, changed or removed. */
export function noteLocaleAttribute(element: Element, value: string | null | undefined): void {
  const state = pageState();
  state.attributes = state.attributes.filter((a) => a.element !== element && a.element.isConnected);
  if (value) state.attributes.push({element, value});
  const distinct = new Set(state.attributes.map((a) => matchLocale(a.value) ?? a.value));
  if (distinct.size > 1 && !state.warnedConflict) {
    state.warnedConflict = true;
    console.warn(
      `hope-widgets: elements on this page ask for different locales (${[...distinct].join(', ')}). ` +
        'There is one locale per page; the most recently set attribute wins.',
    );
  }
  void applyPageLocale();
}

/** A hope- element connected: it re-renders when late translation parts arrive. */
export function noteElement(element: Element & {requestUpdate(): void}): void {
  connected.add(element);
}

export function forgetElement(element: Element & {requestUpdate(): void}): void {
  connected.delete(element);
  const state = pageState();
  state.attributes = state.attributes.filter((a) => a.element !== element);
}

/** The person chose a language in a switcher: every widget on the page follows. */
export async function choosePageLocale(locale: string): Promise<void> {
  pageState().chosen = locale;
  await applyPageLocale();
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT, {detail: {locale: getLocale(), chosenByPerson: true}}));
}

/** True once the person has picked a language themselves (switchers then say so). */
export function localeChosenByPerson(): boolean {
  return pageState().chosen !== undefined;
}

// Another bundle's switcher changed the shared choice: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener(CHANGE_EVENT, () => void applyPageLocale());
}

/** For tests: forget choices and attributes, as a fresh page would. */
export function resetPageLocaleForTests(): void {
  const state = pageState();
  state.chosen = undefined;
  state.attributes = [];
  state.warnedConflict = false;
}

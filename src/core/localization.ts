/**
 * One locale per page (DESIGN.md "Locale"). `@lit/localize` runtime mode is page-global, so the
 * locale is resolved from every signal on the page, in this order:
 *   1. the person's choice in any widget's language switcher;
 *   2. `?hope-lang=` in the page URL (QR codes on posters);
 *   3. the most recently set `locale` attribute on any connected hope- element;
 *   4. `<html lang>`;  5. the browser's languages;  6. English, or the first of `languages`.
 * A `languages="ro bg en"` attribute limits every step to those locales (the union across the page).
 * State that must be shared by two bundles on one page lives on a `globalThis` symbol, and a
 * window event tells the other copy to follow.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales, allLocales} from '../generated/locale-codes.js';
import {localeParts} from '../generated/locale-parts.js';
import {ELEMENT_PARTS, type ElementName} from './locale-parts.js';
import {ENDONYMS} from './endonyms.js';
import {intlKnows, useOwnDateWords} from './intl.js';

// Translations are split by part (the core, the catalogue, each element: scripts/split-locales.mjs)
// so a page downloads only what its widgets say. src/core/locale-parts.ts lists each element's parts.
type LocaleModule = Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
const neededParts = new Set<string>(['core']);
const loaded = new Map<string, {templates: LocaleModule['templates']; parts: Set<string>}>();

async function loadParts(locale: string, parts: readonly string[]) {
  let entry = loaded.get(locale);
  if (!entry) loaded.set(locale, (entry = {templates: {}, parts: new Set()}));
  const missing = parts.filter((p) => !entry.parts.has(p) && localeParts[locale]?.[p]);
  // Date words of our own, with the first words of a locale this browser's Intl lacks (intl.ts).
  const dateWords = !entry.parts.size && !intlKnows(locale) ? import('./date-words.js').then((m) => useOwnDateWords(m.ownWordsFormat)) : undefined;
  const modules = await Promise.all(missing.map((p) => localeParts[locale][p]()));
  await dateWords;
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

/** Every locale we ship, in the switcher's order (English first, then src/core/endonyms.ts's order). */
export const supportedLocales: readonly string[] = [
  ...Object.keys(ENDONYMS).filter((l) => (allLocales as readonly string[]).includes(l)),
  ...allLocales.filter((l) => !ENDONYMS[l]),
];

/**
 * Tags decided by their script or region rather than by dropping subtags. There is no
 * Traditional Chinese yet, so `zh-TW`/`zh-HK`/`zh-Hant` match nothing (English, with the
 * switcher) rather than Simplified; Punjabi written in Arabic script (Pakistan) is read by people
 * who read Urdu, not Gurmukhi.
 */
function special(tag: string): string | null | undefined {
  const [lang, ...rest] = tag.split('-');
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
  if (lang === 'zh') {
    if (script === 'hant' || (!script && ['tw', 'hk', 'mo'].includes(region ?? ''))) return null;
    return 'zh-Hans';
  }
  if (lang === 'pa' && (script === 'arab' || (!script && region === 'pk'))) return 'ur';
  return undefined;
}

/**
 * The supported locale for a BCP 47 tag, or undefined: `en-GB` → `en`, `pt-BR`/`pt-PT` → `pt`,
 * `zh`/`zh-CN`/`zh-SG` → `zh-Hans`, `zh-TW`/`zh-HK` → none, `pa-PK`/`pa-Arab` → `ur`.
 */
export function matchLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return undefined;
  const find = (t: string) => supportedLocales.find((l) => l.toLowerCase() === t);
  const exact = find(wanted);
  if (exact) return exact;
  const by = special(wanted);
  if (by !== undefined) return by === null ? undefined : find(by.toLowerCase());
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
  /** The page's `languages` (already matched): only these may be chosen; the first is the fallback. */
  offered?: readonly string[];
}

/** Applies the precedence above; each signal counts only if we support (and the page offers) it. */
export function resolveLocale(s: LocaleSignals): string {
  const offered = s.offered?.length ? s.offered : undefined;
  const candidates = [s.chosen, s.urlParam, s.attribute, s.htmlLang, ...(s.browser ?? [])];
  for (const c of candidates) {
    const hit = matchLocale(c);
    if (hit && (!offered || offered.includes(hit))) return hit;
  }
  return offered?.[0] ?? sourceLocale;
}

/** Warns once per value that names no locale we ship, and lists those we do. */
const warnedUnknown = new Set<string>();
function warnUnknown(what: string, value: string): void {
  if (warnedUnknown.has(`${what}|${value}`)) return;
  warnedUnknown.add(`${what}|${value}`);
  console.warn(`hope-widgets: ${what} "${value}" is not a supported language; supported: ${supportedLocales.join(', ')}. It is ignored: the next signal decides, else English.`);
}

/** The locales a `languages` attribute names, in its order, warning about any we cannot serve. */
export function parseLanguages(value: string | null | undefined): string[] {
  const out: string[] = [];
  for (const tag of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const hit = matchLocale(tag);
    if (!hit) warnUnknown('languages value', tag);
    else if (!out.includes(hit)) out.push(hit);
  }
  return out;
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
  /** Elements with a `languages` attribute, in the order they were connected. */
  offers: Array<{element: Element; locales: string[]}>;
  warnedConflict: boolean;
  warnedOffers: boolean;
}

const STATE_KEY = Symbol.for('hope-widgets.locale');
const CHANGE_EVENT = 'hope-locale-change';

function pageState(): PageLocaleState {
  const g = globalThis as unknown as Record<symbol, PageLocaleState | undefined>;
  return (g[STATE_KEY] ??= {attributes: [], offers: [], warnedConflict: false, warnedOffers: false});
}

/** The languages the page offers: the union of every connected widget's `languages`, or every locale. */
export function offeredLocales(): readonly string[] {
  const union: string[] = [];
  for (const o of pageState().offers.filter((x) => x.element.isConnected)) {
    for (const l of o.locales) if (!union.includes(l)) union.push(l);
  }
  return union.length ? union : supportedLocales;
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
    offered: offeredLocales(),
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
  if (value && !matchLocale(value)) warnUnknown('locale', value);
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

/** Called by every hope- element when its `languages` attribute is set, changed or removed. */
export function noteLanguagesAttribute(element: Element, value: string | null | undefined): void {
  const state = pageState();
  state.offers = state.offers.filter((o) => o.element !== element && o.element.isConnected);
  const locales = parseLanguages(value);
  if (locales.length) state.offers.push({element, locales});
  const sets = new Set(state.offers.map((o) => o.locales.join(' ')));
  if (sets.size > 1 && !state.warnedOffers) {
    state.warnedOffers = true;
    console.warn(
      `hope-widgets: widgets on this page offer different languages (${[...sets].map((x) => `"${x}"`).join(', ')}). ` +
        `There is one locale per page, so every switcher offers them all: ${offeredLocales().join(' ')}.`,
    );
  }
  offersChanged();
}

const OFFERS_EVENT = 'hope-languages-change';
/** Every bundle's switchers list the new set, and the locale is chosen again among it. */
function offersChanged(): void {
  window.dispatchEvent(new CustomEvent(OFFERS_EVENT));
}

/** A hope- element connected: it re-renders when late translation parts arrive. */
export function noteElement(element: Element & {requestUpdate(): void}): void {
  connected.add(element);
}

export function forgetElement(element: Element & {requestUpdate(): void}): void {
  connected.delete(element);
  const state = pageState();
  state.attributes = state.attributes.filter((a) => a.element !== element);
  if (state.offers.some((o) => o.element === element)) {
    state.offers = state.offers.filter((o) => o.element !== element);
    offersChanged();
  }
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
  window.addEventListener(OFFERS_EVENT, () => {
    connected.forEach((el) => el.requestUpdate());
    void applyPageLocale();
  });
}

/** For tests: forget choices and attributes, as a fresh page would. */
export function resetPageLocaleForTests(): void {
  const state = pageState();
  state.chosen = undefined;
  state.attributes = [];
  state.offers = [];
  state.warnedConflict = false;
  state.warnedOffers = false;
  warnedUnknown.clear();
}

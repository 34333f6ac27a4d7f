/**
 * The script-tag bundle (`dist/hope-widgets.js`). It carries Lit, the shared core, quick exit
 * and the language switcher in this one file (safety first, and no second round trip before
 * anything can render). Each widget's code is fetched only when its tag appears in the page —
 * now or later — so a council page with one report form never downloads the training signup.
 * On seeing a tag, everything that widget needs is requested at once, in parallel: its files
 * (the build writes their list in below), its words in the page's language, and its feed.
 * `customElements.whenDefined('hope-…')` resolves as usual once it is loaded.
 */
import './quick-exit/index.js';
import {defineLanguageSwitcher} from './core/language-switcher.js';
import {applyPageLocale, needLocaleParts} from './core/localization.js';
import {prefetchFeed} from './core/feed-prefetch.js';
import type {ElementName} from './core/locale-parts.js';

defineLanguageSwitcher();

/**
 * Each widget's files (its chunk and the chunks it imports), written in by the build
 * (scripts/build-config.mjs) so that they are requested together instead of one after another.
 */
const GRAPH: Record<string, string[] | undefined> = JSON.parse('{"__hope_widget_graph__":[]}');
/** Widgets with a `src` feed, and the credentials their feed request uses (as in their FeedController). */
const FEEDS: Record<string, RequestCredentials> = {'hope-training-signup': 'same-origin', 'hope-helpline-locator': 'omit'};

const LOADERS: Record<string, () => Promise<unknown>> = {
  'hope-report-concern': () => import('./report-concern/index.js'),
  'hope-indicator-checklist': () => import('./indicator-checklist/index.js'),
  'hope-helpline-locator': () => import('./helpline-locator/index.js'),
  'hope-training-signup': () => import('./training-signup/index.js'),
};
const SELECTOR = Object.keys(LOADERS).join(',');
const started = new Set<string>();

function load(tag: string, attempt = 0): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  if (!attempt) {
    needLocaleParts(tag.slice('hope-'.length) as ElementName);
    void applyPageLocale();
  }
  for (const file of GRAPH[tag] ?? []) import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => {});
  LOADERS[tag]().catch((error) => {
    // A dropped connection must not leave the widget dead: try again, then leave the fallback content.
    started.delete(tag);
    if (attempt < 5) setTimeout(() => load(tag, attempt + 1), 1000 * 2 ** attempt);
    else console.error(`hope-widgets: could not load <${tag}>`, error);
  });
}

function found(el: Element): void {
  const src = el.getAttribute('src');
  if (src && el.localName in FEEDS && !customElements.get(el.localName)) prefetchFeed(src, FEEDS[el.localName]);
  load(el.localName);
}

function scan(root: ParentNode): void {
  for (const el of root.querySelectorAll(SELECTOR)) found(el);
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in LOADERS) found(node);
      if (node.firstElementChild) scan(node);
    }
  }
}).observe(document.documentElement, {childList: true, subtree: true});

export {VERSION} from './core/version.js';
// The same as a namespace: building one makes the bundler keep its small namespace helper (which
// the widgets' files need too) in this file, instead of in a file of its own fetched in series.
export * as version from './core/version.js';

/**
 * The script-tag bundle (`dist/hope-widgets.js`). Quick exit and the language switcher are
 * defined at once (safety first); each widget's code is fetched only when its tag appears in
 * the page — now or later — so a council page with one report form never downloads the
 * training signup. `customElements.whenDefined('hope-…')` resolves as usual once it is loaded.
 */
import './quick-exit/index.js';
import {defineLanguageSwitcher} from './core/language-switcher.js';

defineLanguageSwitcher();

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
  LOADERS[tag]().catch((error) => {
    // A dropped connection must not leave the widget dead: try again, then leave the fallback content.
    started.delete(tag);
    if (attempt < 5) setTimeout(() => load(tag, attempt + 1), 1000 * 2 ** attempt);
    else console.error(`hope-widgets: could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode): void {
  for (const el of root.querySelectorAll(SELECTOR)) load(el.localName);
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in LOADERS) load(node.localName);
      if (node.firstElementChild) scan(node);
    }
  }
}).observe(document.documentElement, {childList: true, subtree: true});

export {VERSION} from './core/version.js';

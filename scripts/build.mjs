/**
 * `npm run build` (after the locales): the npm package in dist/, then the script-tag bundle
 * dist/hope-widgets.js (src/autoload.ts: Lit and the core included, each widget and locale in a
 * file beside it, loaded when needed), then one file per element in dist/standalone/.
 * Flag --standalone: only the script-tag bundle and the standalone files.
 */
import {build} from 'vite';
import {libraryConfig, scriptTagConfig, standaloneElementConfig} from './build-config.mjs';
import {readFileSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {elementEntries, importTs, root} from './entries.mjs';

const {ELEMENT_PARTS} = await importTs('src/core/locale-parts.ts');

if (!process.argv.includes('--standalone')) await build(libraryConfig());
await build(scriptTagConfig());
for (const element of Object.keys(elementEntries())) await build(standaloneElementConfig(element, ELEMENT_PARTS[element]));

// Subresource Integrity for the standalone files (README: pinning a versioned URL).
writeFileSync(
  join(root, 'dist/standalone/integrity.json'),
  JSON.stringify(
    Object.fromEntries(Object.keys(elementEntries()).map((e) => [`${e}.js`, `sha384-${createHash('sha384').update(readFileSync(join(root, `dist/standalone/${e}.js`))).digest('base64')}`])),
    null,
    2,
  ) + '\n',
);

// The space each element keeps, before its script has run (src/core/reserve.ts).
const {RESERVED_HEIGHT} = await importTs('src/core/reserve.ts');
writeFileSync(
  join(root, 'dist/hope-widgets.css'),
  `/* hope-widgets: keeps each element's space from the start, so the page does not jump when it appears. */\n` +
    Object.entries(RESERVED_HEIGHT).map(([element, height]) => `hope-${element}:not(:defined){display:block;font-size:medium;min-height:${height}}`).join('\n') + '\n',
);

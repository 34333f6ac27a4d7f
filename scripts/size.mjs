/**
 * `npm run size`: min+gzip (level 9) of what pages really download, from the same builds as
 * `npm run build` (in memory), written to docs/size.md. Exit 1 over a budget.
 *
 *   A. The script-tag entry (dist/hope-widgets.js): Lit, the core, quick exit, the switcher.
 *   B. A page with one element by the script tag, before its first question, in English: the
 *      entry plus every file the loader requests for that element (Lit included).
 *   C. Each element's standalone file (dist/standalone/<element>.js), Lit included.
 *   D. The language files a page with one element loads, per locale and element.
 * Budgets are from the issues (#12: 34 kB, 36 kB and 12 kB); every row is enforced. Code added
 * later has to fit by trimming, not by raising them.
 */
import {build} from 'vite';
import {gzipSync} from 'node:zlib';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {scriptTagConfig, standaloneElementConfig, widgetFiles, standaloneConfig} from './build-config.mjs';
import {elementEntries, importTs, root} from './entries.mjs';

const KB = 1024;
const BUDGET = {entry: 30 * KB, pageByScriptTag: 34 * KB, standalone: 36 * KB, locale: 12 * KB};

const {ELEMENT_PARTS} = await importTs('src/core/locale-parts.ts');
const gz = (code) => gzipSync(code, {level: 9}).length;

async function chunksOf(config) {
  const result = await build({...config, logLevel: 'silent'});
  return (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
}

const rows = [];
const over = [];
function check(section, what, bytes, budget) {
  const ok = budget === undefined || bytes <= budget;
  rows.push({section, what, bytes, budget, ok});
  if (!ok) over.push(what);
}

// A and B: the script-tag build, measured file by file as a browser downloads them.
const tag = await chunksOf(scriptTagConfig({write: false}));
const entry = tag.find((c) => c.isEntry);
const byFile = new Map(tag.map((c) => [c.fileName, c]));
const graph = widgetFiles(tag);
check('A', '`dist/hope-widgets.js` (Lit, the core, quick exit, the language switcher, the loader)', gz(entry.code), BUDGET.entry);
for (const element of Object.keys(elementEntries())) {
  const files = graph[`hope-${element}`] ?? [];
  const bytes = gz(entry.code) + files.reduce((n, f) => n + gz(byFile.get(f).code), 0);
  check('B', `page with \`hope-${element}\` (${files.length + 1} file${files.length ? 's' : ''})`, bytes, BUDGET.pageByScriptTag);
}

// C: one file per element.
for (const element of Object.keys(elementEntries())) {
  const chunks = await chunksOf(standaloneElementConfig(element, ELEMENT_PARTS[element], {write: false}));
  // Besides the element's file: its language files, and the date words a page in a language the browser's Intl lacks also fetches.
  const main = chunks.filter((c) => c.isEntry || !/\/src\/(generated\/locales\/|core\/date-words\.ts)/.test(c.facadeModuleId ?? ''));
  if (main.length !== 1) throw new Error(`standalone ${element}: ${main.length} files besides the language files, expected 1`);
  check('C', `\`dist/standalone/${element}.js\``, gz(main[0].code), BUDGET.standalone);
}

// D: the language parts, as the script-tag build splits them (the standalone files split them the same way).
const parts = {};
for (const c of tag) {
  const hit = /\/src\/generated\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(c.facadeModuleId ?? '');
  if (hit) (parts[hit[1]] ??= {})[hit[2]] = gz(c.code);
}
for (const [locale, sizes] of Object.entries(parts).sort(([a], [b]) => a.localeCompare(b))) {
  for (const element of Object.keys(elementEntries())) {
    const needs = ELEMENT_PARTS[element];
    check('D', `\`${locale}\` for \`hope-${element}\` (${needs.join(' + ')})`, needs.reduce((n, p) => n + (sizes[p] ?? 0), 0), BUDGET.locale);
  }
}

// For reference: the npm entry that registers every element, in one build.
const everything = await chunksOf(standaloneConfig({entry: join(root, 'src/index.ts'), name: 'entry', write: false}));
const allAtOnce = everything.filter((c) => !/\/src\/generated\/locales\//.test(c.facadeModuleId ?? '')).reduce((n, c) => n + gz(c.code), 0);
check('A', 'every element at once (`hope-widgets`, all five, Lit included; reported)', allAtOnce, undefined);

const fmt = (n) => (n === undefined ? '—' : `${(n / KB).toFixed(2)} kB`);
const TITLES = {
  A: 'A. What every page loads first',
  B: 'B. A page with one element by the script tag, before its first question (English, Lit included)',
  C: 'C. Standalone files (one element, Lit included, one file)',
  D: 'D. Language files a page with one element loads, per locale',
};
const table = Object.entries(TITLES)
  .map(([section, title]) => {
    const list = rows.filter((r) => r.section === section);
    return `### ${title}\n\n| what | min+gzip | budget | |\n| --- | ---: | ---: | --- |\n${list.map((r) => `| ${r.what} | ${fmt(r.bytes)} | ${fmt(r.budget)} | ${r.ok ? 'ok' : '**over**'} |`).join('\n')}`;
  })
  .join('\n\n');
writeFileSync(
  join(root, 'docs/size.md'),
  `# Bundle sizes\n\nGenerated by \`npm run size\` (scripts/size.mjs) from the builds \`npm run build\` makes: each file minified and gzipped (level 9), summed file by file as a browser downloads them. Do not edit by hand. Every budget is enforced by \`npm test\`.\n\n${table}\n`,
);
console.log(table);
if (over.length) {
  console.error(`size: over budget: ${over.join(', ')}`);
  process.exit(1);
}
console.log('size: every budget holds');

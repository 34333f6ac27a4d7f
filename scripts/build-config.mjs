/**
 * Vite configurations shared by the build, the size budget and the demo. Vite's library mode
 * keeps whitespace in ES output (so consumers' bundlers can still tree-shake), which is right
 * for the npm package and wrong for the script-tag bundle people download as is: that one, and
 * every size measurement, gets a final esbuild minification of each chunk.
 */
import {transform} from 'esbuild';
import {minifyCssLiterals} from './minify-css-literals.mjs';
import {folderEntries, root} from './entries.mjs';

/** Minifies each output chunk completely (whitespace included), keeping its exports. */
function minifyChunks() {
  return {
    name: 'hope-minify-chunks',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await transform(chunk.code, {minify: true, format: 'esm', target: 'es2022', legalComments: 'none'});
        chunk.code = out.code;
      }
    },
  };
}

/** The npm package: one ES module per entry, Lit left to the consumer. */
export function libraryConfig() {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      sourcemap: true,
      lib: {entry: {index: 'src/index.ts', ...folderEntries()}, formats: ['es']},
      rollupOptions: {external: [/^lit(\/.*)?$/, /^@lit\//]},
    },
  };
}

/** For each widget of the script-tag build, the files its chunk needs: its own and those it imports, never the entry. */
export function widgetFiles(chunks) {
  const entry = chunks.find((c) => c.isEntry);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const graph = {};
  for (const chunk of chunks) {
    const element = /\/src\/([a-z-]+)\/index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (!element || !chunk.isDynamicEntry) continue;
    const files = new Set();
    const visit = (file) => {
      if (file === entry.fileName || files.has(file)) return;
      files.add(file);
      byFile.get(file)?.imports.forEach(visit);
    };
    visit(chunk.fileName);
    graph[`hope-${element}`] = [...files];
  }
  return graph;
}

/** The widget graph as written into a built script-tag entry (for checks of the build). */
export function readWidgetGraph(entryCode) {
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*\{\\"hope-(?:[^"\\]|\\.)*")\)/.exec(entryCode)?.[1];
  if (!literal) throw new Error('no widget graph in the script-tag entry');
  return JSON.parse(JSON.parse(literal));
}

/**
 * Writes `widgetFiles` into the script-tag entry, so the loader requests a widget's files all at
 * once: two script round trips to a first question instead of one per level of imports.
 */
function widgetGraph() {
  const PLACEHOLDER = /(['"`])\{"__hope_widget_graph__":\[\]\}\1/;
  return {
    name: 'hope-widget-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!PLACEHOLDER.test(entry.code)) this.error('the widget graph placeholder is missing from src/autoload.ts');
      entry.code = entry.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(widgetFiles(chunks))));
    },
  };
}

/**
 * The script-tag bundle (`dist/hope-widgets.js`): the entry and everything it imports statically
 * (Lit, the shared core, quick exit, the switcher) in that one file; each widget, and each
 * language part, in files beside it, fetched when needed.
 */
export function scriptTagConfig(options = {}) {
  const config = standaloneConfig({entry: 'src/autoload.ts', name: 'hope-widgets', ...options});
  config.plugins.push(widgetGraph());
  config.build.rollupOptions.preserveEntrySignatures = 'allow-extension';
  // The entry, everything it imports statically and the rest of the shared core in one file (not
  // a chain of small ones), which 'allow-extension' lets be the entry chunk itself. The feed
  // controller stays with the two feed widgets.
  config.build.rollupOptions.output.codeSplitting = {
    groups: [
      {name: 'hope-widgets', priority: 2, test: (id) => /\/src\/(autoload\.ts$|core\/(?!feed\.ts|date-words\.ts|submission\.ts|outbox\.ts|delivery\.ts|envelope\.ts))/.test(id)},
      {name: 'sending', priority: 1, test: /\/src\/core\/(submission|envelope)\.ts$/},
    ],
  };
  return config;
}

/**
 * Keeps only these translation parts in the generated loaders (src/generated/locale-parts.ts), so
 * an element's standalone build ships the language files it can load and no others.
 */
function onlyLocaleParts(parts) {
  return {
    name: 'hope-only-locale-parts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/generated/locale-parts.ts')) return undefined;
      const kept = code.replace(/^\s*'([a-z-]+)': \(\) => import\([^)]*\),\n/gm, (line, part) => (parts.includes(part) ? line : ''));
      if (kept === code) this.error('src/generated/locale-parts.ts has a new shape: update onlyLocaleParts');
      return kept;
    },
  };
}

/**
 * One element as one file (`dist/standalone/<element>.js`): Lit, the core and the element —
 * lazily loaded parts included — in a single ES module, for CMS media libraries and pinning with
 * Subresource Integrity. Only the language files stay separate, loaded when a page needs them.
 */
export function standaloneElementConfig(element, parts, options = {}) {
  const config = standaloneConfig({entry: `src/${element}/index.ts`, name: element, outDir: 'dist/standalone', ...options});
  config.plugins.push(onlyLocaleParts(parts));
  config.build.rollupOptions.preserveEntrySignatures = 'allow-extension';
  config.build.rollupOptions.output.codeSplitting = {groups: [{name: element, test: (id) => !/\/src\/(generated\/locales\/|core\/date-words\.ts)/.test(id)}]};
  return config;
}

/** A self-contained, minified ES module for `entry` (Lit included; locales and lazy parts as chunks beside it). */
export function standaloneConfig({entry, name, outDir = 'dist', write = true, emptyOutDir = false}) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals(), minifyChunks()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir,
      write,
      minify: false, // esbuild minifies each chunk completely (minifyChunks)
      sourcemap: false,
      copyPublicDir: false,
      lib: {entry: {[name]: entry}, formats: ['es']},
      rollupOptions: {
        output: {
          // Language files say what they are: `<name>.lang-pl-core-<hash>.js`.
          chunkFileNames: (chunk) => {
            const lang = /\/src\/generated\/locales\/([^/]+)\/([^/]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
            return lang ? `${name}.lang-${lang[1]}-${lang[2]}.js` : `${name}.[name]-[hash].js`;
          },
        },
      },
    },
  };
}

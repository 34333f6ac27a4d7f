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
      rollupOptions: {output: {chunkFileNames: `${name}.[name]-[hash].js`}},
    },
  };
}

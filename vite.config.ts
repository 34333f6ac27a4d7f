import {defineConfig} from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import {folderEntries} from './scripts/entries.mjs';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';

// `vite build`: the npm package (ES modules, Lit left to the consumer's bundler, one entry per element).
// `vite build --mode standalone`: dist/hope-widgets.js for a <script type="module"> tag, Lit included,
// extra locales in their own files beside it, loaded only when needed.
export default defineConfig(({mode}) =>
  mode === 'standalone'
    ? {
        plugins: [minifyCssLiterals()],
        build: {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: false,
          minify: true,
          sourcemap: true,
          lib: {entry: {'hope-widgets': 'src/index.ts'}, formats: ['es']},
          rollupOptions: {output: {chunkFileNames: 'hope-widgets.[name]-[hash].js'}},
        },
      }
    : {
        plugins: [minifyCssLiterals()],
        build: {
          target: 'es2022',
          outDir: 'dist',
          sourcemap: true,
          lib: {entry: {index: 'src/index.ts', ...folderEntries()}, formats: ['es']},
          rollupOptions: {external: [/^lit(\/.*)?$/, /^@lit\//]},
        },
      },
);

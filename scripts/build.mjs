/**
 * `npm run build` (after the locales): the npm package in dist/, then the script-tag bundle
 * dist/hope-widgets.js (src/autoload.ts: Lit included, each widget and locale in a file beside it,
 * loaded when needed). Flag --standalone: only the latter.
 */
import {build} from 'vite';
import {libraryConfig, standaloneConfig} from './build-config.mjs';

if (!process.argv.includes('--standalone')) await build(libraryConfig());
await build(standaloneConfig({entry: 'src/autoload.ts', name: 'hope-widgets'}));

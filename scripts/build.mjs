/** `npm run build` (after the locales): the npm package in dist/, then the script-tag bundle dist/hope-widgets.js. Flag --standalone: only the latter. */
import {build} from 'vite';
import {libraryConfig, standaloneConfig} from './build-config.mjs';

if (!process.argv.includes('--standalone')) await build(libraryConfig());
await build(standaloneConfig({entry: 'src/index.ts', name: 'hope-widgets'}));

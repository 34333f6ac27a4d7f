// `vite build` builds the npm package; `npm run build` also builds the script-tag bundle.
// The configurations live in scripts/build-config.mjs, shared with the size budget and the demo.
import {defineConfig} from 'vite';
// @ts-expect-error: a plain .mjs module shared with the scripts
import {libraryConfig} from './scripts/build-config.mjs';

export default defineConfig(() => {
  const {configFile: _configFile, ...config} = libraryConfig();
  return config;
});

/**
 * The linter (`npm run lint`, the `lint` gate of `npm test`). It lives in its own workspace
 * because typescript-eslint needs TypeScript's JavaScript API, which the project's TypeScript 7
 * does not have: this folder's package.json pins a TypeScript 5 that only the linter loads.
 * Lit's template rules (eslint-plugin-lit), accessibility in templates (eslint-plugin-lit-a11y)
 * and custom-element rules (eslint-plugin-wc) run on the widgets' source.
 */
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm hoists typescript-eslint's helper ts-api-utils to the root, where `require('typescript')`
// finds the project's TypeScript 7. Inside this process that name means this folder's TypeScript 5.
const own = createRequire(import.meta.url);
const projectTs = createRequire(`${root}package.json`).resolve('typescript');
own.cache[projectTs] = {id: projectTs, filename: projectTs, loaded: true, exports: own('typescript')};
const {default: tseslint} = await import('typescript-eslint');

export default tseslint.config(
  {ignores: ['node_modules/**', 'lint/node_modules/**', 'dist/**', 'types/**', 'storybook-static/**', 'src/generated/**', '.receiver-data/**', 'coverage/**', 'receiver/dist/**', 'hope-data/**']},
  {basePath: root},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', structuredClone: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly', crypto: 'readonly', document: 'readonly', window: 'readonly', location: 'readonly', customElements: 'readonly', navigator: 'readonly', HTMLElement: 'readonly', globalThis: 'readonly', URLSearchParams: 'readonly', PerformanceObserver: 'readonly', requestAnimationFrame: 'readonly'},
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Lists styled without bullets keep role="list" on purpose: Safari's VoiceOver drops their list semantics otherwise.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design; tests reach into elements.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    rules: {
      // `_` marks a value deliberately unused (destructuring, loop counters).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
    },
  },
);

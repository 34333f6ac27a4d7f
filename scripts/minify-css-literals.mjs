/**
 * A Vite plugin that minifies the CSS inside Lit `css\`…\`` literals of our own sources, which
 * the JS minifier leaves alone, with esbuild's CSS minifier (a real CSS parser: strings such as
 * `content: ' > '` survive). Literals with `${…}` or a backslash (a JS escape) are left as written.
 */
import {transformSync} from 'esbuild';

const LITERAL = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return transformSync(text, {loader: 'css', minify: true, logLevel: 'silent'}).code.trim();
}

export function minifyCssLiterals() {
  return {
    name: 'hope-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(LITERAL, (whole, body) => {
        if (body.includes('${') || body.includes('\\')) return whole;
        changed = true;
        return `css\`${minifyCss(body)}\``;
      });
      return changed ? {code: out, map: null} : null;
    },
  };
}

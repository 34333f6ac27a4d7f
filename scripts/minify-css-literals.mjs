/**
 * A Vite plugin that minifies the CSS inside Lit `css\`…\`` literals of our own sources
 * (comments and whitespace), which the JS minifier leaves alone. Literals with `${…}` are skipped.
 */
const LITERAL = /\bcss`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'hope-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(LITERAL, (whole, body) => {
        if (body.includes('${')) return whole;
        changed = true;
        return `css\`${minifyCss(body)}\``;
      });
      return changed ? {code: out, map: null} : null;
    },
  };
}

import {build} from 'vite';
import {gzipSync} from 'node:zlib';
import {minifyCssLiterals} from './minify-css-literals.mjs';
const entry = process.argv[2];
const out = await build({root: process.cwd(), configFile: false, logLevel: 'silent', plugins: [minifyCssLiterals()], build: {write: false, target: 'es2022', minify: true, lib: {entry, formats: ['es'], fileName: 'entry'}}});
for (const c of (Array.isArray(out) ? out[0] : out).output) {
  if (c.type !== 'chunk') continue;
  console.log(c.fileName, c.isEntry, c.code.length, 'gz', gzipSync(c.code, {level: 9}).length, 'newlines', (c.code.match(/\n/g) || []).length, 'imports', c.imports);
  const mods = Object.entries(c.modules).map(([id, m]) => [m.renderedLength, id.replace(process.cwd(), '')]).sort((a, b) => b[0] - a[0]).slice(0, 12);
  for (const m of mods) console.log('   ', m[0], m[1]);
}

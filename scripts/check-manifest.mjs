/**
 * custom-elements.json against the source (run by the manifest gate, after `cem analyze`): every
 * `part="…"` an element's templates can render — in its own folder and in the core modules it
 * imports — must be documented for that element, as must every `--hope-*` property its own styles
 * read. The browser test (test/core/manifest.test.ts) checks what the elements really render and fire.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {root} from './entries.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const byTag = new Map();
for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) byTag.set(d.tagName, {...d, path: mod.path});

const src = join(root, 'src');
/** The file and every src/ module it imports, transitively; other elements' own modules excluded. */
function closure(file, own, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
    const target = resolve(dirname(file), `${spec}.ts`);
    const inOwn = target.startsWith(own + '/');
    const inCore = target.startsWith(join(src, 'core') + '/') && !target.endsWith('language-switcher.ts');
    if (inOwn || inCore) closure(target, own, seen);
  }
  return seen;
}

const problems = [];
for (const [tag, decl] of byTag) {
  const entry = join(root, decl.path);
  const own = tag === 'hope-language-switcher' ? entry : dirname(entry);
  const files = tag === 'hope-language-switcher' ? [entry] : readdirSync(own).filter((f) => f.endsWith('.ts')).map((f) => join(own, f));
  const all = new Set(files.flatMap((f) => [...closure(f, own)]));
  if (tag === 'hope-language-switcher') for (const f of [...all]) if (f !== entry && !f.endsWith('hope-element.ts')) all.delete(f);
  const parts = new Set((decl.cssParts ?? []).map((p) => p.name));
  const props = new Set((decl.cssProperties ?? []).map((p) => p.name));
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    for (const [, names] of text.matchAll(/\bpart="([^"$]+)"/g)) {
      for (const p of names.split(/\s+/)) if (!parts.has(p)) problems.push(`${tag}: part "${p}" (${relative(root, file)}) is not documented (@csspart)`);
    }
    // Its own styles (the shared tokens of src/core/styles.ts are not checked per element).
    if (file.startsWith(own + '/') && file.endsWith('.styles.ts')) {
      for (const [, p] of text.matchAll(/var\((--hope-[a-z0-9-]+)/g)) if (!props.has(p)) problems.push(`${tag}: ${p} (${relative(root, file)}) is not documented (@cssproperty)`);
    }
  }
  if (!decl.description?.trim()) problems.push(`${tag}: no description`);
  for (const e of decl.events ?? []) if (!e.type?.text) problems.push(`${tag}: event ${e.name} has no type`);
}
for (const tag of ['hope-quick-exit', 'hope-report-concern', 'hope-indicator-checklist', 'hope-helpline-locator', 'hope-training-signup', 'hope-language-switcher']) {
  if (!byTag.has(tag)) problems.push(`${tag}: not in custom-elements.json (no @tag?)`);
}
if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${[...new Set(problems)].join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json documents every part, event type and own --hope-* property of ${byTag.size} elements.`);

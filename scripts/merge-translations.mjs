/**
 * `npm run localize:merge`: runs `lit-localize extract`, then fills the XLIFF targets from
 * locales/pending/*.json ({"<message id>": {"pl": "…", "ar": "…"}}), marking each one
 * state="needs-review-translation" for a native speaker, and deletes the merged pending files.
 * Placeholders are written `${name}` exactly as in the source message.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {root} from './entries.mjs';
import {setTarget, toTarget, units} from './xliff.mjs';

const extract = spawnSync(join(root, 'node_modules/.bin/lit-localize'), ['extract'], {cwd: root, stdio: 'inherit'});
if (extract.status !== 0) process.exit(1);
const pendingDir = join(root, 'locales/pending');
// `npm run localize:merge [-- name…]`: all pending files, or only locales/pending/<name>.json.
const only = process.argv.slice(2);
const files = (existsSync(pendingDir) ? readdirSync(pendingDir).filter((f) => f.endsWith('.json')) : []).filter(
  (f) => !only.length || only.includes(f.replace(/\.json$/, '')),
);
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
let failed = false;
for (const locale of config.targetLocales) {
  const path = join(root, 'locales', `${locale}.xlf`);
  let xml = readFileSync(path, 'utf8');
  const sources = new Map(units(xml).map((u) => [u.id, u.source]));
  for (const f of files) {
    const pending = JSON.parse(readFileSync(join(pendingDir, f), 'utf8'));
    for (const [id, byLocale] of Object.entries(pending)) {
      const text = byLocale[locale];
      if (!text) continue;
      if (!sources.has(id)) {
        console.warn(`${f}: "${id}" is not a message in the sources (skipped)`);
        continue;
      }
      try {
        xml = setTarget(xml, id, toTarget(text, sources.get(id))).xml;
      } catch (e) {
        console.error(`${f} ${locale} "${id}": ${e.message}`);
        failed = true;
      }
    }
  }
  writeFileSync(path, xml);
}
if (failed) process.exit(1);
for (const f of files) rmSync(join(pendingDir, f));
console.log(`merged ${files.length} pending file(s)`);

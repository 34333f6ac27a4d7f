/**
 * Every target locale must be complete: extracts the messages of the current sources into a
 * temporary copy of locales/ (the committed files are not touched) and fails when a message
 * has no translation, or when a translation is the English copied. Prints how many strings
 * still await review by a native speaker (`state="needs-review-translation"`).
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tmpdir} from 'node:os';
import {root} from './entries.mjs';
import {units} from './xliff.mjs';

const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'hope-locales-'));
let problems = 0;
try {
  cpSync(join(root, 'locales'), join(work, 'locales'), {recursive: true});
  const tmpConfig = join(root, `.lit-localize.check-${process.pid}.json`);
  writeFileSync(tmpConfig, JSON.stringify({...config, $schema: undefined, interchange: {...config.interchange, xliffDir: join(work, 'locales')}}));
  const r = spawnSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', tmpConfig], {cwd: root, encoding: 'utf8'});
  rmSync(tmpConfig, {force: true});
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  for (const locale of config.targetLocales) {
    const fresh = units(readFileSync(join(work, 'locales', `${locale}.xlf`), 'utf8'));
    const missing = fresh.filter((u) => !u.target || !u.target.trim());
    const copied = fresh.filter(
      (u) => u.target && u.target.trim() === u.source.trim() && /[A-Za-z]{4,}/.test(u.source.replace(/<x [^>]*\/>/g, '')) && !u.notes.some((n) => /same as source/i.test(n)),
    );
    const review = fresh.filter((u) => u.state?.startsWith('needs-review')).length;
    for (const u of missing) console.error(`locales/${locale}.xlf: "${u.id}" has no translation`);
    for (const u of copied) console.error(`locales/${locale}.xlf: "${u.id}" is the English text copied`);
    problems += missing.length + copied.length;
    console.log(`${locale}: ${fresh.length} messages, ${missing.length} untranslated, ${copied.length} copied from English, ${review} awaiting review by a native speaker`);
  }
  const committed = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.xlf'));
  for (const f of committed) {
    const before = readFileSync(join(root, 'locales', f), 'utf8');
    const after = readFileSync(join(work, 'locales', f), 'utf8');
    if (before !== after) {
      console.error(`locales/${f} is out of date with the sources: run \`npm run localize:extract\` and translate what it adds.`);
      problems++;
    }
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}
if (problems) {
  console.error(`locales: ${problems} problem(s)`);
  process.exit(1);
}
console.log('locales: complete');

/**
 * Every target locale must be complete: extracts the messages of the current sources into a
 * temporary copy of locales/ (the committed files are not touched) and fails when a message
 * has no translation, or when a translation is the English copied (unless
 * locales/same-as-source.json allows it: numbers, URLs, names). Prints how many strings still
 * await review by a native speaker (`state="needs-review-translation"`).
 * Also checks locales/status.json (every locale has a status; a "draft" keeps every target
 * needs-review, a "reviewed" one has none left), locales/safety-ids.json (every id is a message),
 * and the README's locale table. `node scripts/check-locales.mjs --write` rewrites that table.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tmpdir} from 'node:os';
import {root} from './entries.mjs';
import {setTarget, units} from './xliff.mjs';

const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const status = JSON.parse(readFileSync(join(root, 'locales/status.json'), 'utf8')).locales;
const allow = JSON.parse(readFileSync(join(root, 'locales/same-as-source.json'), 'utf8')).allow;
const safetyIds = JSON.parse(readFileSync(join(root, 'locales/safety-ids.json'), 'utf8'));
const allowed = (id, locale) => allow[id] && (allow[id].locales.includes('*') || allow[id].locales.includes(locale));
const counts = {};
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
  selfTest(readFileSync(join(work, 'locales', `${config.targetLocales[0]}.xlf`), 'utf8'), config.targetLocales[0]);
  for (const locale of config.targetLocales) {
    const fresh = units(readFileSync(join(work, 'locales', `${locale}.xlf`), 'utf8'));
    const {missing, copied} = faults(fresh, locale);
    const review = fresh.filter((u) => u.state?.startsWith('needs-review')).length;
    for (const u of missing) console.error(`locales/${locale}.xlf: "${u.id}" has no translation`);
    for (const u of copied) console.error(`locales/${locale}.xlf: "${u.id}" is the English text copied`);
    problems += missing.length + copied.length;
    counts[locale] = fresh.length - missing.length;
    const s = status[locale];
    if (!s || !['draft', 'reviewed'].includes(s.status)) {
      console.error(`locales/status.json: "${locale}" needs a status (draft or reviewed)`);
      problems++;
    } else if (s.status === 'draft' && review < fresh.length) {
      console.error(`locales/${locale}.xlf: a draft locale, yet ${fresh.length - review} target(s) are not marked needs-review-translation`);
      problems++;
    } else if (s.status === 'reviewed' && review > 0) {
      console.error(`locales/status.json: "${locale}" is marked reviewed but ${review} target(s) still await review`);
      problems++;
    }
    if (locale === config.targetLocales[0]) {
      const ids = new Set(fresh.map((u) => u.id));
      for (const id of safetyIds.filter((i) => !ids.has(i))) {
        console.error(`locales/safety-ids.json: "${id}" is not a message in the sources`);
        problems++;
      }
      for (const id of Object.keys(allow).filter((i) => !ids.has(i))) {
        console.error(`locales/same-as-source.json: "${id}" is not a message in the sources`);
        problems++;
      }
    }
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
  for (const code of Object.keys(status).filter((c) => c !== config.sourceLocale && !config.targetLocales.includes(c))) {
    console.error(`locales/status.json: "${code}" is not in lit-localize.json's targetLocales`);
    problems++;
  }
  problems += checkReadme();
} finally {
  rmSync(work, {recursive: true, force: true});
}

/** Untranslated targets, and targets that are the English copied (numbers and allowed names aside). */
function faults(fresh, locale) {
  const missing = fresh.filter((u) => !u.target || !u.target.trim());
  const copied = fresh.filter(
    (u) => u.target && u.target.trim() === u.source.trim() && /[A-Za-z]{4,}/.test(u.source.replace(/<x [^>]*\/>/g, '')) && !allowed(u.id, locale),
  );
  return {missing, copied};
}

/** The gate checks itself: a locale with one target emptied and one set to the English must fail. */
function selfTest(xml, locale) {
  const [a, b] = units(xml).filter((u) => /[A-Za-z]{4,}/.test(u.source) && !allow[u.id]);
  let broken = setTarget(xml, a.id, '').xml;
  broken = setTarget(broken, b.id, b.source).xml;
  const {missing, copied} = faults(units(broken), locale);
  if (missing.length !== 1 || copied.length !== 1) {
    console.error(`check-locales self-test: a broken file was not caught (${missing.length} missing, ${copied.length} copied)`);
    process.exit(1);
  }
}

/** The README's table of every locale, its status and message count, between two markers. */
function checkReadme() {
  const total = Math.max(0, ...Object.values(counts));
  const rows = [config.sourceLocale, ...config.targetLocales].map((code) => {
    const s = status[code] ?? {};
    const state = s.status === 'source' ? 'source' : s.status === 'reviewed' ? 'reviewed by a native speaker' : `draft${s.secondPass?.done ? '; safety-critical messages second-checked' : ''}`;
    return `| \`${code}\` | ${s.name ?? '?'} | ${state} | ${code === config.sourceLocale ? total : counts[code]} |`;
  });
  const table = ['<!-- locales-table: made by scripts/check-locales.mjs --write -->', '| code | language | status | messages |', '| --- | --- | --- | --- |', ...rows, '<!-- /locales-table -->'].join('\n');
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const re = /<!-- locales-table[^>]*-->[\s\S]*?<!-- \/locales-table -->/;
  if (process.argv.includes('--write')) {
    writeFileSync(path, re.test(readme) ? readme.replace(re, table) : readme);
    return 0;
  }
  if (!re.test(readme) || readme.match(re)[0] !== table) {
    console.error('README.md: the Languages table is out of date: run `node scripts/check-locales.mjs --write`');
    return 1;
  }
  return 0;
}
if (problems) {
  console.error(`locales: ${problems} problem(s)`);
  process.exit(1);
}
console.log('locales: complete');

/**
 * `hope-widgets/wire` type-checks in a Node-only project: no DOM lib, no skipLibCheck. A scratch
 * consumer gets the front-end package as node_modules/hope-widgets (its real package.json, so
 * the `exports` map is what resolves the import) with the declarations tsc emits for src/wire.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/.bin/tsc');

function consumer(source) {
  const dir = mkdtempSync(join(tmpdir(), 'hope-wire-'));
  const pkg = join(dir, 'node_modules/hope-widgets');
  mkdirSync(pkg, {recursive: true});
  copyFileSync(join(root, 'package.json'), join(pkg, 'package.json'));
  const emit = spawnSync(tsc, ['--ignoreConfig', join(root, 'src/wire/index.ts'), '--declaration', '--emitDeclarationOnly', '--outDir', join(pkg, 'types/wire'), '--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'bundler', '--lib', 'ES2022', '--types', ''], {encoding: 'utf8'});
  assert.equal(emit.status, 0, emit.stdout + emit.stderr);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'a-receiver', type: 'module', private: true}));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions: {target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [], strict: true, noEmit: true, skipLibCheck: false}, include: ['*.ts']}));
  writeFileSync(join(dir, 'receiver.ts'), source);
  const r = spawnSync(tsc, ['-p', dir], {encoding: 'utf8'});
  rmSync(dir, {recursive: true, force: true});
  return r;
}

const GOOD = `
import type {Envelope, Signals, ReportConcernData, TrainingSignupData, AnyEnvelope, DataBySchema} from 'hope-widgets/wire';
const signals: Signals = {honeypot: false, fillMs: 1200};
const report: Envelope<ReportConcernData> = {
  schema: 'hope-widgets/report-concern@1', id: '0b0c6a36-9a1c-4c4e-8d5e-1d1f1d1f1d1f', createdAt: '2026-01-01T00:00:00Z', locale: 'en',
  source: {widget: 'report-concern', version: '0.1.0', page: 'https://example.org/'}, signals,
  data: {immediateDanger: true, exploitationTypes: ['labour'], description: 'x', reporter: {privacy: 'anonymous'}},
};
export function sessionOf(e: AnyEnvelope): string | undefined {
  if (e.schema === 'hope-widgets/training-signup@1') return e.data.session.id;
  return undefined;
}
const t: DataBySchema['hope-widgets/training-signup@1'] | TrainingSignupData | undefined = undefined;
export {report, t};
`;

test('importing hope-widgets/wire type-checks under a Node-only tsconfig (no DOM lib, no skipLibCheck)', () => {
  const r = consumer(GOOD);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('…and the check is real: a wrong field is an error', () => {
  const r = consumer(`import type {ReportConcernData} from 'hope-widgets/wire';\nexport const d: ReportConcernData = {immediateDanger: 'yes', exploitationTypes: [], description: '', reporter: {privacy: 'anonymous'}};\n`);
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /receiver.ts\(2,\d+\): error TS2322/);
});

/** The entry points, found from the source tree: one per folder of src/ with an index.ts (elements and the indicator catalogue). */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOT_ENTRIES = new Set(['core', 'generated']);

/** {name: 'src/<name>/index.ts'}: `hope-widgets/<name>.js`. */
export function folderEntries() {
  return Object.fromEntries(
    readdirSync(join(root, 'src'), {withFileTypes: true})
      .filter((d) => d.isDirectory() && !NOT_ENTRIES.has(d.name) && existsSync(join(root, 'src', d.name, 'index.ts')))
      .map((d) => [d.name, `src/${d.name}/index.ts`])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Element entries only (the catalogue is data and the wire types are types, not elements). */
export function elementEntries() {
  const {indicators: _catalogue, wire: _types, ...elements} = folderEntries();
  return elements;
}

/** A module of src/ written in TypeScript, loaded in Node (plain data and pure functions only). */
export async function importTs(path) {
  const {transformSync} = await import('esbuild');
  const {code} = transformSync(readFileSync(join(root, path), 'utf8'), {loader: 'ts', format: 'esm'});
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

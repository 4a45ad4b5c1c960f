// Every JavaScript file the package ships (dist/, after `npm run build`) must parse as ES2021: the
// syntax of every browser the README supports, iOS Safari 15.4 the oldest (it cannot parse class
// `static { }` blocks or class fields, both ES2022). A newer construct that slips in from the compiler,
// terser or a dependency fails here with its file, line and column.
// `npm test -- syntax`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';

const ECMA_VERSION = 2021;
const dist = new URL('../dist/', import.meta.url).pathname;

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
if (files.length === 0) {
  console.error('check-syntax: dist/ holds no JavaScript; run `npm run build` first.');
  process.exit(1);
}

const failures = [];
for (const file of files) {
  try {
    parse(readFileSync(file, 'utf8'), { ecmaVersion: ECMA_VERSION, sourceType: 'module' });
  } catch (error) {
    failures.push(`${relative(process.cwd(), file)}:${error.loc?.line}:${error.loc?.column}: ${error.message}`);
  }
}
if (failures.length > 0) {
  console.error(`check-syntax: ${failures.length} of ${files.length} files in dist/ are not ES${ECMA_VERSION}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`check-syntax: all ${files.length} JavaScript files in dist/ parse as ES${ECMA_VERSION}.`);

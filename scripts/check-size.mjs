// Measures the CDN build (minified, then brotli- and gzip-compressed) against the size budget.
// `node scripts/check-size.mjs --write` also rewrites the committed report benchmarks/size.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli bytes the CDN entry (Lit included, translations excluded) may take. */
const BUDGET = 30 * 1024;

const dist = new URL('../dist/', import.meta.url).pathname;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const files = [
  'nsiw-widgets.js',
  ...readdirSync(join(dist, 'chunks'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dist.length)),
].map((name) => {
  const bytes = readFileSync(join(dist, name));
  return { name, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
});

const entry = files[0];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = files.map((file) => `| ${file.name} | ${file.minified} | ${file.gzip} | ${file.brotli} |`);
const report = `# Size of the CDN build

Measured by \`npm run size -- --write\` after \`npm run build\` (minified by terser; gzip level 9; brotli quality 11).
The budget is on \`nsiw-widgets.js\`, the file a page loads first: ${kib(BUDGET)} brotli, Lit included.

| file | minified bytes | gzip bytes | brotli bytes |
|---|---:|---:|---:|
${rows.join('\n')}
`;

console.log(report);
if (process.argv.includes('--write')) {
  writeFileSync(new URL('../benchmarks/size.md', import.meta.url), report);
}
if (entry.brotli > BUDGET) {
  console.error(`nsiw-widgets.js is ${kib(entry.brotli)} brotli, over the ${kib(BUDGET)} budget.`);
  process.exit(1);
}
console.log(`nsiw-widgets.js: ${kib(entry.brotli)} brotli, within the ${kib(BUDGET)} budget.`);

// Where the bytes of the CDN entry go: rebuilds the entry with rollup (as `rollup -c` does, minus
// terser), minifies each module's part on its own with esbuild and compresses it with brotli, then writes
// benchmarks/size-breakdown.md. Per-module brotli overstates the whole (each module is compressed without
// the others as context): read it for proportions, and scripts/check-size.mjs for the real total.
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { transform } from 'esbuild';
import configs from '../rollup.config.mjs';

const cdn = configs[0];
const bundle = await rollup({ ...cdn, plugins: cdn.plugins.filter((plugin) => plugin.name !== 'terser') });
const { output } = await bundle.generate(cdn.output);
const entry = output.find((chunk) => chunk.fileName === 'nsiw-widgets.js');
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The part of the library a module belongs to, for the totals. */
function area(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|tslib)\//.test(id)) return 'Lit (with tslib)';
  if (id.includes('node_modules/@lit/localize/')) return '@lit/localize runtime';
  if (id.includes('node_modules/valibot/')) return 'valibot';
  if (/\/src\/core\/(feed|loading)\//.test(id)) return 'feed core (schema, validation, loader, controller, states)';
  if (id.includes('/src/core/')) return 'other shared modules (dates, locale, rich text, styles …)';
  if (id.includes('/src/generated/')) return 'translations';
  return 'elements';
}

const rows = [];
for (const [id, module] of Object.entries(entry.modules)) {
  if (!module.code) continue;
  const minified = (await transform(module.code, { minify: true, loader: 'js' })).code;
  rows.push({ id: id.replace(/.*node_modules\//, '').replace(process.cwd() + '/', ''), area: area(id), minified: minified.length, brotli: brotli(minified) });
}
rows.sort((a, b) => b.brotli - a.brotli);
const areas = new Map();
for (const row of rows) {
  const total = areas.get(row.area) ?? { minified: 0, brotli: 0 };
  areas.set(row.area, { minified: total.minified + row.minified, brotli: total.brotli + row.brotli });
}
const sum = rows.reduce((total, row) => total + row.brotli, 0);
const percent = (bytes) => `${((bytes / sum) * 100).toFixed(0)} %`;
const report = `# Where the bytes of nsiw-widgets.js go

Written by \`npm run size:breakdown\`. Each module minified (esbuild) and brotli-compressed on its own:
the sum (${sum} B) overstates the real file (see size.md), so read the shares, not the totals.

| part | minified | brotli alone | share |
|---|---:|---:|---:|
${[...areas].sort((a, b) => b[1].brotli - a[1].brotli).map(([name, total]) => `| ${name} | ${total.minified} | ${total.brotli} | ${percent(total.brotli)} |`).join('\n')}

| module | minified | brotli alone |
|---|---:|---:|
${rows.map((row) => `| ${row.id} | ${row.minified} | ${row.brotli} |`).join('\n')}
`;
writeFileSync(new URL('../benchmarks/size-breakdown.md', import.meta.url), report);
console.log(report);

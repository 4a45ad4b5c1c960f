// The project's size tool (measuring with scripts/support/size.mjs, as the build summary and the
// benchmarks do). After `npm run build`:
//
//   node scripts/size.mjs                 `npm run size`, part of `npm test`: what a page downloads before the
//                                         first render (the entry and every chunk it imports statically,
//                                         followed transitively), brotli, against the budget; on-demand chunks
//                                         listed beside it. Exit status 1 over the budget.
//     --write                             also rewrites the committed report bench/SIZE.md
//     --budget=BYTES                      checks against another budget (to see the check fail: one byte under)
//   node scripts/size.mjs --breakdown     `npm run size:breakdown`: where the entry's bytes go, per module and
//                                         per part; rewrites bench/SIZE-BREAKDOWN.md
//   node scripts/size.mjs --compare       the build next to Shoelace's and Material's tabs and Lit's floor, built
//                                         here the same way (section 1 of `npm run bench`); prints it
//
// Bytes are deterministic (the one figure `npm test` holds to a number): minified by terser; gzip level 9;
// brotli quality 11; each file compressed on its own, as a server sends it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CDN_ENTRY, breakdown, cdnGraph, dist, measureFile, root } from './support/size.mjs';

/**
 * Brotli bytes allowed before the first render. Issue 6 asks for 14,000 (14 KB); the honest build is at
 * about 24 KB (see bench/SIZE-BREAKDOWN.md for where the bytes go), so the check holds the line there, just
 * above today's measure, until the budget is decided: no growth goes unnoticed. Raised from 24,000 to
 * 24,700 for issue 14's defences of hostile feeds (23,562 before them, 24,455 after) and issue 17's
 * server safety, `colorScheme` and literal defines (+181); two terser passes took 53 back (24,640).
 * Issue 15's controllers and CSS minified at build: 24,461. Raised to 25,000 for issue 16's messages that
 * name the fix (CORS, no feed, JSON position), the RTL, forced-colour and <p> fixes (24,968 with issue
 * 19's calendar menu, which loads on demand). Issue 18 sets the budget at 20,000; its first round
 * (private members mangled as Lit's build does, static properties instead of decorators, translations
 * keyed by text instead of a hash, html templates without indentation) took the entry to 24,105; its
 * runtime round (validation in slices, zone-offset cache, `page-size` with "Show more", the stored feed of
 * the visit) brought it to 24,958. The line stays at 25,000, not at that figure: the entry names its
 * lazy chunks by a hash of their content, and a new hash alone moves the entry's brotli size by tens of
 * bytes (an edit of the JSON position chunk only: 24,958 -> 24,994). The feed's schema and validation
 * cost 4,570 of it (the entry built without them: 19,535). So the CDN build loads its validator (valibot,
 * the schema, the checks, and the rich-text parser they check links with) as a chunk of its own, started
 * as an element starts loading its feed (`src/core/validator/on-demand-validator.ts`): 24,994 -> 19,835,
 * the chunk 6,002. The line is issue 18's budget, 20,000: 165 above that figure, room for the tens of
 * bytes a chunk's new content hash moves the entry by, not for new code (which goes into a chunk).
 */
const DEFAULT_BUDGET = 20_000;
const TARGET = 14_000;

const { values: options } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    budget: { type: 'string' },
    breakdown: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
  },
});

if (options.breakdown) {
  const { rows, areas } = await breakdown();
  const sum = rows.reduce((total, row) => total + row.brotli, 0);
  const percent = (bytes) => `${((bytes / sum) * 100).toFixed(0)} %`;
  const report = `# Where the bytes of nsiw-widgets.js go

Written by \`npm run size:breakdown\`. Each module minified (esbuild) and brotli-compressed on its own:
the sum (${sum} B) overstates the real file (see SIZE.md), so read the shares, not the totals.

| part | minified | brotli alone | share |
|---|---:|---:|---:|
${[...areas]
  .sort((a, b) => b[1].brotli - a[1].brotli)
  .map(([name, total]) => `| ${name} | ${total.minified} | ${total.brotli} | ${percent(total.brotli)} |`)
  .join('\n')}

| module | minified | brotli alone |
|---|---:|---:|
${rows.map((row) => `| ${row.id} | ${row.minified} | ${row.brotli} |`).join('\n')}
`;
  writeFileSync(join(root, 'bench/SIZE-BREAKDOWN.md'), report);
  console.log(report);
  process.exit(0);
}

if (options.compare) {
  const { sizeSection } = await import('../bench/size.mjs');
  const { markdown } = await sizeSection({ distDirectory: dist });
  console.log(`\n${markdown}`);
  process.exit(0);
}

const budget = Number(options.budget ?? DEFAULT_BUDGET);
if (!Number.isFinite(budget)) throw new Error(`--budget must be a number of bytes, not "${options.budget}"`);
const { eager: eagerFiles, lazy: lazyFiles } = cdnGraph(dist, CDN_ENTRY);
const measured = (name) => ({ name, ...measureFile(join(dist, name)) });
const eager = eagerFiles.map(measured);
const lazy = lazyFiles.map(measured);
const total = eager.reduce((sum, file) => sum + file.brotli, 0);
const row = (file) => `| ${file.name} | ${file.bytes} | ${file.gzip} | ${file.brotli} |`;
const report = `# Size of the CDN build

Measured by \`npm run size -- --write\` after \`npm run build\` (minified by terser; gzip level 9; brotli
quality 11; each file compressed on its own).

## Before the first render: ${total} bytes brotli (budget ${budget}; the issue's target ${TARGET})

The entry and every chunk it imports statically: all elements, Lit, the localize runtime, the feed core.

| file | minified bytes | gzip bytes | brotli bytes |
|---|---:|---:|---:|
${eager.map(row).join('\n')}

## Loaded on demand

| file | minified bytes | gzip bytes | brotli bytes |
|---|---:|---:|---:|
${lazy.map(row).join('\n')}
`;

console.log(report);
if (options.write) writeFileSync(join(root, 'bench/SIZE.md'), report);
if (total > budget) {
  console.error(`Before the first render a page downloads ${total} bytes brotli: ${total - budget} over the budget of ${budget}.`);
  process.exit(1);
}
console.log(`Before the first render: ${total} bytes brotli, within the budget of ${budget} (${budget - total} to spare).`);

// The project's size tool (measuring with scripts/support/size.mjs, as the build summary and the
// benchmarks do). After `npm run build`:
//
//   node scripts/size.mjs                 `npm run size`, part of `npm test`: the bytes before the first event
//                                         on a Norwegian page (the entry and the chunks that page waits for),
//                                         and the entry alone (with every chunk it imports statically), brotli,
//                                         each against its budget; the other chunks listed beside them. Exit
//                                         status 1 over a budget.
//     --write                             also rewrites the committed report bench/SIZE.md
//     --budget=BYTES                      checks the Norwegian page against another budget (to see the check
//     --entry-budget=BYTES                fail: one byte under), or the entry
//   node scripts/size.mjs --breakdown     `npm run size:breakdown`: where the entry's bytes go, per module and
//                                         per part; rewrites bench/SIZE-BREAKDOWN.md
//   node scripts/size.mjs --compare       the build next to Shoelace's and Material's tabs and Lit's floor, built
//                                         here the same way (section 1 of `npm run bench`); prints it
//
// Bytes are deterministic (the one figure `npm test` holds to a number): minified by terser; gzip level 9;
// brotli quality 11; each file compressed on its own, as a server sends it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CDN_ENTRY, NORWEGIAN_FIRST_EVENT, breakdown, cdnGraph, chunksOf, dist, measureFile, root } from './support/size.mjs';

/**
 * Brotli bytes allowed: each line about 650 B above the build's figure when it was set, so that an ordinary
 * edit passes and a new dependency, or a feature in the wrong file, does not. The performance issue's goal
 * for the Norwegian page is 28,000 B (`TARGET`); lower the budget as the build gets there.
 */
const DEFAULT_BUDGET = 32_300;
const DEFAULT_ENTRY_BUDGET = 20_800;
const TARGET = 28_000;

const { values: options } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    budget: { type: 'string' },
    'entry-budget': { type: 'string' },
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

const budgetOption = (name, fallback) => {
  const value = Number(options[name] ?? fallback);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number of bytes, not "${options[name]}"`);
  return value;
};
const budget = budgetOption('budget', DEFAULT_BUDGET);
const entryBudget = budgetOption('entry-budget', DEFAULT_ENTRY_BUDGET);
const sourceOf = new Map(
  Object.entries(JSON.parse(readFileSync(join(dist, 'chunks.json'), 'utf8'))).map(([source, file]) => [file, source]),
);
const measured = (name) => ({
  name,
  source: sourceOf.get(name) ?? (name === CDN_ENTRY ? 'src/nsiw-widgets.ts' : ''),
  ...measureFile(join(dist, name)),
});
const sum = (files) => files.reduce((total, file) => total + file.brotli, 0);
const { eager: eagerFiles, lazy: lazyFiles } = cdnGraph(dist, CDN_ENTRY);
const norwegianFiles = [...eagerFiles, ...chunksOf(NORWEGIAN_FIRST_EVENT)];
const norwegian = norwegianFiles.map(measured);
const entry = eagerFiles.map(measured);
const others = lazyFiles.filter((name) => !norwegianFiles.includes(name)).map(measured);
const lines = [
  { label: 'Before the first event on a Norwegian page', total: sum(norwegian), budget },
  { label: 'The entry alone', total: sum(entry), budget: entryBudget },
];
const row = (file) => `| ${file.name} | ${file.source} | ${file.bytes} | ${file.gzip} | ${file.brotli} |`;
const header = '| file | source module | minified bytes | gzip bytes | brotli bytes |\n|---|---|---:|---:|---:|';
const report = `# Size of the CDN build

Measured by \`npm run size -- --write\` after \`npm run build\` (minified by terser; gzip level 9; brotli
quality 11; each file compressed on its own).

## ${lines[0].label}: ${lines[0].total} bytes brotli (budget ${budget}; the goal ${TARGET})

The entry and the chunks a page in \`nb\` waits for before it shows an event: its translations, the
calendar writer the list waits for, the feed's validator, the visit's stored copy of the feed.

${header}
${norwegian.map(row).join('\n')}

## ${lines[1].label}: ${lines[1].total} bytes brotli (budget ${entryBudget})

What every page loads first (with any chunk it imports statically): all elements, Lit, the localize
runtime, the feed core.

${header}
${entry.map(row).join('\n')}

## Loaded on demand

${header}
${others.map(row).join('\n')}
`;

console.log(report);
if (options.write) writeFileSync(join(root, 'bench/SIZE.md'), report);
const over = lines.filter((line) => line.total > line.budget);
for (const line of over)
  console.error(`${line.label}: ${line.total} bytes brotli, ${line.total - line.budget} over the budget of ${line.budget}.`);
if (over.length > 0) process.exit(1);
for (const line of lines)
  console.log(`${line.label}: ${line.total} bytes brotli, within the budget of ${line.budget} (${line.budget - line.total} to spare).`);

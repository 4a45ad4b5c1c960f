// Section 1: the size of every dist file, next to tab components of two big libraries and Lit's floor,
// all built in this run the way the CDN build is (rollup, node-resolve, terser) into a temporary folder.
// Measured and built by scripts/support/size.mjs, the project's one size module (`npm run size -- --compare`
// prints this section alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NORWEGIAN_FIRST_EVENT, addSizes, chunksOf, compareWithLibraries, listFiles, measureFile } from '../scripts/support/size.mjs';
import { table } from './harness.mjs';

const add = addSizes;
const kib = (bytes) => (bytes / 1024).toFixed(1);
const sizeCells = (size) => [String(size.bytes), String(size.gzip), String(size.brotli), `${kib(size.brotli)} KiB`];

export async function sizeSection({ distDirectory }) {
  // Every file of dist/, measured here by the same function as the comparisons, and checked against
  // what dist/build-summary.json says for the files it lists.
  const summary = JSON.parse(readFileSync(join(distDirectory, 'build-summary.json'), 'utf8'));
  const summarized = new Map(summary.files.map((file) => [file.path, file]));
  const distFiles = listFiles(distDirectory)
    .filter((path) => !path.startsWith('build-summary.'))
    .map((path) => ({ path, measured: measureFile(join(distDirectory, path)) }));
  const disagreeing = distFiles.filter((file) => {
    const listed = summarized.get(file.path);
    return listed && (listed.bytes !== file.measured.bytes || listed.gzip !== file.measured.gzip || listed.brotli !== file.measured.brotli);
  });
  const unlisted = distFiles.filter((file) => !summarized.has(file.path));

  const comparisons = await compareWithLibraries(distDirectory);

  const cdnEntry = distFiles.find((file) => file.path === 'nsiw-widgets.js').measured;
  const isTooling = (path) => path.endsWith('.d.ts') || path.endsWith('.map');
  const isCdn = (path) => !isTooling(path) && (path === 'nsiw-widgets.js' || path.startsWith('chunks/') || path.endsWith('.schema.json'));
  const chunks = distFiles.filter((file) => file.path.startsWith('chunks/') && file.path.endsWith('.js'));
  const norwegianChunks = chunksOf(NORWEGIAN_FIRST_EVENT, distDirectory);
  const norwegianPage = [cdnEntry, ...chunks.filter((file) => norwegianChunks.includes(file.path)).map((file) => file.measured)];
  distFiles.sort((a, b) => (a.path === 'nsiw-widgets.js' ? -1 : b.path === 'nsiw-widgets.js' ? 1 : a.path.localeCompare(b.path)));
  const fileRow = (file) => [file.path, String(file.measured.bytes), String(file.measured.gzip), String(file.measured.brotli)];

  const comparisonRows = [
    ['**nsiw-widgets CDN build: `nsiw-widgets.js`**, all five elements with Lit (what a page loads first)', ...sizeCells(cdnEntry)],
    [
      'nsiw-widgets before the first event on a Norwegian page: + the `nb` translations, calendar writer, validator and stored-feed chunks',
      ...sizeCells(add(norwegianPage)),
    ],
    [
      `nsiw-widgets, whole CDN build: entry + all ${chunks.length} chunks`,
      ...sizeCells(add([cdnEntry, ...chunks.map((file) => file.measured)])),
    ],
    ...comparisons.flatMap((comparison) => [
      [`${comparison.name}${comparison.chunks > 0 ? `: entry` : ''}`, ...sizeCells(comparison.entry)],
      ...(comparison.chunks > 0
        ? [[`${comparison.name}: entry + ${comparison.chunks} lazy chunk(s)`, ...sizeCells(comparison.total)]]
        : []),
      ...(comparison.extra
        ? [[`${comparison.name} ${comparison.extra.label}`, ...sizeCells(add([comparison.total, comparison.extra]))]]
        : []),
    ]),
  ];
  const header = ['file', 'bytes', 'gzip', 'brotli'];
  const markdown = `## 1. Size

Every file is measured the same way: raw bytes, gzip level 9, brotli quality 11 (the levels a CDN uses;
\`scripts/support/size.mjs\` measures for \`npm run size\` and the build summary alike). The comparisons are built in this run, each from a small entry module in a
temporary folder, with the CDN build's own tools and settings: rollup, \`@rollup/plugin-node-resolve\`
(\`exportConditions: ['production']\`), \`@rollup/plugin-terser\` (\`ecma: 2021, module: true\`, no comments).
Every file of \`dist/\` is measured here (${distFiles.length} files besides the build summaries) and checked against
\`dist/build-summary.json\`: ${disagreeing.length === 0 ? `the ${distFiles.length - unlisted.length} files it lists agree` : `${disagreeing.length} differ (${disagreeing.map((file) => file.path).join(', ')}); the tables show this run's measure`}${unlisted.length > 0 ? `; it leaves out ${unlisted.length} (${[...new Set(unlisted.map((file) => (file.path.endsWith('.d.ts.map') ? '`*.d.ts.map`' : `\`${file.path}\``)))].join(', ')})` : ''}.

${table(['build', 'bytes', 'gzip', 'brotli', 'brotli KiB'], comparisonRows)}

### The CDN build

${table(header, distFiles.filter((file) => isCdn(file.path)).map(fileRow))}

### Modules for bundlers (Lit and the other dependencies left as imports)

${table(header, distFiles.filter((file) => !isCdn(file.path) && !isTooling(file.path)).map(fileRow))}

<details><summary>Types and source maps (${distFiles.filter((file) => isTooling(file.path)).length} files, not loaded by pages)</summary>

${table(header, distFiles.filter((file) => isTooling(file.path)).map(fileRow))}

</details>
`;
  const [shoelace, material, , , infoTabs] = comparisons;
  const goals = [
    {
      goal: 'The whole CDN build, Lit included, smaller than a single tab component of the big libraries (brotli; product brief)',
      met: cdnEntry.brotli < shoelace.total.brotli && cdnEntry.brotli < material.total.brotli,
      figure:
        `\`nsiw-widgets.js\` ${kib(cdnEntry.brotli)} KiB vs Shoelace's tab group ${kib(shoelace.total.brotli)} KiB ` +
        `(${kib(shoelace.total.brotli + shoelace.extra.brotli)} with its theme CSS), Material's tabs ${kib(material.total.brotli)} KiB`,
      reason:
        cdnEntry.brotli < shoelace.total.brotli && cdnEntry.brotli < material.total.brotli
          ? undefined
          : `\`<nsiw-info-tabs>\` alone, built the same way, is ${kib(infoTabs.entry.brotli)} KiB: it carries the feed loader, validator ` +
            `(valibot) and rich-text renderer that a tab component does not; the CDN build shares them among its five elements`,
    },
  ];
  return { markdown, goals, distFiles, comparisons, cdnEntry };
}

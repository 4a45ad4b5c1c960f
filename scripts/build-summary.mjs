// Lists every file of dist/ the package ships, with its size (raw, gzip, brotli) and its Subresource
// Integrity hash; prints the files a page loads, and writes the full list to dist/build-summary.json and
// dist/build-summary.md.
// Runs at the end of `npm run build`, so every build states what it produced.
// Sizes are measured by scripts/support/size.mjs, as `npm run size` and the benchmarks measure them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cdnUrl, integrityOf } from './support/cdn.mjs';
import { CDN_ENTRY, dist, listFiles, measure, root } from './support/size.mjs';

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SUMMARY_FILES = ['build-summary.json', 'build-summary.md'];

/** What a page loads from the CDN build: the entry, its lazily loaded chunks, and the feed's JSON Schema. */
const isCdnFile = (path) => path === CDN_ENTRY || path.startsWith('chunks/') || path.endsWith('.schema.json');
/** Files no browser loads to run the widgets: types and source maps. */
const isToolingFile = (path) => path.endsWith('.d.ts') || path.endsWith('.map');

function describe(path) {
  const bytes = readFileSync(join(dist, path));
  return {
    path,
    ...measure(bytes),
    integrity: integrityOf(bytes),
  };
}

/** The CDN entry first, then its chunks, then everything else, each group in path order. */
function rank(path) {
  if (isToolingFile(path)) return 3;
  if (path === CDN_ENTRY) return 0;
  return isCdnFile(path) ? 1 : 2;
}

const paths = listFiles(dist)
  // Declaration maps stay out of the package (package.json `files`), so out of its summary too.
  .filter((path) => !SUMMARY_FILES.includes(path) && !path.endsWith('.d.ts.map'))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const files = paths.map(describe);
const entry = files.find((file) => file.path === CDN_ENTRY);
if (!entry) throw new Error(`dist/${CDN_ENTRY} is missing: run the whole \`npm run build\`.`);

const scriptTag = `<script type="module" src="${cdnUrl(CDN_ENTRY)}" integrity="${entry.integrity}" crossorigin="anonymous" blocking="render"></script>`;
const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
const row = (file) => `| ${file.path} | ${file.bytes} | ${file.gzip} | ${file.brotli} | \`${file.integrity}\` |`;
const table = (list) => ['| file | bytes | gzip | brotli | integrity (SRI) |', '|---|---:|---:|---:|---|', ...list.map(row)].join('\n');
const cdnFiles = files.filter((file) => rank(file.path) <= 1);
const bundlerModules = files.filter((file) => rank(file.path) === 2);
const toolingFiles = files.filter((file) => rank(file.path) === 3);
const groups = [
  ['CDN build', cdnFiles],
  ['Modules for bundlers', bundlerModules],
  ['Types and source maps', toolingFiles],
];

const markdown = `# Build summary: ${name} ${version}

Every file of \`dist/\` in the package: its size in bytes (raw; gzip level 9; brotli quality 11) and
its Subresource Integrity hash (sha384). Written by \`scripts/build-summary.mjs\` at the end of \`npm run build\`.

To load the CDN build with its integrity checked:

\`\`\`html
${scriptTag}
\`\`\`

${groups.map(([title, list]) => `## ${title}\n\n${table(list)}\n`).join('\n')}`;

writeFileSync(join(dist, 'build-summary.md'), markdown);
writeFileSync(
  join(dist, 'build-summary.json'),
  `${JSON.stringify({ name, version, cdnEntry: { url: cdnUrl(CDN_ENTRY), integrity: entry.integrity }, files }, null, 2)}\n`,
);

const pad = (value, width) => String(value).padStart(width);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (file) => `${file.path.padEnd(44)} ${pad(file.bytes, 8)} ${pad(file.gzip, 7)} ${pad(file.brotli, 7)}  ${file.integrity}`;
console.log(`\nBuild summary: ${name} ${version} (bytes: raw, gzip, brotli; SRI)\n`);
for (const [title, list] of [groups[0], groups[1]]) {
  console.log(`${title}:`);
  for (const file of list) console.log(`  ${line(file)}`);
}
console.log(
  `Types and source maps: ${toolingFiles.length} files, ${kib(sum(toolingFiles, 'bytes'))} (not loaded by pages)\n` +
    `Bundler modules in all: ${kib(sum(bundlerModules, 'bytes'))}, ${kib(sum(bundlerModules, 'brotli'))} brotli\n` +
    `\nCDN tag:\n  ${scriptTag}\n` +
    `\nWritten: dist/build-summary.md, dist/build-summary.json`,
);

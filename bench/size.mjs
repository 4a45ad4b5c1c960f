// Section 1: the size of every dist file, next to tab components of two big libraries and Lit's floor,
// all built in this run the way the CDN build is (rollup, node-resolve, terser) into a temporary folder.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { repositoryRoot, table } from './harness.mjs';

/** Raw, gzip (level 9) and brotli (quality 11) bytes: the levels a CDN uses, and `scripts/build-summary.mjs`. */
function measure(bytes) {
  return {
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const TRIVIAL_ELEMENT = `
class BenchHello extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  constructor() {
    super();
    this.name = 'world';
  }
  render() {
    return html\`<p>Hello, \${this.name}!</p>\`;
  }
}
customElements.define('bench-hello', BenchHello);
`;

/** What is built for comparison: entry module sources, with their extra files. */
const COMPARISONS = (distDirectory) => [
  {
    name: 'Shoelace 2.20.1 tab group (`sl-tab-group` + `sl-tab` + `sl-tab-panel`)',
    files: {
      'entry.js': `import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';`,
    },
    // Shoelace's components take their design tokens from a theme stylesheet the page must load too.
    extra: { label: '+ `themes/light.css` the page needs', path: 'node_modules/@shoelace-style/shoelace/dist/themes/light.css' },
  },
  {
    name: 'Material Web 2.5.0 tabs (`md-tabs` + `md-primary-tab`)',
    files: {
      'entry.js': `import '@material/web/tabs/tabs.js';
import '@material/web/tabs/primary-tab.js';`,
    },
  },
  {
    name: 'Lit 3 + a trivial element (the floor)',
    files: { 'entry.js': `import { LitElement, css, html } from 'lit';\n${TRIVIAL_ELEMENT}` },
  },
  {
    name: 'Lit 3 + @lit/localize (runtime mode, one lazy locale) + a trivial element',
    files: {
      'entry.js': `import { LitElement, css, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['nb'],
  loadLocale: () => import('./nb.js'),
});
${TRIVIAL_ELEMENT.replace('super();', 'super();\n    updateWhenLocaleChanges(this);').replace('Hello, ${this.name}!', "${msg('Hello!', { id: 'hello' })} ${this.name}")}`,
      'nb.js': `export const templates = { hello: 'Hei!' };`,
    },
  },
  {
    name: '`<nsiw-info-tabs>` alone: `dist/info-tabs/nsiw-info-tabs.js` (bundler module) with Lit, rebuilt the same way',
    files: { 'entry.js': `import ${JSON.stringify(join(distDirectory, 'info-tabs/nsiw-info-tabs.js'))};` },
  },
];

/** Builds `entry.js` in `folder` as the CDN build is built, into `folder/out`, and measures each output file. */
async function build(folder) {
  const bundle = await rollup({
    input: join(folder, 'entry.js'),
    // Resolve the packages from the repository's node_modules, though the sources live in a temporary folder.
    plugins: [nodeResolve({ exportConditions: ['production'], modulePaths: [join(repositoryRoot, 'node_modules')] })],
    onwarn: (warning, warn) => {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const output = join(folder, 'out');
  await bundle.write({
    dir: output,
    format: 'es',
    entryFileNames: 'entry.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    plugins: [terser({ ecma: 2021, module: true, format: { comments: false } })],
  });
  await bundle.close();
  return readdirSync(output, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ path: relative(output, join(entry.parentPath, entry.name)).split(sep).join('/'), ...measure(readFileSync(join(entry.parentPath, entry.name))) }));
}

const add = (files) => files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }), { bytes: 0, gzip: 0, brotli: 0 });
const kib = (bytes) => (bytes / 1024).toFixed(1);
const sizeCells = (size) => [String(size.bytes), String(size.gzip), String(size.brotli), `${kib(size.brotli)} KiB`];

export async function sizeSection({ distDirectory }) {
  // Every file of dist/, measured here by the same function as the comparisons, and checked against
  // what dist/build-summary.json says for the files it lists.
  const summary = JSON.parse(readFileSync(join(distDirectory, 'build-summary.json'), 'utf8'));
  const summarized = new Map(summary.files.map((file) => [file.path, file]));
  const distFiles = readdirSync(distDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDirectory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('build-summary.'))
    .map((path) => ({ path, measured: measure(readFileSync(join(distDirectory, path))) }));
  const disagreeing = distFiles.filter((file) => {
    const listed = summarized.get(file.path);
    return listed && (listed.bytes !== file.measured.bytes || listed.gzip !== file.measured.gzip || listed.brotli !== file.measured.brotli);
  });
  const unlisted = distFiles.filter((file) => !summarized.has(file.path));

  const temporary = mkdtempSync(join(tmpdir(), 'nsiw-bench-size-'));
  const comparisons = [];
  try {
    for (const [index, comparison] of COMPARISONS(distDirectory).entries()) {
      const folder = join(temporary, String(index));
      mkdirSync(folder);
      for (const [name, source] of Object.entries(comparison.files)) writeFileSync(join(folder, name), source);
      const files = await build(folder);
      const entry = files.find((file) => file.path === 'entry.js');
      const extra = comparison.extra && { label: comparison.extra.label, ...measure(readFileSync(join(repositoryRoot, comparison.extra.path))) };
      comparisons.push({ name: comparison.name, entry, total: add(files), chunks: files.length - 1, extra });
      console.log(`size: ${comparison.name}: ${entry.brotli} B brotli entry, ${add(files).brotli} B all`);
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }

  const cdnEntry = distFiles.find((file) => file.path === 'nsiw-widgets.js').measured;
  const isTooling = (path) => path.endsWith('.d.ts') || path.endsWith('.map');
  const isCdn = (path) => !isTooling(path) && (path === 'nsiw-widgets.js' || path.startsWith('chunks/') || path.endsWith('.schema.json'));
  const chunks = distFiles.filter((file) => file.path.startsWith('chunks/') && file.path.endsWith('.js'));
  const norwegianPage = [cdnEntry, ...chunks.filter((file) => /^chunks\/(nb|ical)-/.test(file.path)).map((file) => file.measured)];
  distFiles.sort((a, b) => (a.path === 'nsiw-widgets.js' ? -1 : b.path === 'nsiw-widgets.js' ? 1 : a.path.localeCompare(b.path)));
  const fileRow = (file) => [file.path, String(file.measured.bytes), String(file.measured.gzip), String(file.measured.brotli)];

  const comparisonRows = [
    ['**nsiw-widgets CDN build: `nsiw-widgets.js`**, all five elements with Lit (what a page loads first)', ...sizeCells(cdnEntry)],
    ['nsiw-widgets as a Norwegian page loads it: + `nb` translations + calendar writer chunks', ...sizeCells(add(norwegianPage))],
    [`nsiw-widgets, whole CDN build: entry + all ${chunks.length} chunks`, ...sizeCells(add([cdnEntry, ...chunks.map((file) => file.measured)]))],
    ...comparisons.flatMap((comparison) => [
      [`${comparison.name}${comparison.chunks > 0 ? `: entry` : ''}`, ...sizeCells(comparison.entry)],
      ...(comparison.chunks > 0 ? [[`${comparison.name}: entry + ${comparison.chunks} lazy chunk(s)`, ...sizeCells(comparison.total)]] : []),
      ...(comparison.extra ? [[`${comparison.name} ${comparison.extra.label}`, ...sizeCells(add([comparison.total, comparison.extra]))]] : []),
    ]),
  ];
  const header = ['file', 'bytes', 'gzip', 'brotli'];
  const markdown = `## 1. Size

Every file is measured the same way: raw bytes, gzip level 9, brotli quality 11 (the levels a CDN uses, as
in \`scripts/build-summary.mjs\`). The comparisons are built in this run, each from a small entry module in a
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

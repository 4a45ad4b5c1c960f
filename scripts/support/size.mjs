// How the project measures bytes, in one place: `scripts/size.mjs` (the budget check of `npm test`, the
// committed reports bench/SIZE.md and bench/SIZE-BREAKDOWN.md), `scripts/build-summary.mjs` (every file of
// `dist/` after a build) and section 1 of `npm run bench` (bench/size.mjs) all measure with it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');
/** The CDN build's entry: what a page's one script tag loads. */
export const CDN_ENTRY = 'nsiw-widgets.js';
/** The levels a CDN uses for static files. */
export const GZIP_LEVEL = 9;
export const BROTLI_QUALITY = 11;

/** Brotli bytes of `bytes` (a Buffer or a string), compressed on its own. */
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }).length;
/** Gzip bytes of `bytes`, compressed on its own. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length;

/** Raw, gzip and brotli bytes of `bytes`, each file compressed on its own as a server sends it. */
export function measure(bytes) {
  return { bytes: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
}

/** {@link measure} of the file at `path`. */
export const measureFile = (path) => measure(readFileSync(path));

/** Every file below `directory`, as `/`-separated paths relative to it, in no particular order. */
export function listFiles(directory) {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Relative module specifiers a built file imports, split into static (`import … from "./x"`) and dynamic (`import("./x")`). */
function importsOf(directory, name) {
  const code = readFileSync(join(directory, name), 'utf8');
  const resolve = (specifier) => normalize(join(dirname(name), specifier));
  const dynamic = [...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((match) => resolve(match[1]));
  const statics = [...code.matchAll(/\b(?:from|import)\s*["'](\.[^"']+)["']/g)].map((match) => resolve(match[1]));
  return { statics, dynamic };
}

/**
 * What a page downloads from the CDN build: `eager`, before the first render (the entry and every chunk it
 * imports statically, followed transitively), and `lazy`, the chunks loaded on demand (sorted).
 */
export function cdnGraph(directory = dist, entry = CDN_ENTRY) {
  const firstRender = new Set([entry]);
  const onDemand = new Set();
  for (const name of firstRender) {
    const { statics, dynamic } = importsOf(directory, name);
    statics.forEach((file) => firstRender.add(file));
    dynamic.forEach((file) => onDemand.add(file));
  }
  for (const name of onDemand) {
    const { statics, dynamic } = importsOf(directory, name);
    [...statics, ...dynamic].filter((file) => !firstRender.has(file)).forEach((file) => onDemand.add(file));
  }
  return { eager: [...firstRender], lazy: [...onDemand].filter((file) => !firstRender.has(file)).sort() };
}

/**
 * The lazily loaded modules a Norwegian page waits for before it shows its first event: the elements hold
 * their first render for the page's translations (`core/element/localized-element.ts`), `<nsiw-events>`
 * holds its list for the calendar writer, a feed is read by the validator, and the feed controller looks
 * for the visit's stored copy of the feed as it starts loading.
 */
export const NORWEGIAN_FIRST_EVENT = [
  'src/generated/locales/nb.ts',
  'src/core/calendar/calendar-menu.ts',
  'src/core/validator/validator-chunk.ts',
  'src/core/loading/feed-store.ts',
];

/**
 * The built files of source modules loaded on demand, by `dist/chunks.json` (the build's map of source
 * module to chunk). A module the build no longer has fails by name: a renamed one is renamed here too.
 */
export function chunksOf(sources, directory = dist) {
  const chunks = JSON.parse(readFileSync(join(directory, 'chunks.json'), 'utf8'));
  return sources.map((source) => {
    if (!chunks[source]) throw new Error(`dist/chunks.json has no chunk of ${source}: was it renamed or made static?`);
    return chunks[source];
  });
}

/** The part of the library a module of the CDN entry belongs to, for the breakdown's totals. */
function area(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|tslib)\//.test(id)) return 'Lit';
  if (id.includes('node_modules/@lit/localize/')) return '@lit/localize runtime';
  if (id.includes('node_modules/valibot/')) return 'valibot';
  if (/\/src\/core\/feed\/(schema|validate)\.ts$/.test(id)) return 'feed schema and validation (src/core/feed/schema.ts, validate.ts)';
  if (/\/src\/core\/(feed|loading)\//.test(id)) return 'feed core (src/core/feed/ other than the schema, src/core/loading/)';
  if (/\/src\/core\/(time|i18n)\//.test(id)) return 'time and languages (src/core/time/, src/core/i18n/)';
  if (id.includes('/src/core/')) return 'element kit and controllers (src/core/element/, calendar/, structured-data/ …)';
  if (id.includes('/src/generated/')) return 'translations';
  return 'elements';
}

/**
 * Where the bytes of the CDN entry go: rebuilds the entry with rollup (as `rollup -c` does, minus terser),
 * minifies each module's part on its own with esbuild and compresses it with brotli. Per-module brotli
 * overstates the whole (each module is compressed without the others as context): read it for proportions.
 * @returns {Promise<{ rows: { id: string, area: string, minified: number, brotli: number }[], areas: Map<string, { minified: number, brotli: number }> }>}
 */
export async function breakdown() {
  const [{ rollup }, { transform }, { default: configs }] = await Promise.all([
    import('rollup'),
    import('esbuild'),
    import(join(root, 'rollup.config.mjs')),
  ]);
  const cdn = configs[0];
  const bundle = await rollup({ ...cdn, plugins: cdn.plugins.filter((plugin) => plugin.name !== 'terser') });
  const { output } = await bundle.generate(cdn.output);
  await bundle.close();
  const entry = output.find((chunk) => chunk.fileName === CDN_ENTRY);
  const rows = [];
  for (const [id, module] of Object.entries(entry.modules)) {
    if (!module.code) continue;
    const minified = (await transform(module.code, { minify: true, loader: 'js' })).code;
    rows.push({
      // A plugin's virtual module (its id starts with a NUL byte, by rollup's convention) is named as such.
      id: id
        .replace(/.*node_modules\//, '')
        .replace(root, '')
        .replace(/^\0(.*)/, '$1 (generated by rollup.config.mjs)'),
      area: area(id),
      minified: minified.length,
      brotli: brotliSize(minified),
    });
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  const areas = new Map();
  for (const row of rows) {
    const total = areas.get(row.area) ?? { minified: 0, brotli: 0 };
    areas.set(row.area, { minified: total.minified + row.minified, brotli: total.brotli + row.brotli });
  }
  return { rows, areas };
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
async function buildLikeCdn(folder) {
  const [{ rollup }, { nodeResolve }, { default: terser }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
    import('@rollup/plugin-terser'),
  ]);
  const bundle = await rollup({
    input: join(folder, 'entry.js'),
    // Resolve the packages from the repository's node_modules, though the sources live in a temporary folder.
    plugins: [nodeResolve({ exportConditions: ['production'], modulePaths: [join(root, 'node_modules')] })],
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
  return listFiles(output).map((path) => ({ path, ...measureFile(join(output, path)) }));
}

/** The sum of several measures. */
export const addSizes = (files) =>
  files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }), {
    bytes: 0,
    gzip: 0,
    brotli: 0,
  });

/**
 * Tab components of two big libraries, Lit's floor and one element of this library alone, each built in
 * a temporary folder the way the CDN build is (rollup, node-resolve, terser) and measured.
 * @returns {Promise<{ name: string, entry: object, total: object, chunks: number, extra?: object }[]>}
 */
export async function compareWithLibraries(distDirectory = dist, log = console.log) {
  const temporary = mkdtempSync(join(tmpdir(), 'nsiw-size-compare-'));
  const comparisons = [];
  try {
    for (const [index, comparison] of COMPARISONS(distDirectory).entries()) {
      const folder = join(temporary, String(index));
      mkdirSync(folder);
      for (const [name, source] of Object.entries(comparison.files)) writeFileSync(join(folder, name), source);
      const files = await buildLikeCdn(folder);
      const entry = files.find((file) => file.path === 'entry.js');
      const extra = comparison.extra && { label: comparison.extra.label, ...measureFile(join(root, comparison.extra.path)) };
      comparisons.push({ name: comparison.name, entry, total: addSizes(files), chunks: files.length - 1, extra });
      log(`size: ${comparison.name}: ${entry.brotli} B brotli entry, ${addSizes(files).brotli} B all`);
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return comparisons;
}

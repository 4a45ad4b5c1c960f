import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { cdnUrl, integrityOf } from './scripts/support/cdn.mjs';

const typescriptOptions = {
  tsconfig: './tsconfig.json',
  declaration: false,
  declarationMap: false,
  sourceMap: true,
  // The maps carry the TypeScript they point to: the package ships no src/, and a CDN serves the maps alone.
  inlineSources: true,
  outDir: 'dist',
};

/**
 * Minifies the CSS of Lit's `css` tagged templates, which a JavaScript minifier leaves as written (a
 * template's text is a value to it): esbuild's CSS minifier, the one the CSS build of most bundlers uses.
 * Only templates without `${…}` parts, as all of this library's are; any other is left alone.
 */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    async transform(code, id) {
      if (!/\.styles\.ts$|[/\\]styles\.ts$/.test(id)) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(/\bcss\s*`([^`$\\]*)`/g)) {
        const { code: minified } = await transform(match[1], { loader: 'css', minify: true });
        const start = match.index + match[0].length - match[1].length - 1;
        output.overwrite(start, start + match[1].length, minified.trim());
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * One entry per element, `src/<name>/nsiw-<name>.ts` (the folder layout is fixed), so that a new element
 * gets its bundler entry without an edit here; package.json's `exports` names each one.
 */
const elementEntries = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((folder) => `src/${folder.name}/nsiw-${folder.name}.ts`)
  .filter((path) => existsSync(path));

/**
 * The editors' workbench (`src/workbench/`, `dist/workbench/`): its pages and styles copied beside its
 * scripts, and `cdn.json`, the CDN address and integrity hash of the `nsiw-widgets.js` just built (the
 * build above runs first), for the snippet it shows. Its preview frame imports that very file,
 * `../nsiw-widgets.js`, as a page would: the shipped elements, not a second build of them.
 */
function workbenchFiles() {
  const STATIC_FILES = ['index.html', 'preview.html', 'workbench.css', 'preview.css'];
  return {
    name: 'workbench-files',
    resolveId(source, importer) {
      if (source === '../nsiw-widgets.js' && importer?.includes('/src/workbench/')) return { id: source, external: true };
      // The workbench's translations (lit-localize.workbench.json: its own strings and those of the core it
      // uses), so that its strings stay out of the library's translation chunks.
      const locale = /generated\/locales\/(nb|sv|da)\.js$/.exec(source)?.[1];
      if (locale && importer?.endsWith('/src/core/i18n/localization.ts')) return resolve(`src/workbench/generated/locales/${locale}.ts`);
      return null;
    },
    generateBundle() {
      for (const fileName of STATIC_FILES) this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/workbench/${fileName}`) });
      const cdnEntry = 'dist/nsiw-widgets.js';
      if (!existsSync(cdnEntry)) this.error(`${cdnEntry} is missing: the CDN build must run before the workbench's`);
      const cdn = { url: cdnUrl('nsiw-widgets.js'), integrity: integrityOf(readFileSync(cdnEntry)) };
      this.emitFile({ type: 'asset', fileName: 'cdn.json', source: `${JSON.stringify(cdn, null, 2)}\n` });
    },
  };
}

export default [
  // For CDNs: one self-contained, minified module with Lit inside.
  {
    input: 'src/nsiw-widgets.ts',
    // Lets the translation chunks import Lit's helpers from the entry itself instead of from a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'nsiw-widgets.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript(typescriptOptions),
      minifyCssTemplates(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  // For bundlers: one module per source file, Lit and the other dependencies left as imports. Entries:
  // everything (`.`), the shared code without elements (`./core.js`), the React components (`./react`,
  // React itself and @lit/react left as imports), and each element on its own.
  {
    input: ['src/index.ts', 'src/core.ts', 'src/react/index.ts', ...elementEntries],
    external: (id) => /^(lit|@lit\/[^/]+|valibot|tslib|react)(\/|$)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript(typescriptOptions), minifyCssTemplates()],
  },
  // The editors' workbench, a page of its own beside the CDN build (see workbenchFiles).
  {
    input: { workbench: 'src/workbench/main.ts', preview: 'src/workbench/preview.ts' },
    output: {
      dir: 'dist/workbench',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      workbenchFiles(),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ ...typescriptOptions, outDir: 'dist/workbench' }),
      minifyCssTemplates(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
  },
];

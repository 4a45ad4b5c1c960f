import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { chunkMap } from './scripts/rollup/chunk-map.mjs';
import { minifyCssTemplates } from './scripts/rollup/css-templates.mjs';
import { collapseTemplateWhitespace } from './scripts/rollup/html-templates.mjs';
import { privateProperties } from './scripts/rollup/private-properties.mjs';
import { translationsByText } from './scripts/rollup/translations.mjs';
import { validatorOnDemand } from './scripts/rollup/validator-on-demand.mjs';
import { workbenchFiles } from './scripts/rollup/workbench-files.mjs';

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
 * One entry per element, `src/<name>/nsiw-<name>.ts` (the folder layout is fixed), so that a new element
 * gets its bundler entry without an edit here; package.json's `exports` names each one.
 */
const elementEntries = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((folder) => `src/${folder.name}/nsiw-${folder.name}.ts`)
  .filter((path) => existsSync(path));

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
      chunkFileNames: 'chunks/[hash].js',
      sourcemap: true,
    },
    plugins: [
      chunkMap(),
      validatorOnDemand(),
      nodeResolve({ exportConditions: ['production'] }),
      typescript(typescriptOptions),
      minifyCssTemplates(),
      translationsByText(),
      collapseTemplateWhitespace(),
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 3 },
        mangle: { properties: privateProperties },
        format: { comments: false },
      }),
    ],
  },
  // For bundlers: one module per source file, Lit and the other dependencies left as imports. Entries:
  // everything (`.`), the shared code without elements (`./core.js`), the React components (`./react`,
  // React itself and @lit/react left as imports), the server renderer and its command (`./render`, `bin/`), and each element on its own; and the two modules of
  // re-exports those are made of (`elements.ts`, `core/api.ts`), which rollup would otherwise fold into
  // their importers, though the declarations and custom-elements.json name them.
  {
    input: [
      'src/index.ts',
      'src/core.ts',
      'src/elements.ts',
      'src/core/api.ts',
      'src/react/index.ts',
      'src/render/render-page.ts',
      'src/render/cli.ts',
      ...elementEntries,
    ],
    external: (id) => /^(lit|@lit\/[^/]+|@lit-labs\/ssr|parse5|valibot|tslib|react|node:.*)(\/|$)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript(typescriptOptions), minifyCssTemplates(), collapseTemplateWhitespace()],
  },
  // The editors' workbench, a page of its own beside the CDN build (see workbenchFiles).
  {
    input: { workbench: 'workbench/main.ts', preview: 'workbench/preview.ts' },
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
      typescript({ ...typescriptOptions, tsconfig: './workbench/tsconfig.json', outDir: 'dist/workbench' }),
      minifyCssTemplates(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
  },
];

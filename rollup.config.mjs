import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const typescriptOptions = {
  tsconfig: './tsconfig.json',
  declaration: false,
  declarationMap: false,
  sourceMap: true,
  outDir: 'dist',
};

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
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
  // For bundlers: one module per source file, Lit and the other dependencies left as imports.
  {
    input: [
      'src/index.ts',
      'src/events/nsiw-events.ts',
      'src/info-tabs/nsiw-info-tabs.ts',
      'src/language-toggle/nsiw-language-toggle.ts',
      'src/workshop-card/nsiw-workshop-card.ts',
    ],
    external: (id) => /^(lit|@lit\/[^/]+|valibot|tslib)(\/|$)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript(typescriptOptions)],
  },
];

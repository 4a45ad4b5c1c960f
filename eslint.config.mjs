// `npm run lint` (with `prettier --check`, the import-cycle check and the duplicate check; part of `npm test`).
// Rules that catch bugs, not style: Prettier owns the layout. ESLint's and typescript-eslint's recommended sets, Lit's
// (template bindings, reserved names, lifecycle mistakes) and the custom-element rules of eslint-plugin-wc.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/core/`, top to bottom (src/core/README.md): a folder may import the folders below it
 * and the files at `core/`'s root, never a folder above it nor anything outside `core/` (an element).
 */
const CORE_LAYERS = ['calendar', 'element', 'structured-data', 'loading', 'validator', 'feed', 'time', 'i18n'];

/** One `no-restricted-imports` block per layer: what lies above it, and the elements. */
const coreLayerRules = CORE_LAYERS.map((layer, index) => ({
  files: [`src/core/${layer}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...CORE_LAYERS.slice(0, index).map((above) => ({
            group: [`../${above}/*`],
            message: `src/core/${layer}/ lies below ${above}/ (src/core/README.md): move the shared part down instead.`,
          })),
          { group: ['../../*'], message: 'src/core/ serves the elements and never imports them.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    // Generated or installed, never written by hand.
    ignores: [
      '**/node_modules/',
      'dist/',
      'coverage/',
      'storybook-static/',
      'storybook-screenshots/',
      'src/generated/',
      'workbench/generated/',
      'examples/*/dist/',
      // The framework examples' build output (their own .gitignore files list it).
      'examples/*/out/',
      'examples/*/.next/',
      'examples/*/.astro/',
      'examples/*/.angular/',
      'examples/next/next-env.d.ts',
      'host-page-screenshots/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Pages, components, tests and stories run in a browser; everything else in Node.
    files: ['src/**', 'workbench/**', 'test/**', 'stories/**', '.storybook/**', 'demo/**', 'examples/**', 'bench/browser/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      '*.{js,mjs,cjs}',
      'scripts/**',
      'bin/**',
      'bench/*.mjs',
      'test/scripts/**',
      'test/support/**',
      // Pages a server renders for the browser tests (test/support/node-rendered-pages.mjs).
      'test/**/*.server.mjs',
      'examples/**/*.config.mjs',
      'examples/*/build.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts that hand functions to a page (`page.evaluate(() => window…)`): those run in the browser.
    files: ['bench/*.mjs', 'scripts/check-leaks.mjs', 'scripts/check-storybook.mjs', 'test/support/**', 'test/wordpress/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Type-aware, for the rules that need types: a promise nobody awaits or handles is a lost error. Not in
    // test/: @open-wc's chai types every `expect(…)` as a promise.
    files: ['src/**/*.ts', 'workbench/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.ts', 'workbench/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement', 'LocalizedElement'] } },
  },
  {
    rules: {
      // The feed validators and their tests match control characters on purpose.
      'no-control-regex': 'off',
      // A named interface that only extends another documents an event's `detail` (custom-elements.json).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // `_name` marks a parameter or binding kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The CDN build shortens every property named `_…` (scripts/rollup/private-properties.mjs, Lit's
    // convention): a private member is named so, and no member others may read is.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'memberLike', modifiers: ['private'], format: null, leadingUnderscore: 'require' },
        ...['public', 'protected'].map((modifier) => ({
          selector: ['classProperty', 'classMethod', 'accessor', 'parameterProperty'],
          modifiers: [modifier],
          format: null,
          leadingUnderscore: 'forbid',
        })),
        { selector: ['typeProperty', 'typeMethod'], format: null, leadingUnderscore: 'forbid' },
      ],
    },
  },
  {
    // TypeScript itself reports undefined names, knowing the DOM's and the declared globals.
    files: ['**/*.{ts,mts,cts,tsx}'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The workbench is an application built on the library, never a part of it.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/workbench/*'], message: 'src/ never imports the workbench.' }] }],
    },
  },
  // The files at core/'s root are its floor: they import no folder of it.
  {
    files: ['src/core/*.ts'],
    ignores: ['src/core/api.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['./*/*', '../*'], message: 'The root of src/core/ is its floor.' }] }],
    },
  },
  ...coreLayerRules,
  {
    // A file longer than this does more than one job: split it along them.
    files: ['src/**/*.ts', 'workbench/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    files: ['test/**'],
    // Chai's assertions are property reads: `expect(x).to.exist`.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

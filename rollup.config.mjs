import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import ts from 'typescript';
import { HASH_DELIMITER, generateMsgId } from '@lit/localize/internal/id-generation.js';
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
 * Shortens the indentation of Lit's `html` templates in the CDN build: a run of white space that holds a
 * line break becomes one space, which HTML renders as the run did (none of the templates is `<pre>`,
 * `<textarea>` or styled `white-space: pre`). The bundler build keeps them as written.
 */
function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    transform(code, id) {
      if (!/[/\\]src[/\\]/.test(id) || !/\bhtml\s*`/.test(code)) return null;
      const output = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          for (const quasi of node.quasi.quasis) {
            const text = code.slice(quasi.start, quasi.end);
            const collapsed = text.replace(/\s*\n\s*/g, ' ');
            if (collapsed !== text) output.overwrite(quasi.start, quasi.end, collapsed);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * The CDN build's translations keyed by their English text instead of a hash of it, so that the entry
 * carries no hash function (@lit/localize's fnv1a64). The runtime finds a translation by the id
 * `generateMsgId` gives a message; here that function returns the text itself (prefixed as Lit
 * prefixes its ids), and the locale chunks' keys are rewritten from hash to text. Every `msg()` call's
 * id is computed at build time with @lit/localize's own `generateMsgId`, and a translation whose hash
 * matches no call fails the build, so a message the parse missed cannot silently lose its translation.
 * Only the CDN build: the bundler build keeps @lit/localize as it is, hashes and all.
 */
function translationsByText() {
  const STUB = '\0nsiw-message-id';
  const textById = new Map();
  const literalText = (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') return { strings: node.value, html: false };
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return { strings: node.quasis[0].value.cooked, html: false };
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && ['str', 'html'].includes(node.tag.name)) {
      return { strings: node.quasi.quasis.map((quasi) => quasi.value.cooked), html: node.tag.name === 'html' };
    }
    return undefined;
  };
  const textId = ({ strings, html }) => (html ? 'h' : 's') + (typeof strings === 'string' ? strings : strings.join(HASH_DELIMITER));
  return {
    name: 'translations-by-text',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? STUB : null;
    },
    load(id) {
      if (id !== STUB) return null;
      return `export const generateMsgId = (strings, html) => (html ? 'h' : 's') + (typeof strings === 'string' ? strings : strings.join(${JSON.stringify(HASH_DELIMITER)}));`;
    },
    transform(code, id) {
      if (!/[/\\]src[/\\]/.test(id) || !code.includes('msg(')) return null;
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg') {
          const message = literalText(node.arguments[0]);
          if (!message) this.error(`msg() in ${id} takes a literal message, whose id the CDN build can compute`);
          textById.set(generateMsgId(message.strings, message.html), textId(message));
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return null;
    },
    renderChunk(code, chunk) {
      if (!chunk.facadeModuleId || !/[/\\]generated[/\\]locales[/\\]/.test(chunk.facadeModuleId)) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(/(['"])([sh][0-9a-f]{16})\1(?=\s*:)/g)) {
        const text = textById.get(match[2]);
        if (text === undefined) this.error(`${chunk.fileName}: the translation ${match[2]} matches no msg() call of the CDN build`);
        output.overwrite(match.index, match.index + match[0].length, JSON.stringify(text));
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * The CDN build's feed validator (valibot, the schema, the checks: a fifth of the entry) as a chunk loaded
 * on demand: `src/core/validator/static-validator.ts`, a static import in the bundler build and in Node, becomes
 * `validator-on-demand.ts`, a `lazyModule()`. The bundler build keeps it static, so that a server renders
 * a `.workshop` card whole and the page hydrates it as rendered.
 */
function validatorOnDemand() {
  const staticValidator = resolve('src/core/validator/static-validator.ts');
  return {
    name: 'validator-on-demand',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/static-validator.js') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === staticValidator ? resolve('src/core/validator/on-demand-validator.ts') : null;
    },
  };
}

/**
 * `dist/chunks.json`: which file each lazily loaded module of the CDN build became (`{"src/…ts":
 * "chunks/<hash>.js"}`). The chunks are named by their content's hash alone, so that renaming a source
 * file changes no byte of the build; this map is how tests and preload hints find a chunk by its role.
 */
function chunkMap() {
  return {
    name: 'chunk-map',
    generateBundle(_options, bundle) {
      const map = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && !chunk.isEntry && chunk.facadeModuleId) {
          map[relative(process.cwd(), chunk.facadeModuleId).split(sep).join('/')] = chunk.fileName;
        }
      }
      const sorted = Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(sorted, null, 2)}\n` });
    },
  };
}

/**
 * The names of the library's private class members that the CDN build may shorten, as Lit's own build
 * does with its private members (lit/lit's rollup-common.js: terser's `mangle.properties` with a regex).
 * Lit marks them by a prefix; here TypeScript's `private` marks them, read from the sources, so that
 * nothing is renamed by hand. Terser renames a property name everywhere in a file, whoever owns the
 * object, so a name is left alone when anything else could mean it:
 * - it is also a name of something not private in src/ (a public or protected member, an interface or
 *   object-literal member: the feed's and events' shapes, the state shared on `globalThis` between two
 *   copies of the library), or a string anywhere in src/ (`changed.has('name')`, a property binding);
 * - it is a decorated member (a decorator receives the name as a string, and a reactive property's
 *   attribute comes from it);
 * - it occurs in the code of a bundled package (Lit, @lit/localize, valibot, tslib), whatever its role;
 * - it is a DOM or JavaScript built-in (terser's own list, as `builtins: false` keeps).
 * Names Lit keeps stable between copies (`_$…`) are never private here. A lazy chunk is minified on its
 * own: no class of one extends a class of the entry, so a private name never spans two files.
 */
function privateMemberNames() {
  const sources = readdirSync('src', { recursive: true })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join('src', path));
  const privateNames = new Set();
  const otherNames = new Set();
  for (const path of sources) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const named = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
      if (ts.isStringLiteralLike(node)) otherNames.add(node.text);
      else if (ts.isTemplateLiteralToken(node)) for (const [word] of node.text.matchAll(/[A-Za-z_$][\w$]*/g)) otherNames.add(word);
      else if (named && (ts.isClassElement(node) || (ts.isParameter(node) && ts.isParameterPropertyDeclaration(node, node.parent)))) {
        const isPrivate = ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private;
        (isPrivate && !ts.getDecorators(node)?.length ? privateNames : otherNames).add(named);
      } else if (named && (ts.isTypeElement(node) || ts.isObjectLiteralElementLike(node) || ts.isBindingElement(node)))
        otherNames.add(named);
      else if (ts.isShorthandPropertyAssignment(node)) otherNames.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const packageCode = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', 'valibot', 'tslib']
    .map((name) => join('node_modules', name))
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true })
        .filter((path) => /\.m?js$/.test(path) && !path.includes('development'))
        .map((path) => readFileSync(join(folder, path), 'utf8')),
    )
    .join('\n');
  const packageWords = new Set(packageCode.match(/[A-Za-z_$][\w$]*/g));
  return [...privateNames].filter((name) => !otherNames.has(name) && !packageWords.has(name)).sort();
}

const manglePrivate = new RegExp(`^(?:${privateMemberNames().join('|')})$`);

/**
 * One entry per element, `src/<name>/nsiw-<name>.ts` (the folder layout is fixed), so that a new element
 * gets its bundler entry without an edit here; package.json's `exports` names each one.
 */
const elementEntries = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((folder) => `src/${folder.name}/nsiw-${folder.name}.ts`)
  .filter((path) => existsSync(path));

/**
 * The editors' workbench (`workbench/`, `dist/workbench/`): its pages and styles copied beside its
 * scripts, and `cdn.json`, the CDN address and integrity hash of the `nsiw-widgets.js` just built (the
 * build above runs first), for the snippet it shows. Its preview frame imports that very file,
 * `../nsiw-widgets.js`, as a page would: the shipped elements, not a second build of them.
 */
function workbenchFiles() {
  const STATIC_FILES = ['index.html', 'preview.html', 'workbench.css', 'preview.css'];
  return {
    name: 'workbench-files',
    resolveId(source, importer) {
      if (source === '../src/nsiw-widgets.js' && importer?.startsWith(resolve('workbench') + sep))
        return { id: '../nsiw-widgets.js', external: true };
      // The workbench's translations (lit-localize.workbench.json: its own strings and those of the core it
      // uses), so that its strings stay out of the library's translation chunks.
      const locale = /generated\/locales\/(nb|sv|da)\.js$/.exec(source)?.[1];
      if (locale && importer?.endsWith('/src/core/i18n/localization.ts')) return resolve(`workbench/generated/locales/${locale}.ts`);
      return null;
    },
    generateBundle() {
      for (const fileName of STATIC_FILES) this.emitFile({ type: 'asset', fileName, source: readFileSync(`workbench/${fileName}`) });
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
        mangle: { properties: { regex: manglePrivate } },
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
    plugins: [typescript(typescriptOptions), minifyCssTemplates()],
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

// The analyzer's configuration (`cem analyze`, in `npm run build`, → custom-elements.json). The manifest is read by tools
// outside this repository (Storybook, IDEs, JSX-type and wrapper generators), so it must describe the
// package as installed: the plugin below corrects the two things the analyzer gets wrong for it.
import { posix } from 'node:path';
import { parse } from 'comment-parser';

/** `src/events/nsiw-events.ts` (or `/src/….js`, as the analyzer writes a superclass) → `dist/events/nsiw-events.js`. */
function shippedPath(path) {
  return path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
}

/** Rewrites every `path` / `module` in a manifest subtree to the shipped file. */
function rewriteModules(value) {
  if (Array.isArray(value)) value.forEach(rewriteModules);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shippedPath(child);
      else rewriteModules(child);
    }
  }
}

/** An attribute's type as HTML sees it: a property's `number | null` is the attribute `number`. */
function attributeType(text) {
  return text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'null' && part !== 'undefined')
    .join(' | ');
}

/**
 * - Module paths name the shipped `dist/*.js` files, not the `src/*.ts` files the package leaves out.
 * - Attribute types are the values an attribute takes, as the `@attr {type}` JSDoc writes them
 *   (`'upcoming' | 'past' | 'all'`, `string` for `now`): the Lit plugin puts the property's TypeScript
 *   type there (`EventsShow`, `Date | undefined`), which no tool outside the source can resolve.
 */
function shippedPackagePlugin() {
  // Members whose own JSDoc says `@internal`, per class: the analyzer leaves their field out, but Lit's
  // plugin adds them back from `static properties` (which carries no JSDoc), so they are removed at the end.
  const internalMembers = [];
  return {
    name: 'nsiw-widgets: shipped package',
    analyzePhase({ ts, node, moduleDoc }) {
      // `export type { … }` exports nothing at run time: the manifest's `js` exports are the module's values.
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const types = new Set(
          node.exportClause.elements.filter((element) => node.isTypeOnly || element.isTypeOnly).map((element) => element.name.getText()),
        );
        moduleDoc.exports = moduleDoc.exports?.filter((entry) => !types.has(entry.name));
        return;
      }
      if (node.kind !== ts.SyntaxKind.ClassDeclaration) return;
      const classDoc = moduleDoc.declarations?.find((declaration) => declaration.name === node.name?.getText());
      const internal = node.members
        .filter((member) => member.jsDoc?.some((jsDoc) => jsDoc.tags?.some((tag) => tag.tagName.getText() === 'internal')))
        .map((member) => member.name?.getText());
      if (classDoc && internal.length) internalMembers.push({ classDoc, names: new Set(internal) });
      if (!classDoc?.attributes) return;
      const documented = new Map();
      for (const jsDoc of node.jsDoc ?? []) {
        for (const block of parse(jsDoc.getFullText())) {
          for (const tag of block.tags) if (tag.tag === 'attr' && tag.type) documented.set(tag.name, tag.type);
        }
      }
      for (const attribute of classDoc.attributes) {
        const type = documented.get(attribute.name) ?? attribute.type?.text;
        if (type) attribute.type = { text: attributeType(type.replace(/\s*\|\s*/g, ' | ')) };
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { classDoc, names } of internalMembers) classDoc.members = classDoc.members?.filter((member) => !names.has(member.name));
      // A module that declares and exports nothing a tool can use (types only, or internal classes) is left
      // out: a types-only module has no `.js` in the package to name.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) => module.declarations?.length || module.exports?.length,
      );
      rewriteModules(customElementsManifest.modules);
      // A re-export names its module as the source wrote it (`./core/feed-loader.js`): made package-relative.
      for (const module of customElementsManifest.modules) {
        for (const entry of module.exports ?? []) {
          for (const reference of [entry.declaration]) {
            for (const key of ['module', 'package']) {
              if (reference?.[key]?.startsWith('.')) {
                reference.module = posix.join(posix.dirname(module.path), reference[key]);
                if (key === 'package') delete reference.package;
              }
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // validator-on-demand.ts is the CDN build's alone (rollup.config.mjs, `validatorOnDemand`).
  exclude: ['src/**/*.test.ts', 'src/core/validator/on-demand-validator.ts'],
  litelement: true,
  plugins: [shippedPackagePlugin()],
};

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

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
export function privateMemberNames() {
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

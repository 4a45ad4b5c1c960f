// `npm test -- package` (after `npm run build`): the package as tools and bundlers see it.
// - custom-elements.json: every module and reference names a file the tarball ships; every element is
//   registered by a `customElements.define` the analyzer saw; attribute types are values
//   (`'upcoming' | 'past'`, `string`, `number`, `boolean`), not TypeScript names; every element has
//   `colorScheme`; each custom property's recorded default is its fallback in the shipped styles.
// - package.json: the CDN bundle is no `exports` entry (a bundler would get a second Lit) but ships at its
//   URL; dependencies are `^` ranges (an exact pin nests a second copy in apps on another patch); metadata
//   and the CHANGELOG are there; no shipped file points at a source map the tarball leaves out.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { elements, readManifest, root } from './manifest.mjs';

const problems = [];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The files `npm pack` would put in the tarball (no scripts run: the build is already there).
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const shipped = new Set(packed.files.map((file) => file.path));

// --- The manifest.
const manifest = readManifest();
const references = [];
(function collect(value) {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') references.push(child);
      else collect(child);
    }
  }
})(manifest.modules);
for (const file of new Set(references))
  if (!shipped.has(file)) problems.push(`custom-elements.json names ${file}, which the package does not ship`);

const found = elements(manifest);
if (found.length === 0) problems.push('custom-elements.json: no custom elements');
const SIMPLE_TYPE = /^(?:'[^']*'|string|number|boolean)$/;
/** `value` as the build writes it into the styles: through the CSS minifier (`0.25rem` → `.25rem`). */
async function minifiedCss(value) {
  const { code } = await transform(`a{--value:${value}}`, { loader: 'css', minify: true });
  return code.trim().slice('a{--value:'.length, -'}'.length);
}

for (const element of found) {
  const module = manifest.modules.find((candidate) => candidate.path === element.module);
  const defined = module.exports?.some((entry) => entry.kind === 'custom-element-definition' && entry.name === element.tagName);
  if (!defined)
    problems.push(`<${element.tagName}>: ${element.module} has no custom-element-definition export (a literal customElements.define)`);
  for (const attribute of element.attributes) {
    if (!attribute.type.split('|').every((part) => SIMPLE_TYPE.test(part.trim()))) {
      problems.push(`<${element.tagName}> attribute ${attribute.name}: type "${attribute.type}" is not written as values`);
    }
  }
  if (!element.properties.some((property) => property.name === 'colorScheme' && property.attribute === 'color-scheme')) {
    problems.push(`<${element.tagName}>: no colorScheme property for the color-scheme attribute`);
  }
  // The styles the element ships: its own and the shared ones.
  const styles = [element.module.replace(/\.js$/, '.styles.js'), 'dist/core/element/styles.js']
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
  for (const property of element.cssProperties) {
    // The fallbacks the styles give the property: one fallback is its default; several (a loading and a
    // loaded height), none.
    const fallback = new RegExp(`var\\(${property.name}, ((?:[^()]|\\([^()]*\\))*)\\)`, 'g');
    const fallbacks = new Set([...styles.matchAll(fallback)].map((match) => match[1].trim()));
    if (fallbacks.size === 1 && (await minifiedCss(property.default)) !== [...fallbacks][0]) {
      problems.push(
        `<${element.tagName}> ${property.name}: default "${property.default}" in the manifest, "${[...fallbacks][0]}" in the styles`,
      );
    }
  }
}

// --- package.json and the tarball.
const exportTargets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
if (exportTargets.some((target) => target.endsWith('/nsiw-widgets.js')))
  problems.push('package.json: the CDN bundle is an "exports" entry');
if (!shipped.has('dist/nsiw-widgets.js')) problems.push('the tarball lacks dist/nsiw-widgets.js, the URL partners paste');
for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
  if (!range.startsWith('^')) problems.push(`package.json: dependency ${name} is "${range}", not a ^ range`);
}
for (const field of ['description', 'license', 'keywords', 'author']) if (!pkg[field]) problems.push(`package.json: no "${field}"`);
if (!shipped.has('CHANGELOG.md')) problems.push('the tarball lacks CHANGELOG.md');
for (const file of shipped) {
  if (!/\.(?:js|d\.ts)$/.test(file)) continue;
  const map = readFileSync(join(root, file), 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
  if (map && !map.startsWith('data:') && !shipped.has(join(file, '..', map)))
    problems.push(`${file} points at ${map}, which is not shipped`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Package checked: ${found.length} elements in custom-elements.json, ${references.length} module references, ${shipped.size} files in the tarball.`,
);

// `npm test -- editor-data` (after `npm run build`): the editor data that VS Code and the JetBrains IDEs
// read describes every element of custom-elements.json, every attribute with its value set, every custom
// property and part; package.json points at web-types.json; the README gives the `html.customData` line.
// The value sets the element contract fixes are checked by name, so that a manifest gone wrong fails too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, root } from './manifest.mjs';
import { EDITOR_FILES } from './build-editor-data.mjs';

const problems = [];
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const html = read(EDITOR_FILES.html);
const css = read(EDITOR_FILES.css);
const webTypes = read(EDITOR_FILES.webTypes);
const pkg = read('package.json');

/** Attribute value sets fixed by the element contract (the elements' JSDoc, as docs/api.md lists it). */
const FIXED_VALUES = {
  'nsiw-events': { show: ['upcoming', 'past', 'all'], 'color-scheme': ['auto'] },
  'nsiw-info-tabs': { layout: ['auto', 'tabs', 'accordion'] },
};

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const found = elements();
for (const element of found) {
  const tag = html.tags.find((candidate) => candidate.name === element.tagName);
  const webElement = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
  if (!tag) problems.push(`${EDITOR_FILES.html}: no <${element.tagName}>`);
  if (!webElement) problems.push(`${EDITOR_FILES.webTypes}: no <${element.tagName}>`);
  if (!tag || !webElement) continue;
  for (const attribute of element.attributes) {
    const vscode = tag.attributes.find((candidate) => candidate.name === attribute.name);
    const web = webElement.attributes.find((candidate) => candidate.name === attribute.name);
    if (!vscode || !web) {
      problems.push(`<${element.tagName}> ${attribute.name}: missing from ${!vscode ? EDITOR_FILES.html : EDITOR_FILES.webTypes}`);
      continue;
    }
    const values = attribute.values ?? FIXED_VALUES[element.tagName]?.[attribute.name];
    if (
      values &&
      !same(
        vscode.values?.map((value) => value.name),
        values,
      )
    )
      problems.push(`<${element.tagName}> ${attribute.name}: VS Code values ${JSON.stringify(vscode.values)}, not ${values}`);
    if (
      values &&
      !same(
        web.values?.map((value) => value.name),
        values,
      )
    )
      problems.push(`<${element.tagName}> ${attribute.name}: web-types values ${JSON.stringify(web.values)}, not ${values}`);
    if ((attribute.type === 'boolean') !== (vscode.valueSet === 'v'))
      problems.push(`<${element.tagName}> ${attribute.name}: boolean attribute and VS Code "valueSet": "v" disagree`);
  }
  for (const [attribute, values] of Object.entries(FIXED_VALUES[element.tagName] ?? {})) {
    if (!same(element.attributes.find((candidate) => candidate.name === attribute)?.values, values))
      problems.push(`custom-elements.json: <${element.tagName}> ${attribute} does not take ${values.join(', ')}`);
  }
  for (const event of element.events) {
    if (!webElement.js.events.some((candidate) => candidate.name === event.name))
      problems.push(`${EDITOR_FILES.webTypes}: <${element.tagName}> lacks event ${event.name}`);
  }
  for (const property of element.cssProperties) {
    if (!css.properties.some((candidate) => candidate.name === property.name))
      problems.push(`${EDITOR_FILES.css}: no ${property.name} (<${element.tagName}>)`);
  }
  for (const part of element.cssParts) {
    if (!css.pseudoElements.some((candidate) => candidate.name === `::part(${part.name})`))
      problems.push(`${EDITOR_FILES.css}: no ::part(${part.name}) (<${element.tagName}>)`);
    if (!webElement.css.parts.some((candidate) => candidate.name === part.name))
      problems.push(`${EDITOR_FILES.webTypes}: <${element.tagName}> lacks part ${part.name}`);
  }
}
if (html.tags.length !== found.length) problems.push(`${EDITOR_FILES.html}: ${html.tags.length} tags for ${found.length} elements`);
if (pkg['web-types'] !== `./${EDITOR_FILES.webTypes}`)
  problems.push(`package.json: "web-types" is ${pkg['web-types']}, not ./${EDITOR_FILES.webTypes}`);
if (webTypes.version !== pkg.version) problems.push(`${EDITOR_FILES.webTypes}: version ${webTypes.version}, package ${pkg.version}`);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const file of [EDITOR_FILES.html, EDITOR_FILES.css]) {
  if (!readme.includes(`node_modules/${pkg.name}/${file}`))
    problems.push(`README.md: no customData line naming node_modules/${pkg.name}/${file}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Editor data checked: ${found.length} elements, ${css.properties.length} custom properties, ${css.pseudoElements.length} parts.`,
);

// Writes the editor data (part of `npm run build`, after `cem analyze`), generated from
// custom-elements.json so that completion and hover say what the elements' JSDoc says:
// - dist/vscode.html-custom-data.json: tags and attributes (with their value sets) for VS Code's `html.customData`;
// - dist/vscode.css-custom-data.json: custom properties and `::part()` names for VS Code's `css.customData`;
// - dist/web-types.json: the same for WebStorm and the other JetBrains IDEs (package.json's `web-types` field).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { elements, root } from './manifest.mjs';

export const EDITOR_FILES = {
  html: 'dist/vscode.html-custom-data.json',
  css: 'dist/vscode.css-custom-data.json',
  webTypes: 'dist/web-types.json',
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const found = elements();
const markdown = (value) => ({ kind: 'markdown', value });

const html = {
  version: 1.1,
  tags: found.map((element) => ({
    name: element.tagName,
    description: markdown(`${element.description}\n\n\`import '${element.entry}'\``),
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: markdown(attribute.description),
      // "v": a boolean attribute, present or absent, with no value to complete.
      ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
      ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
    })),
  })),
};

/** A name used by several elements once, saying which; the first description wins (they share a meaning). */
function merged(kind) {
  const byName = new Map();
  for (const element of found) {
    for (const entry of element[kind]) {
      const seen = byName.get(entry.name) ?? { entry, tags: [] };
      seen.tags.push(`\`<${element.tagName}>\``);
      byName.set(entry.name, seen);
    }
  }
  return [...byName.values()];
}
const cssProperties = merged('cssProperties');
const cssParts = merged('cssParts');

const css = {
  version: 1.1,
  properties: cssProperties.map(({ entry, tags }) => ({
    name: entry.name,
    description: markdown(
      `${entry.description ?? ''}${entry.default ? `\n\nDefault: \`${entry.default}\`` : ''}\n\nUsed by ${tags.join(', ')}.`,
    ),
  })),
  pseudoElements: cssParts.map(({ entry, tags }) => ({
    name: `::part(${entry.name})`,
    description: markdown(`${entry.description ?? ''}\n\nA part of ${tags.join(', ')}.`),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: found.map((element) => ({
        name: element.tagName,
        description: element.description,
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          value: attribute.type === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: attribute.type },
          ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
        })),
        js: {
          properties: element.properties.map((property) => ({
            name: property.name,
            description: property.description || element.attributes.find((a) => a.fieldName === property.name)?.description,
            type: property.type,
          })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
        },
        css: {
          properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description })),
          parts: element.cssParts.map((part) => ({ name: part.name, description: part.description })),
        },
      })),
    },
    css: {
      properties: cssProperties.map(({ entry }) => ({ name: entry.name, description: entry.description })),
      parts: cssParts.map(({ entry }) => ({ name: entry.name, description: entry.description })),
    },
  },
};

// Run, it writes the files; imported (by the check), it only names them.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [key, data] of Object.entries({ html, css, webTypes })) {
    writeFileSync(join(root, EDITOR_FILES[key]), `${JSON.stringify(data, null, 2)}\n`);
  }
  console.log(`Editor data: ${Object.values(EDITOR_FILES).join(', ')} for ${found.length} elements.`);
}

// docs/api.md, the reference of every element's public API, written from custom-elements.json (`cem
// analyze` in `npm run build`, which reads the elements' JSDoc), so that it cannot drift from the source.
// After changing an element's JSDoc: `npm run build && npm run build:api-docs`, and commit the file.
//
//   node scripts/build-api-docs.mjs           rewrites docs/api.md
//   node scripts/build-api-docs.mjs --check   fails when docs/api.md is not what the manifest gives (`npm test`)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, root } from './manifest.mjs';

const OUTPUT = join(root, 'docs/api.md');

/** Text for one table cell: one line, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
/** A default as the manifest writes it, unless it names a constant of the source (`DEFAULT_HEADING_LEVEL`), which says nothing here. */
const defaultOf = (text) =>
  /^[A-Za-z_$][\w$.]*$/.test(text ?? '') && !['true', 'false', 'null', 'undefined'].includes(text) ? '' : code(text);
const table = (header, rows) =>
  rows.length === 0
    ? ''
    : [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function section(element) {
  const attributeOf = (property) => element.attributes.find((attribute) => attribute.fieldName === property.name);
  const propertyOnly = element.properties.filter((property) => !property.attribute && !attributeOf(property));
  const parts = [
    `## \`<${element.tagName}>\``,
    cell(element.description),
    `Class \`${element.className}\`; registered by \`import '${element.entry}'\` (or the CDN build \`nsiw-widgets.js\`).`,
  ];
  const subsection = (title, body) => body && parts.push(`### ${title}\n\n${body}`);
  subsection(
    'Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      element.attributes.map((attribute) => [
        code(attribute.name),
        code(attribute.fieldName),
        code(attribute.type),
        defaultOf(attribute.default),
        cell(attribute.description),
      ]),
    ),
  );
  subsection(
    'Properties without an attribute',
    table(
      ['property', 'type', 'default', 'description'],
      propertyOnly.map((property) => [code(property.name), code(property.type), defaultOf(property.default), cell(property.description)]),
    ),
  );
  subsection(
    'Events',
    table(
      ['event', 'description'],
      element.events.map((event) => [code(event.name), cell(event.description)]),
    ),
  );
  subsection(
    'Slots',
    table(
      ['slot', 'description'],
      element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
    ),
  );
  subsection(
    'CSS parts',
    table(
      ['part', 'description'],
      element.cssParts.map((part) => [code(part.name), cell(part.description)]),
    ),
  );
  subsection(
    'CSS custom properties',
    table(
      ['property', 'default', 'description'],
      element.cssProperties.map((property) => [code(property.name), defaultOf(property.default), cell(property.description)]),
    ),
  );
  return parts.join('\n\n');
}

const found = elements();
const markdown = `# API of the elements

Written by \`npm run build:api-docs\` from \`custom-elements.json\` (itself written by \`npm run build\` from the
elements' JSDoc); \`npm test\` fails when it is out of date. Do not edit by hand. The same API, with live
examples of every state, is in Storybook's docs pages (\`npm run storybook\`).

${found.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`).join('\n')}

${found.map(section).join('\n\n')}
`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(OUTPUT, 'utf8');
  } catch {
    // Missing: out of date.
  }
  if (committed !== markdown) {
    console.error('docs/api.md is not what custom-elements.json gives: run `npm run build && npm run build:api-docs` and commit it.');
    process.exit(1);
  }
  console.log(`docs/api.md is current (${found.length} elements).`);
} else {
  writeFileSync(OUTPUT, markdown);
  console.log(`Wrote docs/api.md (${found.length} elements).`);
}

// The elements as custom-elements.json describes them, in the shape the generators (framework types,
// editor data) and the checks read: one place that knows the manifest's layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The manifest `cem analyze` wrote (in `npm run build`). */
export function readManifest() {
  return JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
}

/**
 * The values an attribute type allows, for a type written as a union of string literals
 * (`'upcoming' | 'past' | 'all'`); `undefined` for `string`, `number`, `boolean`.
 */
export function attributeValues(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
}

/**
 * @typedef {object} ElementInfo
 * @property {string} tagName
 * @property {string} className
 * @property {string} module - The shipped module that defines it (`dist/events/nsiw-events.js`).
 * @property {string} entry - The package entry that registers it (`nsiw-widgets/events.js`).
 * @property {string} description
 * @property {{ name: string, type: string, description: string, default?: string, fieldName?: string, values?: string[] }[]} attributes
 * @property {{ name: string, type: string, description: string, default?: string, attribute?: string }[]} properties - Public, settable fields.
 * @property {{ name: string, description: string }[]} events
 * @property {{ name: string, description: string, default?: string }[]} cssProperties
 * @property {{ name: string, description: string }[]} cssParts
 * @property {{ name: string, description: string }[]} slots
 */

/** @returns {ElementInfo[]} every element of the manifest, in tag order. */
export function elements(manifest = readManifest()) {
  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const folder = module.path.match(/^dist\/([^/]+)\/nsiw-\1\.js$/)?.[1];
      found.push({
        tagName: declaration.tagName,
        className: declaration.name,
        module: module.path,
        entry: `nsiw-widgets/${folder}.js`,
        description: declaration.description ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          type: attribute.type?.text ?? 'string',
          description: attribute.description ?? '',
          default: attribute.default,
          fieldName: attribute.fieldName,
          values: attributeValues(attribute.type?.text),
        })),
        properties: (declaration.members ?? [])
          .filter((member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public')
          .filter((member) => !member.static && !member.readonly)
          .map((member) => ({
            name: member.name,
            type: member.type?.text ?? 'unknown',
            description: member.description ?? '',
            default: member.default,
            attribute: member.attribute,
          })),
        events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        cssProperties: declaration.cssProperties ?? [],
        cssParts: declaration.cssParts ?? [],
        slots: declaration.slots ?? [],
      });
    }
  }
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

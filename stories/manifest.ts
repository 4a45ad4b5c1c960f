/**
 * The custom-elements manifest that `cem analyze` writes (in `npm run build` and `npm run storybook`) from the elements' JSDoc: the one source of
 * the API that Storybook's docs pages list and its controls set.
 */

interface Attribute {
  name: string;
  /** The property behind the attribute. */
  fieldName?: string;
}

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
}

/** The part of a manifest's element declaration that the stories read. */
export interface ElementDeclaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
}

interface Manifest {
  modules?: { declarations?: ElementDeclaration[] }[];
}

// A glob, not an import: Storybook and the type-check work before the manifest has been generated.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });

/** The manifest; `undefined` before `cem analyze` has run. */
export const manifest: Manifest | undefined = Object.values(manifests)[0]?.default;

/** The manifest's declaration of the element `tagName`. */
export function declarationOf(tagName: string): ElementDeclaration | undefined {
  for (const module of manifest?.modules ?? []) {
    const declaration = module.declarations?.find((candidate) => candidate.tagName === tagName);
    if (declaration) return declaration;
  }
  return undefined;
}

/** Whether the element `tagName` documents the attribute `name`. */
export function documentsAttribute(tagName: string, name: string): boolean {
  return declarationOf(tagName)?.attributes?.some((attribute) => attribute.name === name) ?? false;
}

/** How the docs pages name the default slot. */
const DEFAULT_SLOT = '(default)';

/**
 * The manifest as designers need it in the docs pages: the public instance API only (the manifest
 * records private and static members too); the default slot under a name, since Storybook leaves out a
 * slot whose name is empty; and parts as a stylesheet writes them, `::part(name)`, since Storybook lists
 * every kind of API entry under one name, so that a part named like an attribute (the card's `next`)
 * would hide it.
 */
export function designersManifest(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public' && !member.static),
        slots: declaration.slots?.map((slot) => (slot.name === '' ? { ...slot, name: DEFAULT_SLOT } : slot)),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

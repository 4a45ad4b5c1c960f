/** The lines a webmaster pastes: the CDN script tag with its Subresource Integrity hash, and one element. */

/** Where the CDN build is and its hash, as the build writes them into `cdn.json` beside the workbench. */
export interface CdnInfo {
  /** The pinned CDN URL of `nsiw-widgets.js`. */
  url: string;
  /** `sha384-…` of that file. */
  integrity: string;
}

/** The elements one can embed, and the attributes the workbench offers for each. */
export const EMBEDDABLE = {
  'nsiw-events': ['show', 'limit', 'types'],
  'nsiw-workshop-series': [],
  'nsiw-workshop-card': ['workshop-id'],
  'nsiw-info-tabs': ['label'],
  'nsiw-language-toggle': ['locales'],
} as const satisfies Record<string, readonly string[]>;

export type EmbeddableTag = keyof typeof EMBEDDABLE;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's tag with `attributes` (empty values left out) and, but for the toggle, `src`. */
export function elementSnippet(tag: EmbeddableTag, attributes: Readonly<Record<string, string>>, feedUrl: string): string {
  const pairs = Object.entries({ ...(tag === 'nsiw-language-toggle' ? {} : { src: feedUrl }), ...attributes }).filter(
    ([, value]) => value.trim() !== '',
  );
  return `<${tag}${pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value.trim())}"`).join('')}></${tag}>`;
}

/** The whole snippet: the script tag, a blank line, the element. */
export function embedSnippet(cdn: CdnInfo, element: string): string {
  const script = `<script type="module" src="${escapeAttribute(cdn.url)}" integrity="${escapeAttribute(cdn.integrity)}" crossorigin="anonymous" blocking="render"></script>`;
  return `${script}\n\n${element}\n`;
}

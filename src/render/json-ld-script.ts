import * as builders from '../core/structured-data/json-ld.js';
import type { JsonLd } from '../core/structured-data/json-ld.js';

/** What a feed element describes to search engines (`FeedElement.describeStructuredData`). */
interface Describing extends HTMLElement {
  feed: unknown;
  now?: Date;
  describeStructuredData?(given: typeof builders): JsonLd | JsonLd[] | undefined;
}

/**
 * The JSON-LD child a `structured-data` element keeps in a page (`placeJsonLd`), as markup: the same data
 * from the element itself, so that crawlers that run no script read it. The element, once upgraded,
 * finds it and keeps it in step.
 */
export async function jsonLdScript(tag: string, attributes: [string, string][], feed: unknown, now: Date): Promise<string> {
  const element = new (customElements.get(tag) as unknown as new () => Describing)();
  for (const [name, value] of attributes)
    (element as unknown as { attributeChangedCallback(n: string, o: null, v: string): void }).attributeChangedCallback(name, null, value);
  element.feed = feed;
  if (!attributes.some(([name]) => name === 'now')) element.now = now;
  const data = element.describeStructuredData?.(builders);
  if (data === undefined) return '';
  return `<script type="application/ld+json" data-nsiw-json-ld>${builders.jsonForScript(data)}</script>`;
}

/**
 * Registers a custom element unless the tag is taken already. A page may load the library twice (two
 * script tags, two versions, the CDN build beside a bundled copy): the first registration wins and the
 * second copy must not throw.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, constructor);
}

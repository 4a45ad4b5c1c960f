/**
 * The page, when there is one. On a server (Node, Lit SSR, Astro, Next.js) the modules are imported and
 * the elements constructed and rendered without a DOM: code that reaches for the page asks here first.
 */

/** The page's document; `undefined` on a server. */
export function pageDocument(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

/** The page's base URL; `undefined` on a server, where only absolute URLs can be resolved. */
export function pageBaseUrl(): string | undefined {
  return pageDocument()?.baseURI;
}

/**
 * The URL fragment, decoded, when it may name one of `host`'s tabs; empty when there is none, it is
 * malformed, or it names an element of the page other than the host's own `<details>`: such a fragment
 * is the page's (a skip link's `#main`), never a feed tab's (`docs/feed.md`, Tab).
 */
export function tabFragment(host: Element): string {
  let fragment: string;
  try {
    fragment = decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
  const named = fragment && (host.getRootNode() as Document | ShadowRoot).getElementById(fragment);
  return named && named.parentElement !== host ? '' : fragment;
}

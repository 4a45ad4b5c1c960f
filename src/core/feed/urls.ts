/**
 * The one rule for every link a feed carries (item URLs and rich-text links alike): absolute `http:`,
 * `https:` or `mailto:`, or relative to the feed's own URL. Anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:` ...) is refused, because a feed is content from elsewhere that must never run
 * script or reach local resources on the host page.
 */

/**
 * `text` with the user name and password of every URL in it left out (`https://user:secret@host/` →
 * `https://host/`): messages are shown to visitors and logged, and the credentials are nobody's business.
 */
export function withoutCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z\d+.-]*:\/\/)[^\s/?#]*@/gi, '$1');
}

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

function parse(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a link from a feed against `base` (the feed's URL) and returns it absolute, or `undefined`
 * when it is not a URL or names a scheme other than http, https or mailto. The browser's URL parser
 * decides what the scheme is, so that tricks it would undo (`java\nscript:`, leading spaces, upper
 * case) are caught too. A relative link takes the scheme of `base`, which the page chose (a file
 * validated locally has a `file:` base, and its relative links stay valid).
 */
export function resolveFeedUrl(value: string, base: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const absolute = parse(value);
  if (absolute) return ALLOWED_PROTOCOLS.has(absolute.protocol) ? absolute.href : undefined;
  return parse(value, base)?.href;
}

/**
 * A link the validator accepts as relative, but which is most likely an address of another site with
 * its scheme left out or mistyped (`www.fafo.no/pamelding`, `fafo.no`, `https//fafo.no`): as written, it
 * names a page in the feed's own folder.
 */

/** Top-level domains a first path segment ends in when it is a host name, not a file (`feed.json`). */
const HOST_NAME = /^(?:www\.[^/]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:(?!js$|md$|gz$)[a-z]{2}|com|org|net|edu|gov|int|info))$/i;

/** `https//…`, `https:/…`, `http:\\…`: a scheme with its colon or a slash missing or turned. */
const BROKEN_SCHEME = /^(https?)(?::?[/\\]{1,3})(?=[^/\\])/i;

/** The absolute address `value` probably means (`https://www.fafo.no/pamelding`); undefined when it does not look like one. */
export function meantAddress(value: string): string | undefined {
  const broken = BROKEN_SCHEME.exec(value);
  if (broken && !value.toLowerCase().startsWith(`${broken[1]!.toLowerCase()}://`)) {
    return `${broken[1]!.toLowerCase()}://${value.slice(broken[0].length)}`;
  }
  if (/^[a-z][a-z0-9+.-]*:|^[/\\.]/i.test(value)) return undefined;
  return HOST_NAME.test(value.split(/[/?#]/, 1)[0]!) ? `https://${value}` : undefined;
}

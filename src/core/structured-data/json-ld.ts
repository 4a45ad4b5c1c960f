/**
 * schema.org `Event` descriptions of feed items, written as JSON-LD into the host element's light DOM,
 * where search engines read them (a script inside a shadow root is not part of the page they index).
 * Loaded on demand by `structured-data-controller.ts`: pages that do not ask for structured data never download it.
 */
import type { EventLocation, FeedEvent, Workshop } from '../feed/schema.js';
import { JSON_LD_SELECTOR } from './json-ld-script.js';
import { displayText, type Locale, type Text } from '../i18n/locale.js';

export type JsonLd = Record<string, unknown>;

const SCHEMA_ORG = 'https://schema.org';
const EVENT_STATUS = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed' } as const;

/** An event of the feed as a schema.org `Event`, its texts in `locale` as the element shows them. */
export function eventJsonLd(event: FeedEvent, locale: Locale): JsonLd {
  const text = (value: Text) => displayText(value, locale).value;
  const physical = event.location && physicalPlace(event.location, text);
  const online = event.location?.online && { '@type': 'VirtualLocation', url: event.location.online };
  return withoutEmpty({
    '@context': SCHEMA_ORG,
    '@type': 'Event',
    name: text(event.title),
    startDate: event.start,
    endDate: event.end,
    eventStatus: `${SCHEMA_ORG}/${EVENT_STATUS[event.status]}`,
    eventAttendanceMode: `${SCHEMA_ORG}/${online ? (physical ? 'Mixed' : 'Online') : 'Offline'}EventAttendanceMode`,
    location: physical && online ? [physical, online] : (physical ?? online),
    organizer: event.organizer && organization(text(event.organizer)),
    url: event.url,
  });
}

/** A workshop of the series as a schema.org `Event`: held in person, at its venue, by its host. */
export function workshopJsonLd(workshop: Workshop, locale: Locale): JsonLd {
  const text = (value: Text) => displayText(value, locale).value;
  return withoutEmpty({
    '@context': SCHEMA_ORG,
    '@type': 'Event',
    name: text(workshop.title),
    startDate: workshop.start,
    endDate: workshop.end,
    eventStatus: `${SCHEMA_ORG}/${EVENT_STATUS.scheduled}`,
    eventAttendanceMode: `${SCHEMA_ORG}/OfflineEventAttendanceMode`,
    location: physicalPlace({ name: workshop.venue, city: workshop.city, country: workshop.country }, text),
    organizer: workshop.host && organization(text(workshop.host)),
    url: workshop.programUrl,
  });
}

/**
 * Puts `data` into the host's JSON-LD child, creating it on first use, or removes the child when `data`
 * is `undefined`. Under Trusted Types (`require-trusted-types-for 'script'`) a script's text may only be
 * set from a `TrustedScript`, even for a JSON-LD script that never runs, and a text node appended instead
 * is reported as a violation: the text therefore comes through a policy that passes JSON and nothing else.
 * Where the page's `trusted-types` directive does not allow that policy, the data is left out.
 */
export function placeJsonLd(host: HTMLElement, data: JsonLd | JsonLd[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(JSON_LD_SELECTOR);
  const json = data === undefined ? undefined : jsonForScript(data);
  const text = json === undefined ? undefined : trustedScriptText(json);
  if (text === undefined) {
    script?.remove();
    return;
  }
  if (script?.text === json) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-nsiw-json-ld', '');
    host.append(script);
  }
  script.text = text as string;
}

/**
 * `data` as JSON that stays inside its script when the DOM is serialized and parsed again (prerendering,
 * "save page", a CMS storing the live DOM): serialized script text is not escaped, so `</script>` would
 * end the script there and `<!--<script>` swallow the page after it. `\u003c`-style escapes of `<`, `>`,
 * `&` and of U+2028/U+2029 (line ends to older JavaScript) leave the same JSON value.
 */
export function jsonForScript(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function physicalPlace(
  place: Pick<EventLocation, 'name' | 'city' | 'country'> & { address?: string },
  text: (value: Text) => string,
): JsonLd | undefined {
  const address = withoutEmpty({
    '@type': 'PostalAddress',
    streetAddress: place.address,
    addressLocality: place.city && text(place.city),
    addressCountry: place.country,
  });
  const name = place.name && text(place.name);
  if (!name && Object.keys(address).length === 1) return undefined;
  return withoutEmpty({ '@type': 'Place', name, address: Object.keys(address).length > 1 ? address : undefined });
}

function organization(name: string): JsonLd {
  return { '@type': 'Organization', name };
}

function withoutEmpty(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

/** Shared by every copy of the library on the page: a `trusted-types` directive may allow one policy of a name. */
const POLICY_KEY = Symbol.for('nsiw-widgets.json-ld-policy.v1');
const POLICY_NAME = 'nsiw-widgets';

/**
 * `json` as a script's text: a `TrustedScript` where the browser has Trusted Types, the plain string
 * elsewhere, `undefined` where the page refuses the policy. The policy accepts only text that parses as
 * JSON, which runs no code even if evaluated, so sharing it grants nobody a way around the page's policy.
 */
function trustedScriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return json;
  const shared = globalThis as unknown as Record<symbol, ScriptPolicy | null | undefined>;
  if (shared[POLICY_KEY] === undefined) {
    try {
      shared[POLICY_KEY] = factory.createPolicy(POLICY_NAME, {
        createScript: (input) => {
          JSON.parse(input);
          return input;
        },
      });
    } catch {
      shared[POLICY_KEY] = null;
      console.warn(
        `nsiw-widgets: structured data left out: this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}" (add it to the trusted-types directive).`,
      );
    }
  }
  return shared[POLICY_KEY]?.createScript(json);
}

import type { JsonLd } from './json-ld.js';

/** The one JSON-LD script an element owns among its children. */
export const JSON_LD_SELECTOR = ':scope > script[data-nsiw-json-ld]';

type StructuredDataModule = typeof import('./json-ld.js');

/** An element that can describe what it shows as schema.org JSON-LD (its `structured-data` attribute). */
export interface StructuredDataHost extends HTMLElement {
  structuredData: boolean;
}

/**
 * Keeps the host's JSON-LD child in step with what it shows: after each update, `describe` (given the
 * builders) returns the data, or `undefined` while there is nothing to describe. The builders load on
 * first use, so a page that never asks for structured data never downloads them.
 */
export function updateJsonLd(
  host: StructuredDataHost,
  describe: (builders: StructuredDataModule) => JsonLd | JsonLd[] | undefined,
): void {
  if (!host.structuredData && !host.querySelector(JSON_LD_SELECTOR)) return;
  // Callbacks run in call order and read the host's state as it is then, so the last update wins.
  void import('./json-ld.js').then((builders) =>
    builders.placeJsonLd(host, host.structuredData ? describe(builders) : undefined),
  );
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyModule } from '../lazy-module.js';
import { JSON_LD_SELECTOR } from './json-ld-script.js';
import type { JsonLd } from './json-ld.js';

/** The schema.org builders (`json-ld.ts`), a chunk that only pages asking for structured data download. */
export type JsonLdBuilders = typeof import('./json-ld.js');

const builders = lazyModule<JsonLdBuilders>(() => import('./json-ld.js'));

/** An element that can describe what it shows as schema.org JSON-LD (its `structured-data` attribute). */
export interface StructuredDataHost extends ReactiveControllerHost, HTMLElement {
  structuredData: boolean;
}

/**
 * Keeps the host's JSON-LD child in step with what it shows: after each update, `describe` (given the
 * builders) returns the data, or `undefined` while there is nothing to describe; with `structured-data`
 * off, the child goes.
 */
export class StructuredDataController implements ReactiveController {
  constructor(
    private readonly _host: StructuredDataHost,
    private readonly _describe: (builders: JsonLdBuilders) => JsonLd | JsonLd[] | undefined,
  ) {
    _host.addController(this);
  }

  hostUpdated(): void {
    const host = this._host;
    if (!host.structuredData && !host.querySelector(JSON_LD_SELECTOR)) return;
    // Callbacks run in call order and read the host's state as it is then, so the last update wins.
    void builders.load().then((loaded) => loaded?.placeJsonLd(host, host.structuredData ? this._describe(loaded) : undefined));
  }
}

/**
 * What the property suites share: how many cases they try and from which seed, and the few generators
 * more than one of them needs.
 *
 * By default a fixed seed, so that CI meets the same cases on every run; `FC_RUNS` and `FC_SEED` in the
 * environment of `wtr` change them (web-test-runner.config.mjs passes them into the page as
 * `window.FC_ENV`):
 *
 *   FC_RUNS=10000 FC_SEED=123 npm test -- browsers
 *
 * A failure prints the seed and the shrunk counterexample; rerunning with that FC_SEED (and the same
 * FC_RUNS) meets it again.
 */
import fc, { type Parameters } from 'fast-check';

declare global {
  interface Window {
    FC_ENV?: { runs?: string; seed?: string };
  }
}

/** 12 October 2023, the day of the network's first seminar. */
const DEFAULT_SEED = 20231012;
/** Mocha's limit for a property at its default number of runs: generous, for a machine busy with other work. */
const DEFAULT_TIMEOUT = 30_000;

function runs(defaultRuns: number): number {
  const asked = Number(window.FC_ENV?.runs);
  return Number.isInteger(asked) && asked > 0 ? asked : defaultRuns;
}

/** fast-check's parameters for a property that runs `defaultRuns` times unless FC_RUNS says otherwise. */
export function propertyParameters<T>(defaultRuns: number): Parameters<T> {
  const seed = Number(window.FC_ENV?.seed);
  return { numRuns: runs(defaultRuns), seed: Number.isInteger(seed) ? seed : DEFAULT_SEED, includeErrorInReport: true };
}

/** Mocha's time limit for that property: 30 s, stretched in proportion when FC_RUNS asks for more runs. */
export function propertyTimeout(defaultRuns: number): number {
  return Math.max(DEFAULT_TIMEOUT, Math.ceil((DEFAULT_TIMEOUT * runs(defaultRuns)) / defaultRuns));
}

/** Any UTF-16 code unit: control characters, and halves of surrogate pairs too. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/**
 * Absolute http and https URLs, with paths, queries and fragments of characters that URLs keep as
 * they are and of characters they percent-encode (fast-check's own `webUrl` takes milliseconds each).
 */
export const httpUrl = fc
  .record({
    scheme: fc.constantFrom('http', 'https', 'HTTPS'),
    host: fc.constantFrom('www.fafo.no', 'fafo.no', 'nsiw.example.org', 'localhost:8000', '127.0.0.1', 'xn--bcher-kva.example'),
    rest: fc.string({ unit: fc.constantFrom(...'az09/-_.~%?#&=:@+ø ü'), maxLength: 24 }),
  })
  .map(({ scheme, host, rest }) => `${scheme}://${host}/${rest}`);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A feed date-time for the instant `epochMs` as seen at `offsetMinutes` east of UTC, to the minute
 * (16), second (19) or millisecond (23): `2023-10-12T12:30+02:00`; `Z` for a zero offset when `zulu`.
 */
export function dateTime(epochMs: number, offsetMinutes: number, precision: 16 | 19 | 23, zulu = false): string {
  const wall = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, precision);
  if (zulu && offsetMinutes === 0) return `${wall}Z`;
  const minutes = Math.abs(offsetMinutes);
  return `${wall}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A feed date (`2023-10-12`): the UTC date of `epochMs`. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Offsets from UTC that feeds write, in minutes. */
export const offsetMinutes = fc.integer({ min: -14 * 60, max: 14 * 60 });

/** How precisely a date-time is written: to the minute, the second or the millisecond. */
export const timePrecision = fc.constantFrom(16 as const, 19 as const, 23 as const);

/** Bidi controls and marks (overrides, embeddings, isolates left open) that reorder the text after them. */
export const BIDI_CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
/** Characters that show nothing: zero-width ones, joiners, the BOM, a Hangul filler, the braille blank, a variation selector. */
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3164', '\u2800', '\ufe0f', '\u00ad'];

/** Text made only of what shows nothing: spaces, zero-width characters and bidi controls (an invisible title). */
export const invisibleText = fc
  .array(fc.constantFrom(' ', '\t', '\u00a0', '\u3000', ...ZERO_WIDTH, ...BIDI_CONTROLS), { maxLength: 12 })
  .map((pieces) => pieces.join(''));

/**
 * Text with at least one visible character among bidi controls and zero-width characters, now and then
 * very long (up to 20,000 characters): what a title may be.
 */
export const hostileVisibleText = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...BIDI_CONTROLS, ...ZERO_WIDTH), fc.string({ maxLength: 4 })), { maxLength: 8 }),
    fc.constantFrom('a', 'Ø', 'ش', 'א', '😀', '中'),
    fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }) }),
  )
  .map(([pieces, visible, long]) => `${pieces.join('')}${visible}${'x\u202e'.repeat(long / 2)}`);

/** The first moment of year 1 (`0001-01-01T00:00Z`; `Date.UTC` would read year 1 as 1901) and of year 10000. */
export const YEAR_1_MS = -62_135_596_800_000;
export const YEAR_10000_MS = Date.UTC(9999, 11, 31) + 86_400_000;

/** Instants within two days of either end of the years 0001–9999, inside or just outside them. */
export const yearEdgeEpoch = fc.oneof(
  fc.integer({ min: YEAR_1_MS - 2 * 86_400_000, max: YEAR_1_MS + 2 * 86_400_000 }),
  fc.integer({ min: YEAR_10000_MS - 2 * 86_400_000, max: YEAR_10000_MS + 2 * 86_400_000 }),
);

/**
 * A feed date-time, to the second, of `epochMs` seen at `offsetMinutes`, also just outside the years
 * 0001–9999 (`0000-12-31T23:30:00+01:00`); `undefined` where the wall time's year has no four digits.
 */
export function edgeDateTime(epochMs: number, offsetMinutes: number): string | undefined {
  const wall = new Date(epochMs + offsetMinutes * 60_000).toISOString();
  return /^\d{4}-/.test(wall) ? dateTime(epochMs, offsetMinutes, 19) : undefined;
}

/** Whether `epochMs` lies within years 0001–9999 in UTC and in `timeZone`, asked of `Intl` (an oracle apart from the code under test). */
export function withinFeedYears(epochMs: number, timeZone: string): boolean {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', era: 'short' }).formatToParts(epochMs);
  const year = Number(parts.find((part) => part.type === 'year')!.value);
  const era = parts.find((part) => part.type === 'era')!.value;
  const utcYear = new Date(epochMs).getUTCFullYear();
  return /^A/.test(era) && year >= 1 && year <= 9999 && utcYear >= 1 && utcYear <= 9999;
}

/**
 * Members that a page may have put on `Object.prototype` (a bug of its own), by the names of feed
 * members, with values that would pass, or fail, were they read.
 */
export const inheritedMembers = fc.dictionary(
  fc.constantFrom(
    'url',
    'registrationUrl',
    'programUrl',
    'status',
    'end',
    'timeZone',
    'en',
    'nb',
    'location',
    'online',
    'description',
    'number',
    'updated',
  ),
  fc.oneof(
    fc.constantFrom('https://polluter.example/', 'javascript:alert(1)', 'cancelled', 'not a status', '2099-01-01', 'Mars/Olympus_Mons', 7),
    fc.constant({ online: 'https://polluter.example/live' }),
  ),
  { minKeys: 1, maxKeys: 4 },
);

/**
 * Runs `body` with `members` put on `Object.prototype`, enumerable as a careless `target[key] = value`
 * makes them, and takes them away again whatever happens.
 */
export function withPollutedPrototype<T>(members: Record<string, unknown>, body: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  for (const [key, value] of Object.entries(members)) prototype[key] = value;
  try {
    return body();
  } finally {
    for (const key of Object.keys(members)) delete prototype[key];
  }
}

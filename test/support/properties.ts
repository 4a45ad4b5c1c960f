/**
 * What the property suites share: how many cases they try and from which seed, and the few generators
 * more than one of them needs.
 *
 * By default a fixed seed, so that CI meets the same cases on every run; `FC_RUNS` and `FC_SEED` in the
 * environment of `wtr` change them (web-test-runner.config.mjs passes them into the page as
 * `window.FC_ENV`):
 *
 *   FC_RUNS=10000 FC_SEED=123 npm run test:browsers
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

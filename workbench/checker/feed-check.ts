/**
 * The workbench's checker: the elements' own parser and validator (`parseJson`, `jsonError`,
 * `validateFeed`), so that it can never disagree with what a page will show, with each problem placed
 * in the editor's text.
 */
import { FeedError, FeedVersionError, messageOf } from '../../src/core/feed/errors.js';
import { validateFeed, type FeedCollection, type FeedProblem, type ValidatedFeed } from '../../src/core/validator/validate.js';
import { jsonError, parseJson } from '../../src/core/loading/feed-loader.js';
import { lineAndColumn } from '../../src/core/feed/json-position.js';
import { jsonLocations, locate, offsetOf, type JsonPath, type TextRange } from '../feed/json-locations.js';

/** A place in the editor's text: the range to select, and its start as line and column (1-based). */
export interface TextPlace extends TextRange {
  line: number;
  column: number;
}

/** One skipped item or dropped member, placed in the text. */
export interface PlacedProblem extends FeedProblem {
  /** `skipped`: the item is left out; `dropped`: the item is kept without `member`. */
  kind: 'skipped' | 'dropped';
  place: TextPlace | undefined;
}

/** What the checker says about a text. */
export type FeedCheck =
  | { ok: false; message: string; place: TextPlace | undefined }
  | { ok: true; result: ValidatedFeed; data: Record<string, unknown>; problems: PlacedProblem[]; counts: Record<FeedCollection, number> };

function placeAt(text: string, range: TextRange): TextPlace {
  return { ...range, ...lineAndColumn(text, range.start) };
}

/**
 * The path in the text a problem is about: the member it names (`member`, or for a skipped item the
 * member its reason starts with, `start "2023-02-30" is not…`), else the item, the list or the feed.
 */
function problemPath(problem: FeedProblem): JsonPath {
  const path: (string | number)[] = [];
  if (problem.collection !== null) path.push(problem.collection);
  if (problem.index !== null) path.push(problem.index);
  const member = problem.member ?? /^([A-Za-z]+(?:\.[A-Za-z]+)*) /.exec(problem.reason)?.[1];
  if (member && problem.collection !== null && problem.index !== null) path.push(...member.split('.'));
  else if (member && problem.collection === null) path.push(...member.split('.'));
  return path;
}

/**
 * Checks a feed's text as the elements would read it, from `feedUrl` (the base of its relative links).
 * A whole-feed failure is placed where the text stops being JSON, or at the `version` it names.
 */
export async function checkFeedText(text: string, feedUrl: string): Promise<FeedCheck> {
  let data: unknown;
  try {
    data = await parseJson(text);
  } catch (cause) {
    const error = await jsonError('The text', text, cause);
    const place =
      error.line === undefined || error.column === undefined
        ? undefined
        : placeAt(text, { start: offsetOf(text, error.line, error.column), end: offsetOf(text, error.line, error.column) + 1 });
    return { ok: false, message: error.message, place };
  }
  let locations: Map<string, TextRange> | undefined;
  const placeOf = (path: JsonPath) => {
    // Parsed, so the scan succeeds; a text nested past the stack gets no places rather than no check.
    try {
      locations ??= jsonLocations(text);
    } catch {
      return undefined;
    }
    const range = locate(locations, path);
    return range && placeAt(text, range);
  };
  let result: ValidatedFeed;
  try {
    result = validateFeed(data, feedUrl);
  } catch (cause) {
    if (!(cause instanceof FeedError)) return { ok: false, message: messageOf(cause), place: undefined };
    return { ok: false, message: cause.message, place: placeOf(cause instanceof FeedVersionError ? ['version'] : []) };
  }
  const problems: PlacedProblem[] = [
    ...result.skipped.map((problem) => ({ ...problem, kind: 'skipped' as const, place: placeOf(problemPath(problem)) })),
    ...result.dropped.map((problem) => ({ ...problem, kind: 'dropped' as const, place: placeOf(problemPath(problem)) })),
  ];
  problems.sort((a, b) => (a.place?.start ?? -1) - (b.place?.start ?? -1));
  const counts = {
    events: result.feed.events?.length ?? 0,
    workshops: result.feed.workshops?.length ?? 0,
    tabs: result.feed.tabs?.length ?? 0,
  };
  return { ok: true, result, data: data as Record<string, unknown>, problems, counts };
}

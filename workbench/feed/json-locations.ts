/**
 * Where each value of a JSON text is, so that a problem the validator names by path (`events[3]`, its
 * member `location.online`) can be shown as a line and column of the editor's text and selected there.
 * Only for text that parses: where text stops being JSON is `jsonErrorPosition`'s job
 * (`src/core/feed/json-position.ts`).
 */

/** A value's place in the text: offsets of its first character and just past its last (UTF-16 code units). */
export interface TextRange {
  start: number;
  end: number;
}

/** A path to a value: member names and array indexes, outermost first. */
export type JsonPath = readonly (string | number)[];

const pathKey = (path: JsonPath): string => JSON.stringify(path);

/**
 * The place of every value of `text` (which must be JSON), by path; of a member, the place of its value.
 * A member named twice is placed where its last value is, as `JSON.parse` keeps the last.
 */
export function jsonLocations(text: string): Map<string, TextRange> {
  const locations = new Map<string, TextRange>();
  const SPACE = /[ \t\n\r]*/y;
  const STRING = /"(?:[^"\\]|\\.)*"/y;
  const SCALAR = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let at = 0;
  const skip = (pattern: RegExp): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) throw new SyntaxError(`not JSON at offset ${at}`);
    at = pattern.lastIndex;
    return match[0];
  };
  const value = (path: (string | number)[]): void => {
    skip(SPACE);
    const start = at;
    const char = text[at];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      at++;
      skip(SPACE);
      let index = 0;
      while (text[at] !== close) {
        if (close === '}') {
          const name = JSON.parse(skip(STRING)) as string;
          skip(SPACE);
          at++; // the colon
          value([...path, name]);
        } else {
          value([...path, index++]);
        }
        skip(SPACE);
        if (text[at] === ',') at++;
        skip(SPACE);
      }
      at++;
    } else {
      skip(char === '"' ? STRING : SCALAR);
    }
    locations.set(pathKey(path), { start, end: at });
  };
  value([]);
  return locations;
}

/** The place of the deepest value on `path` that the text has (a missing member: the object that lacks it). */
export function locate(locations: Map<string, TextRange>, path: JsonPath): TextRange | undefined {
  for (let length = path.length; length >= 0; length--) {
    const range = locations.get(pathKey(path.slice(0, length)));
    if (range) return range;
  }
  return undefined;
}

/** The offset of a line and column (1-based), the inverse of `lineAndColumn` (`src/core/feed/json-position.ts`). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return text.length;
    offset = newline + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

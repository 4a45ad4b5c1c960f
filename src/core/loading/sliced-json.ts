/**
 * A big feed's JSON parsed in slices that give the event loop back, where one call of the engine's parser
 * would hold the main thread for the whole body (half a second for 100 000 events). Loaded on demand, for
 * big bodies only.
 *
 * A scanner finds the members of the top-level object and, in each top-level array, the commas between
 * its items; the engine's own parser (`Response.json()`, not the page's `JSON.parse`, which a page may have
 * replaced) reads runs of consecutive items, and the top-level object with a placeholder for each array. Every value is thus the engine's own reading of its own text:
 * the result is what parsing the whole body gives (`__proto__` members as data, the last of duplicate
 * keys, numbers, escapes), and every piece is checked by the engine, so text that is not JSON rejects.
 */
import { requireValidator } from '../validator/require-validator.js';

/** Bytes of an array's items the engine parses per call: a millisecond or two. */
const BATCH_BYTES = 2 ** 17;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
/** The bytes the scanner stops at: brackets, braces, commas (1) and quotes (2). JSON's white space (3). */
const KIND = new Uint8Array(256);
for (const byte of [COMMA, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT]) KIND[byte] = 1;
KIND[QUOTE] = 2;
for (const byte of [0x20, 0x09, 0x0a, 0x0d]) KIND[byte] = 3;

/** What the engine's parser makes of the bytes of `parts`, as of a fetched body (`Response.json()`). */
function engineParse(parts: BlobPart[]): Promise<unknown> {
  return new Response(new Blob(parts)).json();
}

function notJson(): never {
  throw new SyntaxError('not JSON');
}

/**
 * The parsed JSON of `body` (UTF-8, a byte-order mark ignored, as `Response.json()` reads it), giving the
 * event loop back every {@link SLICE_MS}. Rejects when the body is not JSON, without saying where: the
 * caller parses it whole for the error. `batchBytes`: about how many bytes of an array's items the engine
 * reads at a time (tests cut small documents into many batches).
 *
 * The scan is of bytes, not of decoded text: the structure's bytes (brackets, braces, commas, quotes,
 * backslashes) are ASCII, which UTF-8 never uses inside a character's sequence, and the 37 MB of 100 000
 * events made one string would be a long task of its own (and twice that in memory).
 */
export async function parseJsonInSlices(body: ArrayBuffer, batchBytes = BATCH_BYTES): Promise<unknown> {
  const bytes = new Uint8Array(body);
  const { SLICE_MS, yieldToEventLoop } = await requireValidator();
  let sliceEnd = performance.now() + SLICE_MS;
  const pause = async (): Promise<void> => {
    if (performance.now() < sliceEnd) return;
    await yieldToEventLoop();
    sliceEnd = performance.now() + SLICE_MS;
  };

  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const skipSpace = (): void => {
    while (KIND[bytes[at]!] === 3) at++;
  };
  /** Moves `at` past the string whose opening quote it is at. */
  const skipString = (): void => {
    for (;;) {
      const close = bytes.indexOf(QUOTE, at + 1);
      if (close < 0) notJson();
      at = close;
      let backslashes = 0;
      while (bytes[close - 1 - backslashes] === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
    }
    at++;
  };
  /** The next bracket, brace or comma outside strings, from `at` (which it leaves there). */
  const nextStructure = (): number => {
    for (;;) {
      if (at >= bytes.length) notJson();
      const kind = KIND[bytes[at]!];
      if (kind === 1) return bytes[at]!;
      if (kind === 2) skipString();
      else at++;
    }
  };

  /** The items of the array that opens at `at`, read in batches; leaves `at` after its `]`. */
  const readArray = async (): Promise<unknown[]> => {
    const items: unknown[] = [];
    const arrayStart = ++at;
    let batchStart = arrayStart;
    const readBatch = async (end: number, last: boolean): Promise<void> => {
      const batch = (await engineParse(['[', bytes.subarray(batchStart, end), ']'])) as unknown[];
      // Nothing between two commas, or after the last: `[1,,2]`, `[1,]`. (`[]` is one empty batch.)
      if (batch.length === 0 && !(last && batchStart === arrayStart)) notJson();
      for (const item of batch) items.push(item);
      batchStart = end + 1;
      await pause();
    };
    for (let depth = 0; ;) {
      const byte = nextStructure();
      at++;
      if (byte === COMMA) {
        if (depth === 0 && at - batchStart > batchBytes) await readBatch(at - 1, false);
      } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        depth++;
      } else if (depth > 0) {
        depth--;
      } else {
        if (byte !== CLOSE_ARRAY) notJson();
        await readBatch(at - 1, true);
        return items;
      }
    }
  };

  /** Moves `at` past the value that starts there (not an array), to the comma or brace after it. */
  const skipValue = (): void => {
    for (let depth = 0; ; at++) {
      const byte = nextStructure();
      if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) depth++;
      else if (depth > 0 && byte !== COMMA) depth--;
      else if (depth === 0) return;
    }
  };

  skipSpace();
  let document: unknown;
  if (bytes[at] === OPEN_ARRAY) {
    document = await readArray();
  } else if (bytes[at] !== OPEN_OBJECT) {
    // A lone number, string or literal: nothing to slice.
    return engineParse([body]);
  } else {
    // The top-level object with each array member written `[n]`: the engine then decides which members
    // it has (the last of duplicates wins), and the n-th array read replaces the placeholder it keeps.
    const skeleton: BlobPart[] = ['{'];
    const arrays: unknown[][] = [];
    at++;
    skipSpace();
    if (bytes[at] === CLOSE_OBJECT) at++;
    else {
      for (;;) {
        skipSpace();
        const keyStart = at;
        if (bytes[at] !== QUOTE) notJson();
        skipString();
        skeleton.push(bytes.subarray(keyStart, at));
        skipSpace();
        if (bytes[at++] !== COLON) notJson();
        skipSpace();
        if (bytes[at] === OPEN_ARRAY) {
          skeleton.push(`:[${arrays.length}]`);
          arrays.push(await readArray());
          skipSpace();
        } else {
          const valueStart = at;
          skipValue();
          skeleton.push(':', bytes.subarray(valueStart, at));
        }
        const byte = bytes[at++];
        if (byte === CLOSE_OBJECT) break;
        if (byte !== COMMA) notJson();
        skeleton.push(',');
      }
    }
    skeleton.push('}');
    const object = (await engineParse(skeleton)) as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const placeholder = object[key];
      if (Array.isArray(placeholder)) {
        Object.defineProperty(object, key, {
          value: arrays[placeholder[0] as number],
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
    document = object;
  }
  skipSpace();
  if (at !== bytes.length) notJson();
  return document;
}

/**
 * A big feed's JSON parsed in slices that give the event loop back, where one call of the engine's parser
 * would hold the main thread for the whole body (half a second for 100 000 events). Loaded on demand, for
 * big bodies only.
 *
 * The text is decoded a megabyte at a time; a scanner finds the members of the top-level object and, in
 * each top-level array, the commas between its items; the engine's own parser (`Response.json()`, not the
 * page's `JSON.parse`, which a page may have replaced) reads runs of consecutive items, and the top-level
 * object with a placeholder for each array. Every value is thus the engine's own reading of its own text:
 * the result is what parsing the whole body gives (`__proto__` members as data, the last of duplicate
 * keys, numbers, escapes), and every piece is checked by the engine, so text that is not JSON rejects.
 */
import { SLICE_MS, yieldToEventLoop } from './slices.js';

/** Bytes decoded per step: some milliseconds of decoding. */
const DECODE_BYTES = 2 ** 20;
/** Characters of an array's items the engine parses per call: a millisecond or two. */
const BATCH_CHARS = 2 ** 17;

const SPACE = /[ \t\n\r]*/y;
const STRING = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/y;
/** Up to the next bracket, brace or comma outside a string (or a string left open, which is not JSON). */
const TO_STRUCTURE = /[^"[\]{},]*(?:"[^"\\]*(?:\\[\s\S][^"\\]*)*"[^"[\]{},]*)*/y;

/** What the engine's parser makes of `text`: `Response.json()`, as a fetched body is parsed. */
function engineParse(text: string): Promise<unknown> {
  return new Response(text).json();
}

function notJson(): never {
  throw new SyntaxError('not JSON');
}

/**
 * The parsed JSON of `body` (UTF-8, a byte-order mark ignored, as `Response.json()` reads it), giving the
 * event loop back every {@link SLICE_MS}. Rejects when the body is not JSON, without saying where: the
 * caller parses it whole for the error.
 */
export async function parseJsonInSlices(body: ArrayBuffer): Promise<unknown> {
  let sliceEnd = performance.now() + SLICE_MS;
  const pause = async (): Promise<void> => {
    if (performance.now() < sliceEnd) return;
    await yieldToEventLoop();
    sliceEnd = performance.now() + SLICE_MS;
  };

  const decoder = new TextDecoder();
  let text = '';
  for (let offset = 0; offset < body.byteLength; offset += DECODE_BYTES) {
    text += decoder.decode(new Uint8Array(body, offset, Math.min(DECODE_BYTES, body.byteLength - offset)), { stream: true });
    await pause();
  }
  text += decoder.decode();

  let at = 0;
  const skip = (pattern: RegExp): void => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) notJson();
    at = pattern.lastIndex;
  };
  /** The next bracket, brace or comma outside strings, from `at` (which it leaves there). */
  const nextStructure = (): string => {
    skip(TO_STRUCTURE);
    // The end of the text, or a string that does not close.
    return at < text.length && text[at] !== '"' ? text[at]! : notJson();
  };

  /** The items of the array that opens at `at`, read in batches; leaves `at` after its `]`. */
  const readArray = async (): Promise<unknown[]> => {
    const items: unknown[] = [];
    const arrayStart = ++at;
    let batchStart = arrayStart;
    const readBatch = async (end: number, last: boolean): Promise<void> => {
      const batch = (await engineParse(`[${text.slice(batchStart, end)}]`)) as unknown[];
      // Nothing between two commas, or after the last: `[1,,2]`, `[1,]`. (`[]` is one empty batch.)
      if (batch.length === 0 && !(last && batchStart === arrayStart)) notJson();
      for (const item of batch) items.push(item);
      batchStart = end + 1;
      await pause();
    };
    for (let depth = 0; ; ) {
      const char = nextStructure();
      at++;
      if (char === ',') {
        if (depth === 0 && at - batchStart > BATCH_CHARS) await readBatch(at - 1, false);
      } else if (char === '[' || char === '{') {
        depth++;
      } else if (depth > 0) {
        depth--;
      } else {
        if (char !== ']') notJson();
        await readBatch(at - 1, true);
        return items;
      }
    }
  };

  /** Moves `at` past the value that starts there (not an array), to the comma or brace after it. */
  const skipValue = (): void => {
    for (let depth = 0; ; at++) {
      const char = nextStructure();
      if (char === '[' || char === '{') depth++;
      else if (depth > 0 && char !== ',') depth--;
      else if (depth === 0) return;
    }
  };

  skip(SPACE);
  let document: unknown;
  if (text[at] === '[') {
    document = await readArray();
  } else if (text[at] !== '{') {
    // A lone number, string or literal: nothing to slice.
    return engineParse(text);
  } else {
    // The top-level object with each array member written `[n]`: the engine then decides which members
    // it has (the last of duplicates wins), and the n-th array read replaces the placeholder it keeps.
    const skeleton = ['{'];
    const arrays: unknown[][] = [];
    at++;
    skip(SPACE);
    if (text[at] === '}') at++;
    else {
      for (;;) {
        skip(SPACE);
        const keyStart = at;
        skip(STRING);
        skeleton.push(text.slice(keyStart, at));
        skip(SPACE);
        if (text[at++] !== ':') notJson();
        skip(SPACE);
        if (text[at] === '[') {
          skeleton.push(`:[${arrays.length}]`);
          arrays.push(await readArray());
          skip(SPACE);
        } else {
          const valueStart = at;
          skipValue();
          skeleton.push(':', text.slice(valueStart, at));
        }
        const char = text[at++];
        if (char === '}') break;
        if (char !== ',') notJson();
        skeleton.push(',');
      }
    }
    skeleton.push('}');
    const object = (await engineParse(skeleton.join(''))) as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const placeholder = object[key];
      if (Array.isArray(placeholder)) {
        Object.defineProperty(object, key, { value: arrays[placeholder[0] as number], writable: true, enumerable: true, configurable: true });
      }
    }
    document = object;
  }
  skip(SPACE);
  if (at !== text.length) notJson();
  return document;
}

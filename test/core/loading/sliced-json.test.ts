/**
 * The parser of big feeds in slices: over generated documents, cut into many small batches, it gives what
 * the engine's parser gives for the whole body (value for value, `__proto__` members and duplicate keys
 * included), and rejects what it rejects; a big body that is not JSON still fails with its line and column.
 *
 * A fixed seed and run count by default; FC_RUNS and FC_SEED change them (see test/support/properties.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedJsonError } from '../../../src/core/feed/errors.js';
import { loadFeed } from '../../../src/core/loading/feed-loader.js';
import { parseJsonInSlices } from '../../../src/core/loading/sliced-json.js';
import { propertyParameters, propertyTimeout } from '../../support/properties.js';
import { rejectionOf } from '../../support/promises.js';

const RUNS = 500;

function bytesOf(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}

/** What the whole body parses to (`{ error: true }` when it is not JSON), by the engine's parser as a fetched body. */
async function wholeParse(body: ArrayBuffer): Promise<{ value: unknown } | { error: true }> {
  try {
    return { value: await new Response(body.slice(0)).json() };
  } catch {
    return { error: true };
  }
}

async function slicedParse(body: ArrayBuffer, batchBytes?: number): Promise<{ value: unknown } | { error: true }> {
  try {
    return { value: await parseJsonInSlices(body, batchBytes) };
  } catch {
    return { error: true };
  }
}

/** Sliced (into batches of some bytes, or of the default size) and whole parses agree on `body`. */
async function expectSameParse(body: ArrayBuffer, batchBytes?: number): Promise<void> {
  expect(await slicedParse(body, batchBytes)).to.deep.equal(await wholeParse(body));
}

/** Whether two parsed values are the same, walked without recursion (which 5,000 levels would overflow in Firefox). */
function sameJson(a: unknown, b: unknown): boolean {
  const pairs: [unknown, unknown][] = [[a, b]];
  while (pairs.length > 0) {
    const [x, y] = pairs.pop()!;
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
      if (!Object.is(x, y)) return false;
      continue;
    }
    const keys = Object.keys(x);
    if (Array.isArray(x) !== Array.isArray(y) || keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      pairs.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

/** A document with top-level arrays of the generated values, the shape of a feed. */
const feedLike = fc
  .record({
    version: fc.jsonValue(),
    events: fc.array(fc.jsonValue(), { maxLength: 30 }),
    workshops: fc.array(fc.jsonValue(), { maxLength: 5 }),
    tabs: fc.jsonValue(),
  })
  .map((document) => JSON.stringify(document, null, document.events.length % 2 === 0 ? undefined : 2));

/** Any JSON text, or a feed-like one, with one character inserted or removed: JSON or not. */
const mutated = fc
  .tuple(fc.oneof(fc.json(), feedLike), fc.nat(), fc.constantFrom('', ',', '[', ']', '{', '}', '"', ':', ' ', '\\', '\u0000', 'x'))
  .map(([text, position, insert]) => {
    const at = position % (text.length + 1);
    return insert === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at);
  });

describe('parseJsonInSlices', () => {
  it('gives what parsing the whole body gives, for any JSON, cut into batches of a few bytes', async function () {
    this.timeout(propertyTimeout(RUNS));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), feedLike), fc.integer({ min: 1, max: 64 }), async (text, batchBytes) => {
        const whole = await wholeParse(bytesOf(text));
        expect(whole).to.have.property('value');
        expect(await slicedParse(bytesOf(text), batchBytes)).to.deep.equal(whole);
        expect(await slicedParse(bytesOf(text), batchBytes)).to.deep.equal({ value: JSON.parse(text) as unknown });
      }),
      propertyParameters(RUNS),
    );
  });

  it('rejects what the whole parse rejects, and reads the rest alike, for text one character off JSON', async function () {
    this.timeout(propertyTimeout(RUNS));
    await fc.assert(
      fc.asyncProperty(mutated, fc.integer({ min: 1, max: 64 }), async (text, batchBytes) => expectSameParse(bytesOf(text), batchBytes)),
      propertyParameters(RUNS),
    );
  });

  it('keeps `__proto__` members as data, at the top and in items, without touching any prototype', async () => {
    const text = '{"__proto__": [1, 2], "events": [{"__proto__": {"polluted": true}}, {"id": "b"}], "x": {"__proto__": 1}}';
    const result = (await parseJsonInSlices(bytesOf(text), 1)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyNames(result)).to.deep.equal(['__proto__', 'events', 'x']);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')!.value).to.deep.equal([1, 2]);
    const [first] = result.events as Record<string, unknown>[];
    expect(Object.getPrototypeOf(first)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(first, '__proto__')!.value).to.deep.equal({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('takes the last of duplicate keys, whether it or an earlier one is an array', async () => {
    for (const text of ['{"a": [1], "a": 2}', '{"a": 2, "a": [1]}', '{"a": [1], "b": 0, "a": [2, 3]}', '{"a": {"b": [1]}, "a": [4]}']) {
      expect(await parseJsonInSlices(bytesOf(text), 1)).to.deep.equal(JSON.parse(text));
    }
  });

  it('reads deep nesting inside items as the whole parse does', async () => {
    for (const depth of [100, 5_000]) {
      const text = `{"events": [1, ${'['.repeat(depth)}${']'.repeat(depth)}, {"a": ${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}}]}`;
      const [sliced, whole] = [await slicedParse(bytesOf(text), 1), await wholeParse(bytesOf(text))];
      expect('value' in sliced).to.equal('value' in whole);
      if ('value' in sliced && 'value' in whole) expect(sameJson(sliced.value, whole.value)).to.equal(true);
    }
  });

  it('reads a byte-order mark and bytes that are not UTF-8 next to the cuts as the whole parse does', async () => {
    const items = Array.from({ length: 200 }, (_, index) => `"é${index}"`).join(',');
    await expectSameParse(bytesOf(`\uFEFF{"events": [${items}]}`), 16);
    const bytes = new Uint8Array(bytesOf(`[${items}]`));
    for (const at of [1, 17, 18, 40, bytes.length - 2]) {
      const broken = bytes.slice();
      broken[at] = 0xe2;
      await expectSameParse(broken.buffer, 16);
    }
  });

  it('rejects what JSON does not allow between the cuts: a comma too many, or none', async () => {
    for (const text of ['[1,,2]', '[1,2,]', '[,1]', '{"a": [1] "b": 2}', '{"a": [1],}', '[1] 2', '{"a": [1]', '[1 2]', '{"a" [1]}']) {
      expect(await slicedParse(bytesOf(text), 1), text).to.deep.equal({ error: true });
    }
  });

  it('gives a big feed that is not JSON the error of the whole parse, with its line and column', async () => {
    const events = Array.from({ length: 15_000 }, (_, index) => ({ id: `e${index}`, title: `Event ${index}`, start: '2030-01-01' }));
    const text = JSON.stringify({ version: 1, events }, null, 1).replace('"e12000",', '"e12000",,');
    expect(text.length).to.be.greaterThan(2 ** 20);
    const line = text.slice(0, text.indexOf(',,') + 1).split('\n').length;
    const url = `data:application/json;base64,${btoa(text)}`;
    const error = await rejectionOf(loadFeed(url));
    expect(error).to.be.instanceOf(FeedJsonError);
    expect(error).to.include({ line });
    expect((error as FeedJsonError).message).to.contain(`is not valid JSON: line ${line}, column`);
  });
});

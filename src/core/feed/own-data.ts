/**
 * Copies that read only their own members: what the feed validator works on, and what it hands the
 * elements, so that nothing a page put on `Object.prototype` (a bug of its own) is ever read as feed
 * data (`docs/feed.md`: only a member's own value counts).
 */

type Bare = Record<string, unknown>;

// `Object.create(null)` objects inherit nothing too, but V8 keeps them as slow dictionaries; objects of
// a constructor whose prototype is an empty, frozen, null-prototype object get fast shapes.
const BareObject = function BareObject() {} as unknown as new () => Bare;
BareObject.prototype = Object.freeze(Object.create(null));

/** An empty object that inherits nothing, with `members` (own and enumerable) copied in. */
export function bareObject<T extends object>(members?: T): T {
  return Object.assign(new BareObject(), members) as T;
}

/**
 * A copy of `value` made of its own members only: objects become {@link bareObject}s and arrays arrays
 * without holes. Iterative, so no depth is too deep, and an object met twice (a page's object may hold
 * a cycle) is copied once. With `freeze`, every copy is frozen once filled, in the same walk.
 */
export function ownData(value: unknown, { freeze = false } = {}): unknown {
  const copies = new Map<object, Bare>();
  const pending: [Bare, Bare][] = [];
  const copyOf = (source: unknown): unknown => {
    if (typeof source !== 'object' || source === null) return source;
    let copy = copies.get(source);
    if (!copy) {
      copy = Array.isArray(source) ? (Array.from({ length: source.length }) as unknown as Bare) : new BareObject();
      copies.set(source, copy);
      pending.push([source as Bare, copy]);
    }
    return copy;
  };
  const root = copyOf(value);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, copy] = next;
    for (const key of Object.keys(source)) copy[key] = copyOf(source[key]);
    if (freeze) Object.freeze(copy);
  }
  return root;
}

/**
 * A cache of what each feed item yields (its span, its calendar link) per key, usually a locale. A
 * validated feed is frozen and shared by every element on the page, so an item's results never go stale,
 * and a list that re-renders (a locale switch, a new `show`) reuses them instead of recomputing them all.
 * Entries go when their feed does.
 */
export function createItemCache<T>(): (item: object, key: string, compute: () => T) => T {
  const cache = new WeakMap<object, Map<string, T>>();
  return (item, key, compute) => {
    let byKey = cache.get(item);
    if (!byKey) cache.set(item, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, compute());
    return byKey.get(key)!;
  };
}

// Checked access for what the code knows is there: an index inside the array, a key the map was
// built with. Lint bans the non-null assertion `x!`, which would let a slip become `undefined` (and
// NaN two steps later); these throw at the slip instead. This is a copy of packages/domain/src/checked.ts
// (calc has no runtime dependencies).

/** The item at `index`; an index outside the array is a programming error. */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`Index ${index} is outside 0..${items.length - 1}`)
  }
  // In range, so the item is a T (it may itself be undefined only if T allows it).
  return items[index] as T
}

/** The last item; an empty array is a programming error. */
export function lastItem<T>(items: ArrayLike<T>): T {
  return itemAt(items, items.length - 1)
}

/** The value stored under `key`; a missing key is a programming error. */
export function mapValue<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  if (!map.has(key)) throw new RangeError(`No entry for ${String(key)}`)
  // `has` said yes, so `get` returns the stored V.
  return map.get(key) as V
}

/** A value the caller checked is present (a filter or a find that cannot miss); null is a programming error. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new TypeError(`Expected ${what}`)
  return value
}

// Checked access for what the code knows is there: an index inside the array, a key the map was
// built with. Lint bans the non-null assertion `x!`, which would let a slip become `undefined` (and
// NaN two steps later); these throw at the slip instead. A copy of this file lives in packages/calc
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

/** Whether `value` is one of `options` (a closed list of keys), narrowing it to that union. */
export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && options.some((option) => option === value)
}

/**
 * The label a closed list gives `value`, or the value itself when it is none of its keys (stored data
 * from before a rename, or posted text).
 */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value
}

/** Whether a value is an array, as a list of unknowns (`Array.isArray` alone says `any[]`). */
export function isList(value: unknown): value is unknown[] {
  return Array.isArray(value)
}

/** Whether a value is an object whose `key` holds something truthy (a filled-in field of a posted row). */
export function hasFilled(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Boolean(Reflect.get(value, key))
}

/**
 * A posted list (checkboxes, multi-selects): missing or '' is empty, a single value a list of one,
 * blank entries dropped — what a form sends with or without JavaScript.
 */
export function postedList(value: unknown): unknown[] {
  if (value === undefined || value === '') return []
  return isList(value) ? value.filter((x) => x !== '') : [value]
}

/**
 * Ticked choices (co-authors, participants): missing, '' or false (react-hook-form with no box ticked)
 * is none, one value a list of one, a list as it came.
 */
export function postedChoices(value: unknown): unknown[] {
  if (value === undefined || value === '' || value === false) return []
  return isList(value) ? value : [value]
}

/** A record with one entry per key of a closed list, each value computed from its key. */
export function recordFor<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  // fromEntries types its keys as string; it was given every K, so it holds a V under each.
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as Record<K, V>
}

// Plausible inputs built from a procedure's zod schema, and the bad values put into each of their
// leaves. Plausible enough to get past the other fields, so the bad one reaches as far as it can.
type Def = { type: string } & Record<string, unknown>
type Path = (string | number)[]
/** A leaf of a sample: where it is and what kind of value the schema wants there. */
export interface Leaf {
  path: Path
  kind: 'number' | 'string' | 'other'
}

const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def

/** Good-looking strings by field name: the demo region, a municipality, a date, an e-mail. */
function sampleString(key: string): string {
  const k = key.toLowerCase()
  if (k.includes('slug')) return 'zwolle'
  if (k.includes('code')) return 'GM0193'
  if (k.includes('date')) return '2026-03-01'
  if (k.includes('email')) return 'fuzz@test.example'
  if (k.includes('quarter')) return '2026-Q1'
  return 'Een tekst van de fuzztest'
}

/** A plausible value for a schema; `key` is the field's name. */
export function sampleOf(schema: unknown, key = '', depth = 0): unknown {
  if (depth > 12) return null
  const def = defOf(schema)
  const inner = (s: unknown) => sampleOf(s, key, depth + 1)
  switch (def.type) {
    case 'string':
      return sampleString(key)
    case 'number':
    case 'int':
      return 1
    case 'bigint':
      return 1
    case 'boolean':
      return true
    case 'date':
      return '2026-03-01'
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0]
    case 'literal':
      return (def.values as unknown[])[0]
    case 'object': {
      const shape = def.shape as Record<string, unknown>
      return Object.fromEntries(
        Object.entries(shape).map(([k, s]) => [k, sampleOf(s, k, depth + 1)]),
      )
    }
    case 'array':
      return [inner(def.element)]
    case 'record':
      return {}
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType)
    case 'pipe':
      // z.preprocess and transforms: the input side decides; a transform takes anything, so use the output side.
      return defOf(def.in).type === 'transform' ? inner(def.out) : inner(def.in)
    case 'union':
      return inner((def.options as unknown[])[0])
    case 'intersection': {
      const left = inner(def.left)
      const right = inner(def.right)
      return typeof left === 'object' && typeof right === 'object' ? { ...left, ...right } : left
    }
    case 'lazy':
      return inner((def.getter as () => unknown)())
    case 'custom':
      return new Uint8Array([1, 2, 3])
    default:
      return null
  }
}

/** Every leaf (number or string) of a sample value, with its path. */
export function leavesOf(value: unknown, path: Path = []): Leaf[] {
  if (typeof value === 'number') return [{ path, kind: 'number' }]
  if (typeof value === 'string') return [{ path, kind: 'string' }]
  if (Array.isArray(value)) return value.flatMap((item, i) => leavesOf(item, [...path, i]))
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const entries = Object.entries(value)
    return entries.length === 0
      ? [{ path, kind: 'other' }]
      : entries.flatMap(([k, v]) => leavesOf(v, [...path, k]))
  }
  return [{ path, kind: 'other' }]
}

/** A copy of `value` with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: Path, leaf: unknown): unknown {
  if (path.length === 0) return leaf
  const [head, ...rest] = path
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >
  copy[head as string] = withLeaf(copy[head as string], rest, leaf)
  return copy
}

/** Every kind of bad input of issue 11 item 5, per kind of leaf. */
export const BAD_NUMBERS: unknown[] = [
  2_147_483_648,
  4_294_967_296,
  -2_147_483_649,
  '99999999999999999999',
  1e308,
]
export const BAD_STRINGS: string[] = [
  'nul\u0000byte',
  '\u0000',
  'x'.repeat(3_000),
  'ä'.repeat(70_000),
  "' or 1=1 --",
]
export const BAD_ANY: unknown[] = [null, 2_147_483_648, 'nul\u0000byte', [], {}]

/** The bad values for one leaf. */
export function badValuesFor(leaf: Leaf): unknown[] {
  if (leaf.kind === 'number') return [...BAD_NUMBERS, 'nul\u0000byte']
  if (leaf.kind === 'string') return [...BAD_STRINGS, 2_147_483_648]
  return BAD_ANY
}

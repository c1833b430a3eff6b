import { describe, expect, it } from 'vitest'
import { LoginSchema } from './accounts.ts'
import { findNulCharacter, INT4_MAX, RecordNumberSchema, VersionOrZeroSchema } from './input-limits.ts'

describe('RecordNumberSchema', () => {
  it('accepts 1 to 2,147,483,647 from numbers and form strings, and nothing beyond', () => {
    expect(RecordNumberSchema.parse('7')).toBe(7)
    expect(RecordNumberSchema.parse(INT4_MAX)).toBe(INT4_MAX)
    for (const bad of [INT4_MAX + 1, '99999999999999999999', 0, -1, 1.5, 'abc', '1e400']) {
      expect(RecordNumberSchema.safeParse(bad).success, String(bad)).toBe(false)
    }
    expect(VersionOrZeroSchema.parse('0')).toBe(0)
    expect(VersionOrZeroSchema.safeParse(INT4_MAX + 1).success).toBe(false)
  })
})

describe('findNulCharacter', () => {
  it('finds a NUL in any nested string or key, and names its path', () => {
    expect(findNulCharacter({ a: [{ b: 'x' }, { c: 'y\u0000' }] })).toEqual(['a', 1, 'c'])
    expect(findNulCharacter({ 'k\u0000': 1 })).toEqual(['k\u0000'])
    expect(findNulCharacter('\u0000')).toEqual([])
    expect(findNulCharacter({ a: 'gewoon', b: [1, null, true], c: new Uint8Array([0]) })).toBeUndefined()
  })
})

describe('LoginSchema', () => {
  it('bounds the e-mail address and the password', () => {
    expect(LoginSchema.safeParse({ email: `${'a'.repeat(2_700)}@x.nl`, password: 'p' }).success).toBe(false)
    expect(LoginSchema.safeParse({ email: 'a@x.nl', password: 'p'.repeat(201) }).success).toBe(false)
    expect(LoginSchema.safeParse({ email: 'a@x.nl', password: 'p' }).success).toBe(true)
  })
})

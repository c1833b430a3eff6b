import { describe, expect, it } from 'vitest'
import { INDICATOR_CATALOGUE, findSeedIndicator } from './catalogue-seed.ts'
import { IndicatorDefinitionSchema } from './catalogue.ts'
import { checkValue, type RawValue } from './values.ts'

const get = (key: string) => {
  const indicator = findSeedIndicator(key)
  if (!indicator) throw new Error(key)
  return indicator
}
const raw = (over: Partial<RawValue>): RawValue => ({ state: 'final', value: '', numerator: '', denominator: '', ...over })

describe('the seeded catalogue', () => {
  it('holds every indicator of INDICATORS.md, each a valid catalogue entry', () => {
    expect(INDICATOR_CATALOGUE).toHaveLength(24)
    for (const indicator of INDICATOR_CATALOGUE) {
      const parsed = IndicatorDefinitionSchema.safeParse(indicator)
      expect(parsed.error?.issues ?? [], indicator.key).toEqual([])
    }
    expect(new Set(INDICATOR_CATALOGUE.map((i) => i.key)).size).toBe(INDICATOR_CATALOGUE.length)
  })

  it('never marks Wmo clients as something that adds up over periods', () => {
    expect(get('wmo_clients').nature).toBe('distinct_count')
  })
})

describe('checkValue', () => {
  it('refuses a rate with a zero denominator, naming the denominator', () => {
    expect(checkValue(get('bw_home_share'), raw({ numerator: '10', denominator: '0' }))).toEqual({
      ok: false,
      errors: [{ field: 'denominator', message: expect.stringContaining('De noemer is 0') }],
    })
  })

  it('refuses a percentage of 140, typed or computed', () => {
    expect(checkValue(get('bw_home_share'), raw({ value: '140', numerator: '140', denominator: '100' }))).toEqual({
      ok: false,
      errors: [{ field: 'value', message: 'Een percentage ligt tussen 0 en 100; 140 kan niet.' }],
    })
    const computed = checkValue(get('bw_home_share'), raw({ numerator: '140', denominator: '100' }))
    expect(computed).toMatchObject({ ok: false, errors: [{ field: 'numerator', message: expect.stringContaining('140%') }] })
  })

  it('recomputes a share from its numerator and denominator', () => {
    expect(checkValue(get('bw_home_share'), raw({ numerator: '30', denominator: '120' }))).toEqual({
      ok: true,
      value: { state: 'final', value: 25, numerator: 30, denominator: 120 },
    })
  })

  it('keeps a suppressed cell without a number and refuses one with a number', () => {
    expect(checkValue(get('wmo_clients'), raw({ state: 'suppressed' }))).toEqual({
      ok: true,
      value: { state: 'suppressed', value: null, numerator: null, denominator: null },
    })
    expect(checkValue(get('wmo_clients'), raw({ state: 'suppressed', value: '0' })).ok).toBe(false)
  })

  it('reads nil as a real zero and a Dutch decimal comma', () => {
    expect(checkValue(get('wmo_clients'), raw({ state: 'nil' }))).toMatchObject({ ok: true, value: { value: 0 } })
    expect(checkValue(get('shelter_wait_days'), raw({ numerator: '12,5', denominator: '5' }))).toMatchObject({ ok: true, value: { value: 2.5 } })
  })

  it('lists the levels of an ordinal and refuses a fractional count', () => {
    expect(checkValue(get('insurer_cooperation'), raw({ value: '7' }))).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('3 (Structureel actief)') }],
    })
    expect(checkValue(get('wmo_clients'), raw({ value: '12.5' })).ok).toBe(false)
    expect(checkValue(get('wmo_clients'), raw({ value: '1.284.680' })).ok).toBe(false)
  })
})

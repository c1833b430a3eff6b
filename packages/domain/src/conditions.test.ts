import { describe, expect, it } from 'vitest'
import { CONDITIONS, CONDITION_KEYS, ConditionKeySchema } from './conditions.ts'

describe('Dannenberg conditions', () => {
  it('has eight conditions numbered 1 to 8 in key order', () => {
    expect(CONDITIONS).toHaveLength(8)
    expect(CONDITIONS.map((condition) => condition.key)).toEqual([...CONDITION_KEYS])
    expect(CONDITIONS.map((condition) => condition.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('has unique keys and labels, and a description for each', () => {
    expect(new Set(CONDITION_KEYS).size).toBe(8)
    expect(new Set(CONDITIONS.map((condition) => condition.label)).size).toBe(8)
    for (const condition of CONDITIONS) expect(condition.description.length).toBeGreaterThan(10)
  })

  it('uses the wording of seed 002 Bijlage 1', () => {
    expect(CONDITIONS[0]?.description).toBe(
      'Versterken van zelfmanagement, ervaringsdeskundigheid en informele zorg.',
    )
    expect(CONDITIONS[6]?.description).toBe(
      'Duurzaam samenwerken tussen gemeenten en zorgverzekeraars.',
    )
  })

  it('refuses an unknown condition in Dutch', () => {
    expect(ConditionKeySchema.safeParse('quality_demand').success).toBe(true)
    expect(ConditionKeySchema.safeParse('quality').error?.issues[0]?.message).toBe(
      'Kies een bestaande conditie.',
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  NVO_AGREEMENTS,
  NVO_AGREEMENT_KEYS,
  NVO_LEVELS,
  NVO_LEVEL_DETAILS,
  NVO_THEMES,
  NVO_THEME_KEYS,
  NvoAgreementKeySchema,
  NvoLevelSchema,
  NvoThemeKeySchema,
} from './nvo.ts'

describe('NvO agreements', () => {
  it('has eight agreements numbered 1 to 8 in key order', () => {
    expect(NVO_AGREEMENTS).toHaveLength(8)
    expect(NVO_AGREEMENTS.map((agreement) => agreement.key)).toEqual([...NVO_AGREEMENT_KEYS])
    expect(NVO_AGREEMENTS.map((agreement) => agreement.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('has unique keys and titles, and a default text for each', () => {
    expect(new Set(NVO_AGREEMENT_KEYS).size).toBe(8)
    expect(new Set(NVO_AGREEMENTS.map((agreement) => agreement.title)).size).toBe(8)
    for (const agreement of NVO_AGREEMENTS) expect(agreement.text.length).toBeGreaterThan(40)
  })

  it('marks 1-3 confirmed and 4-8 reconstructed, as NVO.md does', () => {
    expect(NVO_AGREEMENTS.map((agreement) => agreement.confidence)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'reconstructed',
      'reconstructed',
      'reconstructed',
      'reconstructed',
      'reconstructed',
    ])
  })

  it('requires every council to adopt the regiovisie in agreement 1', () => {
    expect(NVO_AGREEMENTS[0]?.text).toMatch(/[Ee]lke gemeenteraad/)
  })

  it('refuses an unknown agreement in Dutch', () => {
    expect(NvoAgreementKeySchema.safeParse('codesign').success).toBe(true)
    expect(NvoAgreementKeySchema.safeParse('afspraak_1').error?.issues[0]?.message).toBe(
      'Kies een bestaande NvO-afspraak.',
    )
  })
})

describe('NvO themes', () => {
  it('has thirteen themes in key order with unique, non-empty labels', () => {
    expect(NVO_THEMES).toHaveLength(13)
    expect(NVO_THEMES.map((theme) => theme.key)).toEqual([...NVO_THEME_KEYS])
    expect(new Set(NVO_THEME_KEYS).size).toBe(13)
    const labels = NVO_THEMES.map((theme) => theme.label)
    expect(new Set(labels).size).toBe(13)
    expect(labels.every((label) => label.trim().length > 0)).toBe(true)
  })

  it('refuses an unknown theme in Dutch', () => {
    expect(NvoThemeKeySchema.safeParse('tariffs').success).toBe(true)
    expect(NvoThemeKeySchema.safeParse('tarieven').error?.issues[0]?.message).toBe(
      'Kies een bestaand thema.',
    )
  })
})

describe('NvO levels', () => {
  it('has five levels 0 to 4, each with a label and definition', () => {
    expect([...NVO_LEVELS]).toEqual([0, 1, 2, 3, 4])
    expect(Object.keys(NVO_LEVEL_DETAILS)).toEqual(['0', '1', '2', '3', '4'])
    expect(NVO_LEVELS.map((level) => NVO_LEVEL_DETAILS[level].label)).toEqual([
      'Niet gestart',
      'In voorbereiding',
      'Concept',
      'Vastgesteld',
      'Geactualiseerd',
    ])
  })

  it("uses NVO.md's definitions word for word", () => {
    expect(NVO_LEVEL_DETAILS[0].definition).toBe('Voor deze afspraak is nog niets geregeld.')
    expect(NVO_LEVEL_DETAILS[3].definition).toBe(
      'Vastgesteld door alle gemeenten in de regio (bij afspraak 1: door elke gemeenteraad).',
    )
    expect(NVO_LEVEL_DETAILS[4].definition).toBe(
      'Van kracht, geëvalueerd en in de afgelopen twee jaar minstens één keer bijgewerkt.',
    )
  })

  it('accepts the numbers 0 to 4 and refuses anything else in Dutch', () => {
    for (const level of NVO_LEVELS) expect(NvoLevelSchema.parse(level)).toBe(level)
    for (const bad of [5, -1, 2.5, '2']) {
      const result = NvoLevelSchema.safeParse(bad)
      expect(result.success, String(bad)).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('Kies een niveau van 0 tot en met 4.')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { computeCoverageMatrix, type CoverageAgreement } from './coverage.ts'

const a = (id: number, stage: CoverageAgreement['stage'], nvo: string[], themes: string[], conditions: string[]): CoverageAgreement => ({
  id,
  stage,
  nvoAgreements: nvo,
  themes,
  conditions,
})

describe('the coverage matrix', () => {
  const matrix = computeCoverageMatrix([
    a(1, 'vastgesteld', ['access'], ['access'], ['low_threshold_access', 'quality_demand']),
    a(2, 'concept', ['access', 'purchasing'], ['tariffs'], ['low_threshold_access']),
    a(3, 'vervallen', ['codesign'], ['participation'], ['self_management']),
  ])
  const cell = (kind: string, key: string, condition: string) =>
    matrix.rows.find((r) => r.kind === kind && r.key === key)?.cells.find((c) => c.condition === condition)

  it('has the 8 NvO agreements and 13 themes as rows and the 8 conditions as columns', () => {
    expect(matrix.rows.filter((r) => r.kind === 'nvo')).toHaveLength(8)
    expect(matrix.rows.filter((r) => r.kind === 'theme')).toHaveLength(13)
    expect(matrix.conditions).toHaveLength(8)
    expect(matrix.rows.every((r) => r.cells.length === 8)).toBe(true)
  })

  it('counts agreements per cell by stage and links to them', () => {
    expect(cell('nvo', 'access', 'low_threshold_access')).toMatchObject({
      total: 2,
      agreementIds: [1, 2],
      byStage: { vastgesteld: 1, concept: 1, in_uitvoering: 0 },
    })
    expect(cell('theme', 'tariffs', 'low_threshold_access')?.total).toBe(1)
    expect(cell('nvo', 'purchasing', 'quality_demand')?.total).toBe(0)
  })

  it('marks conditions and NvO agreements without a counting agreement as white spots; lapsed ones do not count', () => {
    const spots = matrix.conditions.filter((c) => c.isWhiteSpot).map((c) => c.condition)
    expect(spots).toContain('self_management') // only a lapsed agreement
    expect(spots).toContain('housing_variants')
    expect(spots).not.toContain('low_threshold_access')
    const nvoSpots = matrix.rows.filter((r) => r.isWhiteSpot).map((r) => r.key)
    expect(nvoSpots).toContain('codesign')
    expect(nvoSpots).not.toContain('access')
    expect(nvoSpots).toHaveLength(6)
  })

  it('makes every condition and NvO agreement a white spot for a region without agreements', () => {
    const empty = computeCoverageMatrix([])
    expect(empty.conditions.every((c) => c.isWhiteSpot)).toBe(true)
    expect(empty.rows.filter((r) => r.isWhiteSpot)).toHaveLength(8)
  })
})

import {
  AGREEMENT_STAGES,
  CONDITION_KEYS,
  NVO_AGREEMENT_KEYS,
  NVO_THEME_KEYS,
  type AgreementStage,
  type ConditionKey,
} from '@bt/domain'

/** What the coverage matrix needs of an agreement. */
export interface CoverageAgreement {
  id: number
  stage: AgreementStage
  nvoAgreements: readonly string[]
  themes: readonly string[]
  conditions: readonly string[]
}

export interface CoverageCell {
  condition: ConditionKey
  total: number
  byStage: Record<AgreementStage, number>
  agreementIds: number[]
}

export interface CoverageRow {
  kind: 'nvo' | 'theme'
  key: string
  cells: CoverageCell[]
  /** Agreements tagged with this row, whatever their conditions. */
  total: number
  /** No agreement that still counts (anything but "vervallen") for this NvO agreement. */
  isWhiteSpot: boolean
}

export interface CoverageMatrix {
  rows: CoverageRow[]
  conditions: { condition: ConditionKey; total: number; isWhiteSpot: boolean }[]
}

function emptyByStage(): Record<AgreementStage, number> {
  // Object.fromEntries loses the key type; every stage is listed.
  return Object.fromEntries(AGREEMENT_STAGES.map((s) => [s, 0])) as Record<AgreementStage, number>
}

/**
 * The coverage matrix of a region (agreements issue): rows are the 8 NvO agreements and the 13
 * themes, columns the 8 Dannenberg conditions, each cell the agreements by stage. A white spot is a
 * condition or an NvO agreement without any agreement that still counts (lapsed ones do not).
 */
export function computeCoverageMatrix(agreements: readonly CoverageAgreement[]): CoverageMatrix {
  const counting = (a: CoverageAgreement) => a.stage !== 'vervallen'
  const row = (kind: 'nvo' | 'theme', key: string, tagsOf: (a: CoverageAgreement) => readonly string[]): CoverageRow => {
    const tagged = agreements.filter((a) => tagsOf(a).includes(key))
    const cells = CONDITION_KEYS.map((condition) => {
      const inCell = tagged.filter((a) => a.conditions.includes(condition))
      const byStage = emptyByStage()
      for (const a of inCell) byStage[a.stage]++
      return { condition, total: inCell.length, byStage, agreementIds: inCell.map((a) => a.id) }
    })
    return { kind, key, cells, total: tagged.length, isWhiteSpot: kind === 'nvo' && !tagged.some(counting) }
  }
  return {
    rows: [
      ...NVO_AGREEMENT_KEYS.map((key) => row('nvo', key, (a) => a.nvoAgreements)),
      ...NVO_THEME_KEYS.map((key) => row('theme', key, (a) => a.themes)),
    ],
    conditions: CONDITION_KEYS.map((condition) => {
      const tagged = agreements.filter((a) => a.conditions.includes(condition))
      return { condition, total: tagged.length, isWhiteSpot: !tagged.some(counting) }
    }),
  }
}

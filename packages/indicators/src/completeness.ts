/** What completeness needs of an agreement. */
export interface CompletenessAgreement {
  id: number
  title: string
  plannedDate: string | null
  buildingBlocks: readonly string[]
  planElements: readonly string[]
  partners: readonly unknown[]
  municipalities: readonly string[]
}

/** Fields an agreement should have beyond what saving requires (agreements issue, completeness). */
export const EXPECTED_FIELDS = ['plannedDate', 'buildingBlocks', 'planElements', 'partners', 'municipalities'] as const
export type ExpectedField = (typeof EXPECTED_FIELDS)[number]

/** The expected fields an agreement still lacks. */
export function missingFields(agreement: CompletenessAgreement): ExpectedField[] {
  return EXPECTED_FIELDS.filter((field) => {
    const value = agreement[field]
    return value === null || (Array.isArray(value) && value.length === 0)
  })
}

/**
 * A region's completeness: the share of agreements with every expected field (basis points, 0 for
 * none), the incomplete ones with what they lack, and how many NvO agreements have no level yet.
 */
export function summariseCompleteness(
  agreements: readonly CompletenessAgreement[],
  params: { nvoLevelsSet: number; nvoAgreementCount: number },
) {
  const incomplete = agreements
    .map((a) => ({ id: a.id, title: a.title, missing: missingFields(a) }))
    .filter((a) => a.missing.length > 0)
  const completeBasisPoints =
    agreements.length === 0 ? 0 : Math.round(((agreements.length - incomplete.length) * 10_000) / agreements.length)
  return { completeBasisPoints, incomplete, nvoLevelsMissing: params.nvoAgreementCount - params.nvoLevelsSet }
}

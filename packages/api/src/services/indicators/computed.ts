import { isOneOf } from '@bt/domain'
import { countRecordIndicators, listAllMemberships, listRegionCodes, type DB, type Kysely } from '@bt/db'
import type { IndicatorDefinition } from '@bt/domain'
import { indelingOn, membersByRegion, rollUpFromSums, type AreaCell } from '@bt/indicators'
import { readOnce } from '../../request-reads.ts'
import type { PeriodRollUp } from './series.ts'

/** The indicators computed from the platform's records, never typed (INDICATORS.md). */
const RECORD_INDICATORS = ['regional_vision_adopted', 'nvo_agreements_met', 'conditions_covered', 'agreements_on_time'] as const
export type RecordIndicatorKey = (typeof RECORD_INDICATORS)[number]

/** Whether an indicator is computed from the records rather than stored as values. */
export function isRecordIndicator(key: string): key is RecordIndicatorKey {
  return isOneOf(RECORD_INDICATORS, key)
}

/** The half year a date falls in ('2026-03-02' → '2026-H1'): the period a computed figure is shown under. */
function halfYearOf(date: string): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`
}

/** A record indicator's roll-up with a Dutch note on where its NvO levels come from (null for the others). */
export type RecordRollUp = PeriodRollUp & { basisNote: string | null }

/** Where nvo_agreements_met's levels were read: a frozen edition, or the regions' proposals. */
function basisNoteOf(key: RecordIndicatorKey, edition: { key: string; label: string } | null): string | null {
  if (key !== 'nvo_agreements_met') return null
  return edition ? `niveaus bevestigd in de bevroren editie ${edition.label} (${edition.key})` : 'niveaus voorgesteld door de regio (nog geen bevroren editie)'
}

/**
 * A record indicator on a date, per region and nationally: each region's share from its published
 * records (numerator and denominator kept, so the nation is recomputed, never averaged). NvO levels
 * come from the latest edition frozen by that date, else from the regions' proposals.
 */
export async function computeRecordIndicator(db: Kysely<DB>, indicator: IndicatorDefinition, params: { onDate: string }): Promise<RecordRollUp> {
  if (!isRecordIndicator(indicator.key)) throw new Error(`${indicator.key} is not computed from the records`)
  // Read once per request: the four record indicators share these reads (the region page shows them all).
  const [counts, memberships, regions] = await Promise.all([
    readOnce(db, countRecordIndicators, { onDate: params.onDate }),
    readOnce(db, listAllMemberships, undefined),
    readOnce(db, listRegionCodes, undefined),
  ])
  const indeling = indelingOn(memberships, params.onDate)
  const regionCells: AreaCell[] = counts[indicator.key]
    .filter((c) => c.denominator > 0)
    .map((c) => ({ areaCode: c.regionCode, state: 'final', value: (c.numerator / c.denominator) * 100, numerator: c.numerator, denominator: c.denominator }))
  const members = membersByRegion(indeling)
  const regionCodes = regions.map((r) => r.code).filter((code) => members.has(code)).sort()
  const { regions: figures, nation } = rollUpFromSums({ rule: 'ratio', scale: 100, indeling, regionCodes, regionCells, sums: [], nationTotal: null })
  return { period: halfYearOf(params.onDate), periodEnd: params.onDate, indelingNote: indeling.note, regions: figures, nation, basisNote: basisNoteOf(indicator.key, counts.nvoLevelsEdition) }
}

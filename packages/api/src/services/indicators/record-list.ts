import { findNvoLevelsEdition, listMunicipalitiesByCode, listRecordBasis, listRegionCodes, type DB, type Kysely, type RecordBasisRow } from '@bt/db'
import { AGREEMENT_STAGE_LABELS, CONDITIONS, labelOf, NVO_AGREEMENTS } from '@bt/domain'
import type { RecordIndicatorKey } from './computed.ts'

/** One record behind a region's figure, labelled: a council, an NvO agreement, a condition or an agreement. */
export interface RecordListRow extends RecordBasisRow {
  label: string
  /** An agreement's stage in Dutch (the page needs no label table of its own). */
  stageLabel: string | null
}

const NONE = { counts: false, date: null, level: null, stage: null, stageLabel: null, delayCount: null, agreements: [] }

/**
 * The records that made one region's figure of a record indicator on a date (issue 12 item 3), labelled
 * in Dutch. NvO agreements and conditions list all eight, so the rows are the denominator and the rows
 * that count the numerator. Only for callers who may see figures per region (the caller checks).
 */
export async function listRecordsOfRegion(db: Kysely<DB>, params: { key: RecordIndicatorKey; regionCode: string; onDate: string }) {
  const regions = await listRegionCodes(db)
  const region = regions.find((r) => r.code === params.regionCode)
  if (!region) return null
  const edition = params.key === 'nvo_agreements_met' ? await findNvoLevelsEdition(db, { onDate: params.onDate }) : null
  const rows = await listRecordBasis(db, { ...params, nvoEditionId: edition?.id ?? null })
  const found = new Map(rows.map((r) => [r.key, r]))
  const labelled = await labelRows(db, params.key, rows, found)
  return { regionCode: region.code, regionName: region.name, regionSlug: region.slug, onDate: params.onDate, rows: labelled, numerator: labelled.filter((r) => r.counts).length, denominator: labelled.length }
}

async function labelRows(db: Kysely<DB>, key: RecordIndicatorKey, rows: RecordBasisRow[], found: ReadonlyMap<string, RecordBasisRow>): Promise<RecordListRow[]> {
  switch (key) {
    case 'regional_vision_adopted': {
      const names = new Map((await listMunicipalitiesByCode(db, { codes: rows.map((r) => r.key) })).map((m) => [m.code, m.name]))
      return rows.map((r) => ({ ...r, label: names.get(r.key) ?? r.key, stageLabel: null })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))
    }
    case 'nvo_agreements_met':
      return NVO_AGREEMENTS.map((a) => ({ ...NONE, ...found.get(a.key), key: a.key, label: `${a.number}. ${a.title}` }))
    case 'conditions_covered':
      return CONDITIONS.map((c) => ({ ...NONE, ...found.get(c.key), key: c.key, label: `${c.number}. ${c.label}` }))
    case 'agreements_on_time':
      return rows.map((r) => ({ ...r, label: r.agreements[0]?.title ?? r.key, stageLabel: r.stage ? labelOf(AGREEMENT_STAGE_LABELS, r.stage) : null }))
  }
}

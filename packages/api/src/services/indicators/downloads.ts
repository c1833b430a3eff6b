import { AREA_LEVEL_LABELS, INDICATOR_IMPORT_COLUMNS, VALUE_STATE_LABELS, type ValueState } from '@bt/domain'
import type { Context } from '../../context.ts'
import { getIndicatorFigures } from './figures.ts'

const DOWNLOAD_COLUMNS = ['indicator', 'niveau', 'gebiedscode', 'gebied', 'periode', 'waarde', 'status', 'teller', 'noemer', 'volledigheid', 'bron'] as const

/** Numbers in files are numbers (rounded to six decimals), so spreadsheets and scripts read them alike. */
const plain = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 1e6) / 1e6)

/** A table for the portal's one table exporter (CSV or XLSX): header and rows of cells. */
export interface IndicatorTable {
  filename: string
  sheetName: string
  header: string[]
  rows: (string | number | null)[][]
}

const toTable = (filename: string, header: readonly string[], records: Record<string, string | number | null>[]): IndicatorTable => ({
  filename,
  sheetName: 'Indicatoren',
  header: [...header],
  rows: records.map((r) => header.map((h) => r[h] ?? null)),
})
const stateLabel = (s: ValueState) => VALUE_STATE_LABELS[s]

/** The import template: the Dutch headers in import order, nothing else. */
export function indicatorImportTemplate(): IndicatorTable {
  return toTable('indicatoren-sjabloon', INDICATOR_IMPORT_COLUMNS.map((c) => c.header), [])
}

/**
 * An indicator's figures as CSV, with exactly what the caller may see on its page: the national series
 * for everyone; the region and municipality rows only where figures per area are shown to the caller.
 */
export async function downloadIndicator(db: Context['db'], ctx: Pick<Context, 'actor' | 'today'>, input: { key: string; period?: string }): Promise<IndicatorTable> {
  const f = await getIndicatorFigures(db, ctx, input)
  const key = f.indicator.key
  const records: Record<string, string | number | null>[] = f.series.map((p) => ({
    indicator: key,
    niveau: AREA_LEVEL_LABELS.nation,
    gebiedscode: 'NL',
    gebied: 'Nederland',
    periode: p.period,
    waarde: plain(p.value),
    status: stateLabel(p.state),
    teller: plain(p.numerator),
    noemer: plain(p.denominator),
    volledigheid: p.isPublishedTotal ? 'gepubliceerd totaal' : `${p.covered} van ${p.of} regio's`,
    bron: p.source ?? 'berekend uit de regio’s',
  }))
  for (const r of f.regions ?? []) {
    records.push({
      indicator: key,
      niveau: AREA_LEVEL_LABELS.region,
      gebiedscode: r.code,
      gebied: r.name,
      periode: f.selectedPeriod ?? '',
      waarde: plain(r.value),
      status: r.completeness === 'empty' ? stateLabel('missing') : r.provisional ? stateLabel('provisional') : stateLabel('final'),
      teller: plain(r.numerator),
      noemer: plain(r.denominator),
      volledigheid: r.from === 'region' ? 'gemeld door de regio' : `${r.covered} van ${r.of} gemeenten`,
      bron: f.indicator.source,
    })
  }
  for (const m of f.municipalities ?? []) {
    records.push({
      indicator: key,
      niveau: AREA_LEVEL_LABELS.municipality,
      gebiedscode: m.code,
      gebied: m.name,
      periode: f.selectedPeriod ?? '',
      waarde: plain(m.value),
      status: stateLabel(m.state),
      teller: null,
      noemer: null,
      volledigheid: null,
      bron: m.source,
    })
  }
  return toTable(`indicator-${key}`, DOWNLOAD_COLUMNS, records)
}

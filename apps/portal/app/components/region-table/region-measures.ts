import { formatDecimal, formatInteger, formatWholePercent } from '#app/lib/format.ts'

/** What a region-table measure needs of a row (the API's `region.table` row). */
export interface MeasuredRegion {
  inhabitants: number
  municipalityCount: number
  levels: Record<string, number | null>
  conditionsCovered: number
  adoptedCount: number
  visionVersion: number | null
  overdueCount: number
  delayedCount: number
  completeBasisPoints: number | null
}

/** A measure the map can be coloured by: its query key, name, unit, value and that value in words. */
export interface RegionMeasure {
  key: string
  name: string
  unit: string
  valueOf: (row: MeasuredRegion) => number | null
  format: (value: number) => string
}

function averageLevel(row: MeasuredRegion): number | null {
  const set = Object.values(row.levels).filter((l): l is number => l !== null)
  return set.length === 0 ? null : set.reduce((a, b) => a + b, 0) / set.length
}

/** Inhabitants: a public CBS-based statistic per region, the only measure an anonymous visitor's map shows. */
export const INHABITANTS: RegionMeasure = {
  key: 'inwoners',
  name: 'Inwoners',
  unit: 'inwoners',
  valueOf: (r) => r.inhabitants,
  format: formatInteger,
}

/** The map's measures for signed-in users (region-reported, published records only). */
export const REGION_MEASURES: readonly RegionMeasure[] = [
  INHABITANTS,
  { key: 'niveau', name: 'Gemiddeld NvO-niveau', unit: 'op een schaal van 0 tot 4', valueOf: averageLevel, format: formatDecimal },
  { key: 'voorwaarden', name: 'Voorwaarden gedekt', unit: 'van de 8 voorwaarden', valueOf: (r) => r.conditionsCovered, format: formatInteger },
  {
    key: 'vastgesteld',
    name: 'Regiovisie vastgesteld',
    unit: 'van de gemeenteraden',
    valueOf: (r) => (r.visionVersion === null || r.municipalityCount === 0 ? null : r.adoptedCount / r.municipalityCount),
    format: formatWholePercent,
  },
  { key: 'achterstallig', name: 'Afspraken over datum', unit: 'afspraken', valueOf: (r) => r.overdueCount, format: formatInteger },
  { key: 'vertraagd', name: 'Vertraagde afspraken', unit: 'afspraken', valueOf: (r) => r.delayedCount, format: formatInteger },
  {
    key: 'volledigheid',
    name: 'Volledigheid',
    unit: 'van de afspraken compleet',
    valueOf: (r) => (r.completeBasisPoints === null ? null : r.completeBasisPoints / 10_000),
    format: formatWholePercent,
  },
]

/** The measure named by `?kaart=`, or inhabitants. */
export function findMeasure(key: string | null): RegionMeasure {
  return REGION_MEASURES.find((m) => m.key === key) ?? INHABITANTS
}

/** The map's regions for one measure, each with its value in words ("12.345 inwoners", "geen gegevens"). */
export function mapRegionsFor<Row extends MeasuredRegion & { code: string; slug: string; name: string }>(rows: readonly Row[], measure: RegionMeasure) {
  return rows.map((row) => {
    const value = measure.valueOf(row)
    return { id: row.code, slug: row.slug, name: row.name, value, label: value === null ? 'geen gegevens' : `${measure.format(value)} ${measure.unit}` }
  })
}

// Vite inlines `?raw` imports; see raw.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./raw.d.ts" />
import { INDICATOR_CATALOGUE, NATION_CODE, getPeriod, parseCsv } from '@bt/domain'
import type { Kysely } from 'kysely'
import type { DB } from './schema.ts'
import kwbCsv from './seed-data/gemeenten_kwb2024.csv?raw'

const KWB_DATE = '2024-01-01'
const KWB_SOURCE = 'CBS Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari 2024, CC BY 4.0'
const SEED_LABEL = 'Referentiedata (seed)'

/**
 * Real national figures named in INDICATORS.md (public sources), seeded as reference data. Stocks on
 * 1 January are stored for the year before (period end 31 December), where the stock stands.
 */
const NATIONAL_FIGURES: { key: string; period: string; value: number; numerator?: number; denominator?: number; source: string }[] = [
  { key: 'wmo_clients', period: '2024', value: 1_284_680, source: 'CBS 86050NED, Nederland 2024' },
  { key: 'bw_national_total', period: '2021', value: 35_000, source: 'VWS, Kamerbrief juli 2021 (ongeveer 35.000)' },
  ...[
    ['2017', 39_300],
    ['2020', 32_000],
    ['2021', 26_600],
    ['2022', 30_600],
    ['2023', 33_000],
  ].map(([period, value]) => ({
    key: 'homeless_estimate',
    period: String(period),
    value: Number(value),
    source: `CBS, schatting dakloze personen 18-65 op 1 januari ${Number(period) + 1}`,
  })),
  { key: 'homeless_registered_share', period: '2023', value: (9600 / 33_000) * 100, numerator: 9600, denominator: 33_000, source: 'CBS, 1 januari 2024: 9.600 geregistreerd van 33.000' },
]

/** What seedIndicatorReferenceData inserts, as text: part of the reference data's fingerprint (seed.ts). */
export const INDICATOR_REFERENCE_INPUTS: readonly string[] = [kwbCsv, JSON.stringify([INDICATOR_CATALOGUE, NATIONAL_FIGURES, KWB_DATE, KWB_SOURCE, SEED_LABEL])]

/** The catalogue as seeded (an analyst's later edits are kept), the CBS KWB 2024 statistics, and real national figures. */
export async function seedIndicatorReferenceData(db: Kysely<DB>): Promise<void> {
  await db
    .insertInto('indicator')
    .values(
      INDICATOR_CATALOGUE.map((i, position) => ({
        key: i.key,
        label: i.label,
        definition: i.definition,
        unit: i.unit,
        nature: i.nature,
        levels: JSON.stringify(i.levels),
        periodKinds: JSON.stringify(i.periodKinds),
        direction: i.direction,
        aggregation: i.aggregation,
        buildingBlocks: JSON.stringify(i.buildingBlocks),
        origin: i.origin,
        source: i.source,
        licence: i.licence,
        perThousand: i.perThousand,
        ordinalLevels: JSON.stringify(i.ordinalLevels),
        targetValue: i.target?.value ?? null,
        targetDate: i.target?.date ?? null,
        position,
      })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()

  const rows = parseCsv(kwbCsv)
  await db
    .insertInto('municipalityStatistic')
    .values(
      rows.map((r) => ({
        municipalityCode: req(r, 'gemeentecode'),
        referenceDate: KWB_DATE,
        inhabitants: Number(req(r, 'inwoners_2024_01_01')),
        men: Number(req(r, 'mannen')),
        women: Number(req(r, 'vrouwen')),
        dwellings: Number(req(r, 'woningvoorraad_2024_01_01')),
        densityPerKm2Land: Number(req(r, 'bevolkingsdichtheid_per_km2_land')),
        areaTotalHa: Number(req(r, 'oppervlakte_totaal_ha')),
        areaLandHa: Number(req(r, 'oppervlakte_land_ha')),
        areaWaterHa: Number(req(r, 'oppervlakte_water_ha')),
        source: KWB_SOURCE,
      })),
    )
    .onConflict((oc) => oc.columns(['municipalityCode', 'referenceDate']).doNothing())
    .execute()

  // The stock on 1 January 2024 stands at the end of 2023 (ADR 012).
  const cells = rows.flatMap((r) => [
    { key: 'inhabitants', value: Number(req(r, 'inwoners_2024_01_01')), code: req(r, 'gemeentecode') },
    { key: 'dwellings', value: Number(req(r, 'woningvoorraad_2024_01_01')), code: req(r, 'gemeentecode') },
  ])
  const values = [
    ...cells.map((c) => ({ indicatorKey: c.key, areaLevel: 'municipality' as const, areaCode: c.code, value: c.value, numerator: null, denominator: null, period: '2023', source: KWB_SOURCE })),
    ...NATIONAL_FIGURES.map((f) => ({
      indicatorKey: f.key,
      areaLevel: 'nation' as const,
      areaCode: NATION_CODE,
      value: f.value,
      numerator: f.numerator ?? null,
      denominator: f.denominator ?? null,
      period: f.period,
      source: f.source,
    })),
  ]
  await db
    .insertInto('indicatorValue')
    .values(
      values.map((v) => ({
        ...v,
        periodEnd: getPeriod(v.period).lastDay,
        state: 'final' as const,
        enteredByLabel: SEED_LABEL,
      })),
    )
    .onConflict((oc) => oc.columns(['indicatorKey', 'areaLevel', 'areaCode', 'period']).doNothing())
    .execute()
}

function req(record: Record<string, string>, column: string): string {
  const value = record[column]?.trim()
  if (!value) throw new Error(`Seed CSV row lacks ${column}: ${JSON.stringify(record)}`)
  return value
}

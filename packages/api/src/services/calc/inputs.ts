import type { MeasuredMunicipality, Measure, MunicipalityAmount, WlzClient } from '@bt/calc'
import {
  findCalcDataset,
  findCurrentCalcDataset,
  findCurrentIndeling,
  listMunicipalitiesWithRegion,
  listPublishedAmounts,
  listRegionCodes,
  loadCalcInputs,
  type DB,
  type Kysely,
} from '@bt/db'
import { DomainError, mapValue } from '@bt/domain'

/** A region as the calculator sees it: its centrumgemeente's code, name, slug and members on the day. */
export interface CalcRegion {
  code: string
  name: string
  slug: string
  memberCodes: string[]
}

/** One data set, read into calc's shapes, with today's regions. */
export interface CalcData {
  dataset: {
    id: number
    label: string
    kind: 'example' | 'imported'
    budgetYear: number
    /** The BW macrobudget; MO is kept apart (DOMAIN.md §6.0). */
    macroBudgetCents: number
    moMacroBudgetCents: number
  }
  indeling: { validFrom: string; kind: 'example' | 'imported' } | null
  municipalities: { code: string; name: string; inhabitants: number; regionCode: string | null }[]
  regions: CalcRegion[]
  /** The centrumgemeenten's historical BW amounts. */
  historical: MunicipalityAmount[]
  /** The centrumgemeenten's historical MO amounts (empty when the data set has no MO). */
  historicalMo: MunicipalityAmount[]
  measures: (Measure & { label: string })[]
  /** The MO model's measures (verdeelmodel MO), valued per centrumgemeente in moCentres. */
  moMeasures: (Measure & { label: string })[]
  measured: MeasuredMunicipality[]
  /** Each centrumgemeente with its region's summed values of the MO measures. */
  moCentres: MeasuredMunicipality[]
  wmoIntegrationPaymentCents: ReadonlyMap<string, number>
  /** The rekenbestand's published amounts per municipality, as imported (issue 18 item 5). */
  published: ReadonlyMap<
    string,
    {
      historicalCents: number | null
      objectiveCents: number
      historicalMoCents: number | null
      objectiveMoCents: number | null
    }
  >
  wlzClients: ReadonlyMap<string, { clients: WlzClient[]; lostOwnContributionsCents: number }>
}

/** The message when no data set exists yet (no demo data and nothing imported). */
export const NO_CALC_DATA =
  'Er is nog geen rekendata. Een beheerder kan die importeren via Beheer › Rekendata.'

/** The newest data set, or the given one; NOT_FOUND when there is none. */
export async function requireCalcDataset(db: Kysely<DB>, params: { datasetId?: number }) {
  const dataset =
    params.datasetId === undefined
      ? await findCurrentCalcDataset(db)
      : await findCalcDataset(db, { id: params.datasetId })
  if (!dataset) {
    throw new DomainError(
      'NOT_FOUND',
      params.datasetId === undefined
        ? NO_CALC_DATA
        : `Gegevensset ${params.datasetId} bestaat niet.`,
    )
  }
  return dataset
}

/**
 * Read a data set (default: today's) and the regions in force on `onDate` into calc's input shapes.
 * Regions without members on that day are left out (calc refuses an empty region).
 */
export async function loadCalcData(
  db: Kysely<DB>,
  params: { datasetId?: number; onDate: string },
): Promise<CalcData> {
  const dataset = await requireCalcDataset(db, params)
  const [inputs, municipalities, regionRows, indeling, published] = await Promise.all([
    loadCalcInputs(db, { datasetId: dataset.id }),
    listMunicipalitiesWithRegion(db, { onDate: params.onDate }),
    listRegionCodes(db),
    findCurrentIndeling(db, { onDate: params.onDate }),
    listPublishedAmounts(db, { datasetId: dataset.id }),
  ])
  const members = new Map<string, string[]>()
  for (const m of municipalities) {
    if (!m.regionCode) continue
    const list = members.get(m.regionCode) ?? []
    list.push(m.code)
    members.set(m.regionCode, list)
  }
  const regions = regionRows
    .filter((r) => (members.get(r.code)?.length ?? 0) > 0)
    .map((r) => ({ code: r.code, name: r.name, slug: r.slug, memberCodes: mapValue(members, r.code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))

  const valuesByMunicipality = new Map<string, Record<string, number>>()
  for (const v of inputs.values) {
    const values = valuesByMunicipality.get(v.municipalityCode) ?? {}
    values[v.measureKey] = v.value
    valuesByMunicipality.set(v.municipalityCode, values)
  }
  const wlzClients = new Map<string, { clients: WlzClient[]; lostOwnContributionsCents: number }>()
  for (const group of inputs.wlzGroups) {
    const entry = wlzClients.get(group.municipalityCode) ?? { clients: [], lostOwnContributionsCents: 0 }
    wlzClients.set(group.municipalityCode, entry)
    // Groups are stored aggregated and calc settles them with their count (issue 18: expanding
    // 176 groups into 4,728 clients was half the time of a scenario).
    entry.clients.push({
      costCents: group.costCents,
      costDays: group.costDays,
      priceYear: group.priceYear,
      wlzStartDate: group.wlzStartDate,
      origin: group.origin,
      count: group.clientCount,
    })
    entry.lostOwnContributionsCents += group.lostOwnContributionsCents
  }
  return {
    dataset,
    published: new Map(
      published.map((p) => [
        p.municipalityCode,
        {
          historicalCents: p.historicalCents,
          objectiveCents: p.objectiveCents,
          historicalMoCents: p.historicalMoCents,
          objectiveMoCents: p.objectiveMoCents,
        },
      ]),
    ),
    indeling: indeling ? { validFrom: indeling.validFrom, kind: indeling.kind } : null,
    municipalities,
    regions,
    historical: inputs.historical.map((h) => ({
      code: h.municipalityCode,
      amountCents: h.amountCents,
    })),
    historicalMo:
      dataset.moMacroBudgetCents > 0
        ? inputs.historical.map((h) => ({ code: h.municipalityCode, amountCents: h.moAmountCents }))
        : [],
    measures: measuresOf(inputs.measures, 'bw'),
    moMeasures: measuresOf(inputs.measures, 'mo'),
    moCentres: moCentres(
      regions,
      municipalities,
      valuesByMunicipality,
      measuresOf(inputs.measures, 'mo'),
    ),
    measured: municipalities.map((m) => ({
      code: m.code,
      inhabitants: m.inhabitants,
      measureValues: valuesByMunicipality.get(m.code) ?? {},
    })),
    wmoIntegrationPaymentCents: new Map(
      inputs.sharingBases.map((b) => [b.municipalityCode, b.wmoIntegrationPaymentCents]),
    ),
    wlzClients,
  }
}

function measuresOf(
  rows: readonly {
    key: string
    label: string
    weight: number
    perInhabitant: boolean
    budget: 'bw' | 'mo'
  }[],
  budget: 'bw' | 'mo',
): (Measure & { label: string })[] {
  return rows
    .filter((m) => m.budget === budget)
    .map((m) => ({ key: m.key, label: m.label, weight: m.weight, perInhabitant: m.perInhabitant }))
}

// The MO model works per centrumgemeente: each gets its region's summed values (and inhabitants).
function moCentres(
  regions: readonly CalcRegion[],
  municipalities: readonly { code: string; inhabitants: number }[],
  values: ReadonlyMap<string, Record<string, number>>,
  measures: readonly Measure[],
): MeasuredMunicipality[] {
  if (measures.length === 0) return []
  const inhabitants = new Map(municipalities.map((m) => [m.code, m.inhabitants]))
  return regions.map((region) => {
    const measureValues: Record<string, number> = {}
    let people = 0
    for (const code of region.memberCodes) {
      people += inhabitants.get(code) ?? 0
      for (const measure of measures)
        measureValues[measure.key] =
          (measureValues[measure.key] ?? 0) + (values.get(code)?.[measure.key] ?? 0)
    }
    return { code: region.code, inhabitants: people, measureValues }
  })
}

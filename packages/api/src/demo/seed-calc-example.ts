import { allocate } from '@bt/calc'
import {
  hasCalcDataset,
  insertCalcDataset,
  listMunicipalitiesWithRegion,
  type DB,
  type Kysely,
  type NewCalcDataset,
} from '@bt/db'
import { mapValue, present } from '@bt/domain'

// The example calculation data (voorbeeldbedragen, ADR 006): no real circulaire tables are available,
// so the demo seed generates a fictitious but plausible set, the same every time for the same seed
// number. Pages label it as fictitious until an administrator imports real tables.

/** The seed number of the demo's example set. */
export const CALC_EXAMPLE_SEED = 2026
/** A BW macrobudget of €1.6 billion, in cents (with MO about €1.9 billion together). */
export const CALC_EXAMPLE_MACRO_BUDGET_CENTS = 160_000_000_000
/** An MO macrobudget of €0.3 billion, in cents: kept apart from BW (DOMAIN.md §6.0). */
export const CALC_EXAMPLE_MO_MACRO_BUDGET_CENTS = 30_000_000_000
export const CALC_EXAMPLE_BUDGET_YEAR = 2026
/** The day the example indeling is read on (it holds from 2025-01-01). */
const EXAMPLE_ON_DATE = '2026-01-01'
/** DOMAIN.md §8: region Zwolle would go from €140,096,291 (historical) to €113,750,051 (objective), −18.8%. */
const ZWOLLE = { code: 'GM0193', historicalEuros: 140_096_291, objectiveEuros: 113_750_051 }

/** A small linear congruential generator (Numerical Recipes constants): the same numbers for the same seed. */
export function createLcg(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(1_664_525, state) + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

interface ExampleMunicipality {
  code: string
  inhabitants: number
  regionCode: string | null
}

// Four fictitious measures in the spirit of the objective model (seed 003): inhabitants, and counts
// that grow with urbanity. Weights are euros per unit; only their ratios matter.
const MEASURES = [
  { key: 'inwoners', label: 'Inwoners', weight: 40, perInhabitant: true },
  {
    key: 'eenpersoonshuishoudens',
    label: 'Eenpersoonshuishoudens',
    weight: 180,
    perInhabitant: false,
  },
  {
    key: 'lage_inkomens',
    label: 'Huishoudens met een laag inkomen',
    weight: 400,
    perInhabitant: false,
  },
  {
    key: 'bijstand',
    label: 'Inwoners met een bijstandsuitkering',
    weight: 650,
    perInhabitant: false,
  },
] as const

// The MO model's one fictitious measure (verdeelmodel MO), over the centrumgemeenten: the region's
// low-income households.
const MO_MEASURE = {
  key: 'mo_lage_inkomens',
  label: 'Huishoudens met een laag inkomen (verdeelmodel MO)',
  weight: 1,
  perInhabitant: false,
  budget: 'mo',
} as const

/** Rates per inhabitant for the count measures: base + urbanity × urban + noise × random. */
const RATES = {
  eenpersoonshuishoudens: [0.1, 0.1, 0.04],
  lage_inkomens: [0.025, 0.03, 0.02],
  bijstand: [0.015, 0.025, 0.015],
} as const

/**
 * Generate the example data set from a seed number and the municipalities with their regions:
 * measure values from inhabitants, historical amounts per centrumgemeente summing to the
 * macrobudget (Regio Zwolle set so its objective amount is DOMAIN.md §8's −18.8% below it), Wmo
 * integration payments, and Wlz client groups whose costs land between 75% and 135% of each
 * centrumgemeente's ex-ante withdrawal. Pure: the same input gives the same data set.
 */
export function generateCalcExample(params: {
  seed: number
  municipalities: readonly ExampleMunicipality[]
  macroBudgetCents?: number
  moMacroBudgetCents?: number
}): NewCalcDataset {
  const random = createLcg(params.seed)
  const macro = params.macroBudgetCents ?? CALC_EXAMPLE_MACRO_BUDGET_CENTS
  const moMacro = params.moMacroBudgetCents ?? CALC_EXAMPLE_MO_MACRO_BUDGET_CENTS
  const municipalities = [...params.municipalities].sort((a, b) => a.code.localeCompare(b.code))

  const values: NewCalcDataset['values'][number][] = []
  const score = new Map<string, number>()
  for (const m of municipalities) {
    const urban = Math.min(1, m.inhabitants / 200_000)
    let total = MEASURES[0].weight * m.inhabitants
    values.push({ measureKey: 'inwoners', municipalityCode: m.code, value: 1 })
    for (const measure of MEASURES.slice(1)) {
      // Demo data: every measure key of the example has a row in RATES.
      const [base, urbanRate, noise] = RATES[measure.key as keyof typeof RATES]
      const value = Math.round(m.inhabitants * (base + urbanRate * urban + noise * random()))
      values.push({ measureKey: measure.key, municipalityCode: m.code, value })
      if (measure.key === 'lage_inkomens')
        values.push({ measureKey: MO_MEASURE.key, municipalityCode: m.code, value })
      total += measure.weight * value
    }
    score.set(m.code, total)
  }
  const scoreTotal = [...score.values()].reduce((a, b) => a + b, 0)

  // Historical weights: each centre near its region's objective share, some above, some below.
  const centres = [
    ...new Set(municipalities.map((m) => m.regionCode).filter((c): c is string => c !== null)),
  ].sort()
  const regionShare = (code: string) =>
    municipalities
      .filter((m) => m.regionCode === code)
      .reduce((sum, m) => sum + mapValue(score, m.code), 0) / scoreTotal
  const weights = centres.map((code) => ({
    key: code,
    weight: Math.round(regionShare(code) * (0.8 + 0.45 * random()) * 1e9),
  }))
  const bw = historicalEuros(macro, weights, centres.includes(ZWOLLE.code) ? regionShare : null)
  const moScore = (code: string) =>
    municipalities
      .filter((m) => m.regionCode === code)
      .reduce(
        (sum, m) =>
          sum +
          present(
            values.find((v) => v.measureKey === MO_MEASURE.key && v.municipalityCode === m.code),
            `${MO_MEASURE.key} of ${m.code}`,
          ).value,
        0,
      )
  const moTotal = centres.reduce((sum, code) => sum + moScore(code), 0)
  const mo = historicalEuros(
    moMacro,
    weights,
    centres.includes(ZWOLLE.code) ? (code) => moScore(code) / moTotal : null,
  )
  const historical = centres.map((code) => ({
    municipalityCode: code,
    amountCents: mapValue(bw, code) * 100,
    moAmountCents: mapValue(mo, code) * 100,
  }))

  const sharingBases = municipalities.map((m) => ({
    municipalityCode: m.code,
    wmoIntegrationPaymentCents: Math.round(m.inhabitants * (110 + 40 * random())) * 100,
  }))

  const wlzGroups: NonNullable<NewCalcDataset['wlzGroups']>[number][] = []
  for (const { municipalityCode, amountCents } of historical) {
    const targetEuros = (amountCents / 100) * 0.3 * (0.75 + 0.6 * random())
    const yearlyEuros = 62_000 + Math.round(20_000 * random())
    const group = (
      origin: 'bw' | 'otherWmo' | 'nonWmo',
      priceYear: number,
      start: string,
      days: number,
      yearly: number,
      share: number,
    ) => {
      const clientCount = Math.max(1, Math.round((targetEuros * share) / yearly))
      wlzGroups.push({
        municipalityCode,
        origin,
        priceYear,
        wlzStartDate: start,
        clientCount,
        costCents: Math.round((yearly * days) / 365) * 100,
        costDays: days,
        lostOwnContributionsCents: clientCount * (origin === 'bw' ? 2_400 : 1_200) * 100,
      })
    }
    group('bw', 2021, '2021-01-01', 365, yearlyEuros, 0.8)
    group('bw', 2021, '2021-07-01', 184, yearlyEuros, 0.15)
    group('otherWmo', 2022, '2022-01-01', 365, 45_000, 0.06)
    group('nonWmo', 2022, '2022-03-01', 306, 40_000, 0.04)
  }

  return {
    dataset: {
      label: `Voorbeeldbedragen (fictief, reeks ${params.seed})`,
      kind: 'example',
      budgetYear: CALC_EXAMPLE_BUDGET_YEAR,
      macroBudgetCents: macro,
      moMacroBudgetCents: moMacro,
      seed: params.seed,
      note: 'Fictieve bedragen, gegenereerd door de demo; geen echte circulairecijfers.',
      createdBy: null,
    },
    historical,
    measures: [...MEASURES.map((m) => ({ ...m, budget: 'bw' as const })), { ...MO_MEASURE }],
    values,
    sharingBases,
    wlzGroups,
  }
}

/**
 * Whole euros per centrumgemeente summing to the budget by the historical weights; with Zwolle's
 * objective share given, Zwolle is set so that its objective amount is DOMAIN.md §8's −18.8% below
 * its historical one.
 */
function historicalEuros(
  budgetCents: number,
  weights: readonly { key: string; weight: number }[],
  zwolleShare: ((code: string) => number) | null,
): Map<string, number> {
  if (zwolleShare === null)
    return new Map(allocate(budgetCents / 100, weights).map((a) => [a.key, a.amountCents]))
  const zwolleEuros = Math.round(
    (zwolleShare(ZWOLLE.code) * (budgetCents / 100) * ZWOLLE.historicalEuros) /
      ZWOLLE.objectiveEuros,
  )
  const rest = allocate(
    budgetCents / 100 - zwolleEuros,
    weights.filter((w) => w.key !== ZWOLLE.code),
  )
  return new Map([[ZWOLLE.code, zwolleEuros], ...rest.map((a) => [a.key, a.amountCents] as const)])
}

/** Add the example data set when the installation has none (idempotent; demo data only). */
export async function seedCalcExample(db: Kysely<DB>): Promise<void> {
  if (await hasCalcDataset(db)) return
  const municipalities = await listMunicipalitiesWithRegion(db, { onDate: EXAMPLE_ON_DATE })
  if (municipalities.length === 0) return
  const data = generateCalcExample({ seed: CALC_EXAMPLE_SEED, municipalities })
  await db.transaction().execute((trx) => insertCalcDataset(trx, data))
}

// Wlz ex-post settlement per centrumgemeente (DOMAIN.md §6.3; seed 000 §2.4 and the summary table):
//   actual_g = Σ counted clients (yearly cost × index factor × full-year factor) − lost own contributions
//   settlement_g = actual_g − exante_g (− what an earlier round already settled)
// Positive: g owes that amount (more outflow than estimated: a further withdrawal, but g no longer
// bears those costs); negative: g gets it back (less outflow: g keeps the clients and their costs).
// The choices the BO of 7 December 2020 had to make are parameters: which clients count, indexation
// to a price year, extrapolation to a full-year amount, lost own contributions (eigen bijdrage),
// inflow from outside BW, and a second round. Each client's value is an exact fraction; the sum is
// rounded once per centrumgemeente, halves away from zero.
import { CalcError, formatPath } from './errors.ts'
import { addFractions, decimalFraction, divideRounded, type Fraction } from './exact.ts'
import { parseIsoDate, parseIsoDateOnce } from './dates.ts'
import {
  isCents,
  requireCents,
  requireIntegerInRange,
  requireSignedCents,
  requireWeight,
  toSafeNumber,
} from './guards.ts'

/** Where a client came from before the Wlz: BW, other Wmo support, or outside the Wmo. */
export type WlzInflowOrigin = 'bw' | 'otherWmo' | 'nonWmo'

/**
 * One client who moved to the Wlz: cost (cents) over costDays days at priceYear prices, Wlz start,
 * origin.
 */
export interface WlzClient {
  readonly costCents: number
  readonly costDays: number
  readonly priceYear: number
  readonly wlzStartDate: string
  readonly origin: WlzInflowOrigin
  /** How many clients share these figures (a client group); default 1. */
  readonly count?: number
}

/**
 * A centrumgemeente's settlement data (cents): its ex-ante withdrawal, clients, lost own
 * contributions.
 */
export interface WlzCentralMunicipality {
  readonly code: string
  readonly exAnteCents: number
  readonly clients: readonly WlzClient[]
  readonly lostOwnContributionsCents: number
  /** What an earlier round settled (signed cents); a second round settles only the difference. */
  readonly previousSettlementCents?: number
}

/** The settlement choices; every default is stated. */
export interface WlzSettlementParameters {
  /**
   * Count clients whose Wlz start lies in [countFromDate, countUntilDate] (inclusive); default: no
   * bound.
   */
  readonly countFromDate?: string
  readonly countUntilDate?: string
  /** Origins that count; default ['bw']. */
  readonly countedOrigins?: readonly WlzInflowOrigin[]
  /**
   * A yearly tariff (cents, at target prices, not indexed) for counted clients from outside BW;
   * default their own cost.
   */
  readonly nonBwTariffCents?: number
  /**
   * Price year → factor to the target price year (e.g. { '2019': 1.043 }); default: no indexation
   * (factor 1).
   */
  readonly indexFactors?: Readonly<Record<string, number>>
  /** Scale each client's cost to a full year (× daysInYear / costDays); default true. */
  readonly extrapolateToFullYear?: boolean
  /** Days in the settlement year; default 365. */
  readonly daysInYear?: number
  /** Deduct lost own contributions; default true. */
  readonly deductLostOwnContributions?: boolean
}

/**
 * One centrumgemeente's settlement (cents): positive settlementCents = owes, negative = receives.
 */
export interface WlzSettlementLine {
  readonly code: string
  readonly countedClients: number
  readonly disappearingCostsCents: number
  readonly lostOwnContributionsCents: number
  readonly actualCents: number
  readonly exAnteCents: number
  readonly previousSettlementCents: number
  readonly settlementCents: number
  readonly direction: 'owes' | 'receives' | 'settled'
}

/**
 * Settles the Wlz ex-post per centrumgemeente: actual − ex-ante − previous round (cents; positive:
 * owes). Throws CalcError for bad cents, counts, dates or factors, a missing index factor
 * (MISSING_VALUE), costDays outside 1..daysInYear (OUT_OF_RANGE), a date window that ends before it
 * starts (INVALID_PERIOD), repeated codes.
 */
export function settleWlzExPost(input: {
  readonly centralMunicipalities: readonly WlzCentralMunicipality[]
  readonly parameters?: WlzSettlementParameters
}): { readonly lines: readonly WlzSettlementLine[]; readonly totalSettlementCents: number } {
  const parameters = input.parameters ?? {}
  const rules = readRules(parameters)
  const seen = new Set<string>()
  const lines = input.centralMunicipalities.map((centre, index) => {
    const path = ['centralMunicipalities', index]
    if (seen.has(centre.code)) {
      throw new CalcError(
        'DUPLICATE_KEY',
        `${formatPath([...path, 'code'])} repeats ${centre.code}`,
        {
          path: [...path, 'code'],
          details: { key: centre.code },
        },
      )
    }
    seen.add(centre.code)
    return settleOne(centre, rules, path)
  })
  const total = lines.reduce((sum, line) => sum + BigInt(line.settlementCents), 0n)
  return { lines, totalSettlementCents: toSafeNumber(total, ['totalSettlementCents']) }
}

interface Rules {
  readonly from: number
  readonly until: number
  readonly origins: ReadonlySet<WlzInflowOrigin>
  readonly tariff: number | undefined
  readonly indexFactors: ReadonlyMap<number, Fraction>
  readonly extrapolate: boolean
  readonly daysInYear: number
  readonly deductLost: boolean
}

function readRules(parameters: WlzSettlementParameters): Rules {
  const from =
    parameters.countFromDate === undefined
      ? -Infinity
      : parseIsoDate(parameters.countFromDate, ['parameters', 'countFromDate'])
  const until =
    parameters.countUntilDate === undefined
      ? Infinity
      : parseIsoDate(parameters.countUntilDate, ['parameters', 'countUntilDate'])
  if (until < from) {
    throw new CalcError(
      'INVALID_PERIOD',
      `parameters.countUntilDate ${parameters.countUntilDate} lies before countFromDate ${parameters.countFromDate}`,
      {
        path: ['parameters', 'countUntilDate'],
        details: {
          from: parameters.countFromDate ?? null,
          until: parameters.countUntilDate ?? null,
        },
      },
    )
  }
  const indexFactors = new Map<number, Fraction>()
  for (const [year, factor] of Object.entries(parameters.indexFactors ?? {})) {
    const path = ['parameters', 'indexFactors', year]
    requireWeight(factor, path)
    indexFactors.set(requireIntegerInRange(Number(year), path, 1, 9999), decimalFraction(factor))
  }
  return {
    from,
    until,
    origins: new Set(parameters.countedOrigins ?? ['bw']),
    tariff:
      parameters.nonBwTariffCents === undefined
        ? undefined
        : requireCents(parameters.nonBwTariffCents, ['parameters', 'nonBwTariffCents']),
    indexFactors,
    extrapolate: parameters.extrapolateToFullYear ?? true,
    daysInYear: requireIntegerInRange(
      parameters.daysInYear ?? 365,
      ['parameters', 'daysInYear'],
      1,
      366,
    ),
    deductLost: parameters.deductLostOwnContributions ?? true,
  }
}

function settleOne(
  centre: WlzCentralMunicipality,
  rules: Rules,
  path: (string | number)[],
): WlzSettlementLine {
  const exAnte = requireCents(centre.exAnteCents, [...path, 'exAnteCents'])
  const lost = rules.deductLost
    ? requireCents(centre.lostOwnContributionsCents, [...path, 'lostOwnContributionsCents'])
    : 0
  const previous = requireSignedCents(centre.previousSettlementCents ?? 0, [
    ...path,
    'previousSettlementCents',
  ])
  // Numerators summed per denominator (few distinct ones: index factor × days), one reduction at
  // the end instead of a gcd per client (issue 18, speed).
  const byDenominator = new Map<bigint, bigint>()
  let counted = 0
  centre.clients.forEach((client, index) => {
    const count =
      client.count === undefined
        ? 1
        : Number.isInteger(client.count) && client.count >= 0 && client.count <= 1_000_000
          ? client.count
          : requireIntegerInRange(client.count, [...path, 'clients', index, 'count'], 0, 1_000_000)
    const value = clientValue(client, rules, () => [...path, 'clients', index])
    if (value === null || count === 0) return
    counted += count
    const numerator = count === 1 ? value.numerator : value.numerator * BigInt(count)
    byDenominator.set(value.denominator, (byDenominator.get(value.denominator) ?? 0n) + numerator)
  })
  let sum: Fraction = { numerator: 0n, denominator: 1n }
  for (const [denominator, numerator] of byDenominator)
    sum = addFractions(sum, { numerator, denominator })
  const disappearing = toSafeNumber(divideRounded(sum.numerator, sum.denominator), [
    ...path,
    'disappearingCostsCents',
  ])
  const actual = disappearing - lost
  const settlement = toSafeNumber(BigInt(actual) - BigInt(exAnte) - BigInt(previous), [
    ...path,
    'settlementCents',
  ])
  return {
    code: centre.code,
    countedClients: counted,
    disappearingCostsCents: disappearing,
    lostOwnContributionsCents: lost,
    actualCents: actual,
    exAnteCents: exAnte,
    previousSettlementCents: previous,
    settlementCents: settlement,
    direction: settlement > 0 ? 'owes' : settlement < 0 ? 'receives' : 'settled',
  }
}

// A counted client's disappearing cost as an exact fraction of cents, or null when the client does
// not count.
// The path is built only when an error is thrown: most clients are valid (issue 18, speed).
function clientValue(
  client: WlzClient,
  rules: Rules,
  pathOf: () => (string | number)[],
): Fraction | null {
  const cost = isCents(client.costCents)
    ? client.costCents
    : requireCents(client.costCents, [...pathOf(), 'costCents'])
  const days =
    Number.isInteger(client.costDays) && client.costDays >= 1 && client.costDays <= rules.daysInYear
      ? client.costDays
      : requireIntegerInRange(client.costDays, [...pathOf(), 'costDays'], 1, rules.daysInYear)
  const start = parseIsoDateOnce(client.wlzStartDate, () => [...pathOf(), 'wlzStartDate'])
  if (start < rules.from || start > rules.until || !rules.origins.has(client.origin)) return null
  const fullYear = rules.extrapolate
    ? { numerator: BigInt(rules.daysInYear), denominator: BigInt(days) }
    : { numerator: 1n, denominator: 1n }
  if (client.origin !== 'bw' && rules.tariff !== undefined) {
    // The tariff is a yearly rate at target prices: pro rata the days, then the same extrapolation.
    return {
      numerator: BigInt(rules.tariff) * BigInt(days) * fullYear.numerator,
      denominator: BigInt(rules.daysInYear) * fullYear.denominator,
    }
  }
  const index = indexFactor(client.priceYear, rules, () => [...pathOf(), 'priceYear'])
  return {
    numerator: BigInt(cost) * index.numerator * fullYear.numerator,
    denominator: index.denominator * fullYear.denominator,
  }
}

function indexFactor(priceYear: number, rules: Rules, pathOf: () => (string | number)[]): Fraction {
  if (!Number.isInteger(priceYear) || priceYear < 1 || priceYear > 9999)
    requireIntegerInRange(priceYear, pathOf(), 1, 9999)
  if (rules.indexFactors.size === 0) return { numerator: 1n, denominator: 1n }
  const factor = rules.indexFactors.get(priceYear)
  if (factor === undefined) {
    const path = pathOf()
    throw new CalcError(
      'MISSING_VALUE',
      `${formatPath(path)} is ${priceYear}, but parameters.indexFactors has no factor for it ` +
        `(has ${[...rules.indexFactors.keys()].join(', ')})`,
      { path, details: { priceYear } },
    )
  }
  return factor
}

import { DomainError } from '@bt/domain'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { createApiTest } from '../../testing.ts'

// One test per money rule through the API (calc issue): the example data set (voorbeeldbedragen,
// seed 2026) is computed through callers exactly as /rekenen does.
let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

const run = (input: Parameters<ReturnType<typeof api.callerAs>['calc']['run']>[0]) =>
  api.callerAs('region_editor').calc.run(input)
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** The field errors an API error carries (zod's or a domain rule's). */
async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TRPCError)
  expect((error as TRPCError).code).toBe('BAD_REQUEST')
  const cause = (error as TRPCError).cause
  if (cause instanceof ZodError)
    return Object.fromEntries(cause.issues.map((i) => [i.path.join('.'), [i.message]]))
  expect(cause).toBeInstanceOf(DomainError)
  return (cause as DomainError).details?.fieldErrors as Record<string, string[]>
}

describe('the budget pipeline (DOMAIN.md §6.0)', () => {
  it('takes the national purchasing and 30% Wlz withdrawal off the macrobudget, pro rata the historical shares', async () => {
    const result = await run({ scope: 'nation' })
    const { pipeline } = result
    // Issue 18 item 1: the example's €1.9 billion is now €1.6 billion BW and €0.3 billion MO, and
    // the 30% comes off BW only (it came off BW + MO before, which was wrong).
    expect(pipeline.macroBudgetCents).toBe(160_000_000_000)
    expect(pipeline.moMacroBudgetCents).toBe(30_000_000_000)
    expect(pipeline.nationalPurchasingCents).toBe(180_000_000) // seed 000 §2.3: €1.8 million
    expect(pipeline.wlzWithdrawalCents).toBe(48_000_000_000) // seed 000 §2.4: 30% of BW
    expect(pipeline.distributableCents).toBe(160_000_000_000 - 180_000_000 - 48_000_000_000)
    expect(sum(result.municipalities.map((m) => m.wlzWithdrawalCents))).toBe(
      pipeline.wlzWithdrawalCents,
    )
    // Every municipality gets its BW share; the centrumgemeenten keep MO on top.
    expect(sum(result.municipalities.map((m) => m.budgetYearCents))).toBe(
      pipeline.distributableCents + pipeline.moMacroBudgetCents,
    )
    expect(sum(result.municipalities.map((m) => m.moCents))).toBe(pipeline.moMacroBudgetCents)
    expect(result.municipalities.filter((m) => m.moCents > 0).every((m) => m.isCentral)).toBe(true)
    // Only centrumgemeenten have a historical amount and a Wlz withdrawal.
    expect(
      result.municipalities.filter((m) => m.wlzWithdrawalCents > 0).every((m) => m.isCentral),
    ).toBe(true)
  })

  it('uses a macrobudget from the form instead of the data set', async () => {
    const result = await run({
      scope: 'nation',
      macroBudgetEuros: '2.000.000.000,00',
      wlzWithdrawalPercent: '25',
    })
    expect(result.pipeline.wlzWithdrawalCents).toBe(50_000_000_000)
    expect(result.parameters.macroBudgetCents).toBe(200_000_000_000)
  })
})

describe('the objective distribution (§6.1)', () => {
  it('gives every municipality its share of the distributable budget, regions the sum of their members', async () => {
    const result = await run({ scope: 'nation' })
    expect(result.municipalities).toHaveLength(342)
    expect(sum(result.municipalities.map((m) => m.objectiveCents))).toBe(
      result.pipeline.distributableCents + result.pipeline.moMacroBudgetCents,
    )
    for (const region of result.regions) {
      const members = result.municipalities.filter((m) => m.regionCode === region.code)
      expect(region.objectiveCents).toBe(sum(members.map((m) => m.objectiveCents)))
    }
    // Per inhabitant is BW's objective amount; Kampen is no centrumgemeente, so it has no MO.
    const kampen = result.municipalities.find((m) => m.code === 'GM0166')!
    expect(kampen.perInhabitantCents).toBe(Math.round(kampen.objectiveCents / kampen.inhabitants))
    expect(result.measures.map((m) => m.key)).toEqual([
      'inwoners',
      'eenpersoonshuishoudens',
      'lage_inkomens',
      'bijstand',
      'mo_lage_inkomens',
    ])
  })
})

describe('the phase-in path (§6.2)', () => {
  it('runs linearly in ten steps from historical to objective, every year keeping every cent', async () => {
    const result = await run({ scope: 'GM0193', startYear: 2026 })
    expect(result.years.map((y) => y.year)).toEqual([
      2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035,
    ])
    expect(result.years.map((y) => y.fraction)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ])
    const [zwolle] = result.regions
    // The example is set so that Regio Zwolle moves like DOMAIN.md §8's example: −18.8%.
    expect(zwolle!.changeBasisPoints).toBe(-1881)
    for (const m of result.municipalities) {
      expect(m.amountsByYear[0]).toBe(m.historicalCents)
      expect(m.amountsByYear.at(-1)).toBe(m.objectiveCents)
    }
    expect(result.years.map((y) => y.totalCents)).toEqual(zwolle!.amountsByYear)
    expect(result.years[0]!.otherCents).toBe(0) // year zero is 100% historical: only the centrumgemeente
  })

  it('derives the schedule from the outflow of existing clients, with the start year as a parameter', async () => {
    const result = await run({
      scope: 'GM0193',
      startYear: 2027,
      steps: 4,
      scheduleKind: 'outflow',
      existingClients: '1000; 700; 400; 150; 0',
    })
    expect(result.years.map((y) => [y.year, y.fraction])).toEqual([
      [2026, 0],
      [2027, 0.3],
      [2028, 0.6],
      [2029, 0.85],
      [2030, 1],
    ])
    expect(result.pipeline.step).toBe(0) // budget year 2026 is year zero of a path starting in 2027
  })
})

describe('the regional sharing models (§6.6, seed 004)', () => {
  it('fills the reserve up to its cap with the surplus and pays the rest back pro rata inhabitants', async () => {
    const { sharing } = await run({
      scope: 'GM0193',
      sharingModel: 'inhabitantsWithReserve',
      actualCostsPercent: '98',
      reserveBalanceEuros: '1.500.000',
    })
    const figures = sharing!.figures
    expect(figures.reserveAdditionCents).toBe(50_000_000) // €1.5 million up to the €2 million cap
    expect(figures.reserveBalanceAfterCents).toBe(200_000_000)
    expect(figures.paybackCents).toBe(figures.surplusCents! - 50_000_000)
    expect(sum(sharing!.lines.map((l) => l.receivesCents))).toBe(figures.paybackCents)
    expect(sum(sharing!.lines.map((l) => l.paysCents))).toBe(figures.contributionsCents)
  })

  it('shares the result by passend aandeel after the centrumgemeente retains 2.5%', async () => {
    const { sharing } = await run({
      scope: 'GM0193',
      sharingModel: 'appropriateShare',
      shareBase: 'wmoIntegrationPayment',
      retentionKind: 'percentage',
    })
    const figures = sharing!.figures
    expect(sum(sharing!.lines.map((l) => l.shareBasisPoints!))).toBe(10_000)
    expect(figures.retainedCents).toBe(Math.round(figures.budgetCents! * 0.025))
    expect(sum(sharing!.lines.map((l) => l.resultCents))).toBe(
      figures.budgetCents! - figures.costsCents!,
    )
  })

  it('lets the centrumgemeente retain a capped percentage, borne pro rata the members’ amounts', async () => {
    const { sharing } = await run({
      scope: 'GM0193',
      sharingModel: 'centralRetention',
      retentionKind: 'percentage',
      retentionPercent: '2,5',
      retentionCapEuros: '500.000',
    })
    expect(sharing!.figures.retainedCents).toBe(50_000_000)
    expect(sum(sharing!.lines.map((l) => l.bearsCents))).toBe(0)
    expect(sharing!.lines.find((l) => l.code === 'GM0193')!.receivesCents).toBe(50_000_000)
  })

  it('compensates local support afterwards from what is left after the beds', async () => {
    const { sharing } = await run({
      scope: 'GM0193',
      sharingModel: 'localCompensation',
      bedCostsPercent: '70',
      localSupportPercent: '15',
    })
    const f = sharing!.figures
    expect(f.bedCostsCents! + f.compensatedCents! + f.remainderCents!).toBe(f.budgetCents)
    expect(sum(sharing!.lines.map((l) => l.resultCents))).toBe(f.budgetCents! - f.bedCostsCents!)
    expect(sharing!.lines.every((l) => l.localSupportCents !== null)).toBe(true)
  })

  it('refuses a fixed retention above the region budget with a message on that field (a CalcError behind it)', async () => {
    const errors = await fieldErrorsOf(
      run({
        scope: 'GM0193',
        sharingModel: 'centralRetention',
        retentionKind: 'fixed',
        retentionFixedEuros: '90.000.000',
      }),
    )
    expect(Object.keys(errors)).toEqual(['retentionFixedEuros'])
    expect(errors.retentionFixedEuros![0]).toMatch(
      /^Dit bedrag \(€\s90\.000\.000,00\) is groter dan wat er te verdelen is/,
    )
  })
})

describe('the risk figures (§6.6, §8)', () => {
  it('compares regions historically and objectively and names the largest yearly decline', async () => {
    const { regions } = await run({ scope: 'nation' })
    expect(regions).toHaveLength(44)
    const zwolle = regions.find((r) => r.code === 'GM0193')!
    expect(zwolle.changeCents).toBe(zwolle.objectiveCents - zwolle.historicalCents)
    const declines = zwolle.amountsByYear.slice(1).map((a, k) => a - zwolle.amountsByYear[k]!)
    expect(zwolle.largestDecline!.changeCents).toBe(Math.min(...declines))
    expect(regions.some((r) => r.changeCents > 0)).toBe(true) // winners and losers
  })

  it('shows municipalities year by year only after a sharing model', async () => {
    expect((await run({ scope: 'GM0193' })).sharing).toBeNull()
    const { sharing, years } = await run({
      scope: 'GM0193',
      sharingModel: 'centralRetention',
      retentionKind: 'percentage',
    })
    expect(sharing!.byYear).toHaveLength(8)
    expect(sharing!.byYear.every((m) => m.resultCentsByYear.length === years.length)).toBe(true)
  })
})

describe('the Wlz ex-post settlement (§6.3)', () => {
  it('settles each centrumgemeente: actual disappearing costs less its ex-ante withdrawal, positive owes', async () => {
    const { wlz, municipalities } = await run({ scope: 'nation' })
    expect(wlz!.lines).toHaveLength(44)
    for (const line of wlz!.lines) {
      expect(line.settlementCents).toBe(line.actualCents - line.exAnteCents)
      expect(line.exAnteCents).toBe(
        municipalities.find((m) => m.code === line.code)!.wlzWithdrawalCents,
      )
      expect(line.direction).toBe(line.settlementCents > 0 ? 'owes' : 'receives')
    }
    expect(wlz!.totalSettlementCents).toBe(sum(wlz!.lines.map((l) => l.settlementCents)))
  })

  it('follows the choices: which clients count, full-year extrapolation, lost own contributions, indexation', async () => {
    const base = (await run({ scope: 'GM0193' })).wlz!.lines[0]!
    const more = (await run({ scope: 'GM0193', wlzOrigins: ['bw', 'otherWmo', 'nonWmo'] })).wlz!
      .lines[0]!
    expect(more.countedClients).toBeGreaterThan(base.countedClients)
    const noExtrapolation = (await run({ scope: 'GM0193', wlzExtrapolate: 'false' })).wlz!.lines[0]!
    expect(noExtrapolation.disappearingCostsCents).toBeLessThan(base.disappearingCostsCents)
    const keepContributions = (
      await run({ scope: 'GM0193', wlzDeductLostOwnContributions: 'false' })
    ).wlz!.lines[0]!
    expect(keepContributions.actualCents).toBe(base.disappearingCostsCents)
    const indexed = (await run({ scope: 'GM0193', wlzPriceYear: '2023', wlzIndexPercent: '3' }))
      .wlz!.lines[0]!
    expect(indexed.disappearingCostsCents).toBe(Math.round(base.disappearingCostsCents * 1.0609))
  })
})

describe('bad parameters', () => {
  it('answer with Dutch field messages, never a 500', async () => {
    expect(
      await fieldErrorsOf(run({ scope: 'GM0193', steps: 0, macroBudgetEuros: 'veel' })),
    ).toEqual({
      steps: ['Vul voor het aantal stappen een heel getal in van 1 tot en met 30.'],
      macroBudgetEuros: [
        "Vul het macrobudget BW in als bedrag in euro's, bijvoorbeeld 1.900.000 of 2500,50.",
      ],
    })
    expect(await fieldErrorsOf(run({ scope: 'GM9999' }))).toEqual({
      scope: ['Regio GM9999 bestaat niet of heeft op dit moment geen gemeenten.'],
    })
  })
})

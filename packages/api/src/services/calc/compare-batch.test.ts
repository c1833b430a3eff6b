import { ScenarioParametersSchema } from '@bt/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiTest, TEST_NOW } from '../../testing.ts'
import { summarize, type Column } from './compare.ts'
import { computeBatchedColumns } from './compare-batch.ts'
import { loadCalcData, type CalcData } from './inputs.ts'
import { buildScenarioResult } from './scenario.ts'

// The comparison's batch (issue 18, "use the speed"): variations of one scenario computed as one
// batch give each column exactly the figures a single run gives, nationally and for a region, with
// the Wlz settlement and the warnings; a column that differs in more is left to single runs.
let api: Awaited<ReturnType<typeof createApiTest>>
let data: CalcData
beforeAll(async () => {
  api = await createApiTest()
  data = await loadCalcData(api.db, { onDate: '2026-03-02' })
})
afterAll(() => api.close())

function columns(values: Record<string, string>[]): Column[] {
  return values.map((value, index) => ({
    label: `kolom ${index}`,
    source: { kind: 'variation', value: JSON.stringify(value) },
    parameters: ScenarioParametersSchema.parse(value),
  }))
}

function singleRuns(list: Column[]) {
  return list.map((column) =>
    summarize(column, buildScenarioResult(data, column.parameters, TEST_NOW)),
  )
}

describe('variations computed as one batch', () => {
  it.each([
    ['nationally', 'nation'],
    ['for a region', 'GM0193'],
  ])('give the single runs’ figures %s', (_, scope) => {
    const list = columns([
      { scope },
      { scope, wlzWithdrawalPercent: '25' },
      { scope, wlzWithdrawalPercent: '37,5' },
      { scope, macroBudgetEuros: '1.500.000.000' },
      { scope, steps: '5' },
      { scope, steps: '15', macroBudgetEuros: '900000000' },
    ])
    const batched = computeBatchedColumns(data, list)
    expect([...batched.keys()]).toEqual([0, 1, 2, 3, 4, 5])
    expect(list.map((_, index) => batched.get(index))).toEqual(singleRuns(list))
    // The demo data set settles the Wlz and keeps MO apart: those parts are compared too.
    expect(batched.get(0)?.wlzSettlementCents).not.toBeNull()
    expect(data.historicalMo.length).toBeGreaterThan(0)
    // The figures move with the parameters (the comparison shows differences, not one column six times).
    expect(new Set(list.map((_, i) => batched.get(i)?.wlzWithdrawalCents)).size).toBeGreaterThan(2)
  })

  it('leaves a column that differs in more than the varied parameters to a single run', () => {
    const list = columns([
      { scope: 'GM0193' },
      { scope: 'GM0193', wlzWithdrawalPercent: '25' },
      { scope: 'nation', wlzWithdrawalPercent: '25' },
    ])
    expect([...computeBatchedColumns(data, list).keys()]).toEqual([0, 1])
  })
})

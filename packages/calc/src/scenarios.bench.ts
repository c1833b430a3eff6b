// 10,000 scenario variations through the one-year pipeline at real scale (342 municipalities): the
// Wlz withdrawal from 20% to 40% and the phase-in schedule (linear 5..15 steps, outflow-derived,
// explicit) varied per scenario. Figures, never timed assertions; one pipeline run is the baseline
// measured in the same run.
import { bench, describe } from 'vitest'
import { runBudgetPipeline } from './budget-pipeline.ts'
import { createLcg, generateCountry } from './fixtures/generated-country.ts'
import type { PhaseInScheduleSpec } from './phase-in-schedule.ts'

const SCENARIOS = 10_000
const country = generateCountry(1)
const next = createLcg(42)

function outflowSchedule(): PhaseInScheduleSpec {
  const existingClientsByStep = [10_000]
  for (let k = 1; k < 10; k++)
    existingClientsByStep.push(existingClientsByStep[k - 1]! - next(0, 1_000))
  existingClientsByStep.push(0)
  return {
    kind: 'outflow',
    existingClientsByStep: existingClientsByStep.map((n) => Math.max(n, 0)),
  }
}

const scenarios = Array.from({ length: SCENARIOS }, (_, index) => {
  const kind = index % 3
  const schedule: PhaseInScheduleSpec =
    kind === 0
      ? { kind: 'linear', steps: next(5, 15) }
      : kind === 1
        ? outflowSchedule()
        : { kind: 'custom', fractions: [0, 0.05, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95, 1] }
  return {
    ...country,
    year: next(2025, 2036),
    wlzWithdrawalBasisPoints: next(2_000, 4_000),
    schedule,
  }
})

describe('10,000 scenario variations, 342 municipalities', () => {
  bench('baseline: one pipeline run', () => {
    runBudgetPipeline(country)
  })

  bench(
    '10,000 scenarios (Wlz 20–40%, schedules) through the pipeline',
    () => {
      for (const scenario of scenarios) runBudgetPipeline(scenario)
    },
    { time: 0, iterations: 2, warmupTime: 0, warmupIterations: 0 },
  )
})

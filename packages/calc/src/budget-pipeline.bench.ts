// Benchmarks at real (342) and ten times real (3,420) scale, DESIGN.md "Quality bars". Figures,
// never timed assertions; the allocator over the same municipalities is the baseline measured in
// the same run.
import { bench, describe } from 'vitest'
import { allocate } from './allocate.ts'
import { runBudgetPipeline } from './budget-pipeline.ts'
import { generateCountry } from './fixtures/generated-country.ts'
import { computePhaseInPath } from './phase-in-path.ts'
import { computeRegionRiskFigures } from './risk-figures.ts'

const YEARS = Array.from({ length: 11 }, (_, k) => 2025 + k) // year zero and ten steps

for (const [label, copies] of [
  ['342 municipalities', 1],
  ['3,420 municipalities', 10],
] as const) {
  const country = generateCountry(copies)
  const entries = country.municipalities.map((m) => ({ key: m.code, weight: m.inhabitants }))
  const first = runBudgetPipeline(country)
  const historical = first.historical
  const objective = first.objective.map(({ code, amountCents }) => ({ code, amountCents }))

  describe(label, () => {
    bench('baseline: allocate the macrobudget pro rata inhabitants', () => {
      allocate(country.macroBudgetCents, entries)
    })

    bench('pipeline for one budget year', () => {
      runBudgetPipeline(country)
    })

    bench('pipeline × 11 years (year zero + 10 steps)', () => {
      for (const year of YEARS) runBudgetPipeline({ ...country, year })
    })

    bench('phase-in path (11 years) + region risk figures', () => {
      const path = computePhaseInPath({ historical, objective, startYear: 2026 })
      computeRegionRiskFigures({ regions: country.regions, path })
    })
  })
}

// The full scenario (pipeline, 11-year path, region risks, Wlz settlement; 342 municipalities) and
// 10,000 variations of it, each against the same algorithm in plain doubles measured in the same run
// (issue 18, "Speed"). Figures, never timed assertions; the note in README.md gives the figures.
import { bench, describe } from 'vitest'
import {
  generateWlzGroups,
  runFullScenario,
  runFullScenarioInDoubles,
} from './fixtures/full-scenario.ts'
import { createLcg, generateCountry } from './fixtures/generated-country.ts'

const country = generateCountry(1)
const groups = generateWlzGroups(country)
const next = createLcg(42)
const VARIATIONS = 10_000
const variations = Array.from({ length: VARIATIONS }, () => ({
  ...country,
  wlzWithdrawalBasisPoints: next(2_000, 4_000),
  macroBudgetCents: country.macroBudgetCents + next(0, 1_000_000_000),
}))

describe('the full scenario, 342 municipalities', () => {
  bench('baseline: the same algorithm in doubles', () => {
    runFullScenarioInDoubles(country, groups)
  })
  bench('exact, client groups expanded client by client (before)', () => {
    runFullScenario(country, groups, false)
  })
  bench('exact, client groups settled with a count', () => {
    runFullScenario(country, groups, true)
  })
})

describe('10,000 variations of the full scenario (Wlz %, macrobudget)', () => {
  const once = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 }
  bench(
    'baseline: 10,000 × the same algorithm in doubles',
    () => {
      for (const variation of variations) runFullScenarioInDoubles(variation, groups)
    },
    once,
  )
  bench(
    '10,000 × exact, client groups settled with a count',
    () => {
      for (const variation of variations) runFullScenario(variation, groups, true)
    },
    once,
  )
})

// The full scenario (pipeline, 11-year path, region risks, Wlz settlement; 342 municipalities) and
// 10,000 variations of it, each against the same algorithm in plain doubles measured in the same run
// (issue 18, "Speed"). Figures, never timed assertions; the note in README.md gives the figures.
// The 10,000-variation runs also print the process's CPU time, which waiting for a core on a busy
// shared machine does not inflate (wall-clock means there are mostly queueing).
import { bench, describe } from 'vitest'
import {
  fullScenarioInput,
  generateWlzGroups,
  runFullScenario,
  runFullScenarioInDoubles,
} from './fixtures/full-scenario.ts'
import { createLcg, generateCountry } from './fixtures/generated-country.ts'
import { prepareScenarioBatch } from './scenario-batch.ts'

const country = generateCountry(1)
const groups = generateWlzGroups(country)
const next = createLcg(42)
const VARIATIONS = 10_000
const varied = Array.from({ length: VARIATIONS }, () => ({
  wlzWithdrawalBasisPoints: next(2_000, 4_000),
  macroBudgetCents: country.macroBudgetCents + next(0, 1_000_000_000),
}))
const variations = varied.map((variation) => ({ ...country, ...variation }))
const base = fullScenarioInput(country, groups)

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

/** Runs fn and prints the CPU time (user + system) it took, in total and per variation. */
function reportCpuTime(label: string, fn: () => void): void {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  const ms = (used.user + used.system) / 1000
  console.log(`CPU time, ${label}: ${ms.toFixed(0)} ms (${(ms / VARIATIONS).toFixed(3)} ms each)`)
}

describe('10,000 variations of the full scenario (Wlz %, macrobudget)', () => {
  const once = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 }
  bench(
    'baseline: 10,000 × the same algorithm in doubles',
    () => {
      reportCpuTime('10,000 × doubles', () => {
        for (const variation of variations) runFullScenarioInDoubles(variation, groups)
      })
    },
    once,
  )
  bench(
    '10,000 × exact, client groups settled with a count',
    () => {
      reportCpuTime('10,000 × exact', () => {
        for (const variation of variations) runFullScenario(variation, groups, true)
      })
    },
    once,
  )
  bench(
    'exact batch: prepared once, 10,000 variations (prepareScenarioBatch)',
    () => {
      reportCpuTime('10,000 × exact batch, preparation included', () => {
        const batch = prepareScenarioBatch(base)
        for (const variation of varied) batch.run(variation)
      })
    },
    { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 },
  )
})

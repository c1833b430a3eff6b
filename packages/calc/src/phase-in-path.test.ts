import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blendDistributions } from './blend.ts'
import { municipalityCodes } from './fixtures/arbitraries.ts'
import { computePhaseInPath } from './phase-in-path.ts'
import type { MunicipalityAmount } from './regions.ts'
import { ZWOLLE_HISTORICAL_AMOUNTS, ZWOLLE_OBJECTIVE_AMOUNTS } from './fixtures/zwolle.ts'

const sumOf = (amounts: readonly MunicipalityAmount[]) =>
  amounts.reduce((sum, a) => sum + a.amountCents, 0)
const amountOf = (amounts: readonly MunicipalityAmount[], code: string) =>
  amounts.find((a) => a.code === code)?.amountCents ?? 0

/** The linear path in `steps` steps between two distributions. */
const linearPath = ({ historical, objective }: { historical: MunicipalityAmount[]; objective: MunicipalityAmount[] }, steps: number, startYear = 2022) =>
  computePhaseInPath({ historical, objective, startYear, schedule: { kind: 'linear', steps } })

/** Two distributions of one total over the same codes; the objective moves money between codes. */
function distributionPair(multipleOf: number) {
  return municipalityCodes(20).chain((codes) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), {
          minLength: codes.length,
          maxLength: codes.length,
        }),
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: codes.length, maxLength: codes.length }),
      )
      .map(([historical, moves]) => {
        // Each code gives away up to its whole amount, in whole multiples, to the code after it.
        const objective = [...historical]
        codes.forEach((_, i) => {
          const give = Math.min(
            objective[i]! - (objective[i]! % multipleOf),
            moves[i]! * multipleOf,
          )
          objective[i]! -= give
          objective[(i + 1) % codes.length]! += give
        })
        return {
          historical: codes.map((code, i) => ({ code, amountCents: historical[i]! })),
          objective: codes.map((code, i) => ({ code, amountCents: objective[i]! })),
        }
      }),
  )
}

describe('computePhaseInPath', () => {
  it('pays region Zwolle €137,461,667 in linear step 1 of 10 (DOMAIN.md §8: 0.9 × 140,096,291 + 0.1 × 113,750,051)', () => {
    const path = computePhaseInPath({
      historical: ZWOLLE_HISTORICAL_AMOUNTS,
      objective: ZWOLLE_OBJECTIVE_AMOUNTS,
      startYear: 2026,
    })
    const step1 = path.years[1]!
    expect(step1).toMatchObject({ year: 2026, step: 1, fraction: 0.1 })
    expect(amountOf(step1.amounts, 'GM0193') + amountOf(step1.amounts, 'GM0148')).toBe(
      13_746_166_700,
    )
    expect(path.years[0]).toMatchObject({ year: 2025, step: 0, fraction: 0 })
    expect(path.years.at(-1)).toMatchObject({ year: 2035, step: 10, fraction: 1 })
  })

  it('starts at the historical and ends at the objective distribution exactly (fast-check)', () => {
    fc.assert(
      fc.property(
        distributionPair(1),
        fc.integer({ min: 1, max: 12 }),
        ({ historical, objective }, steps) => {
          const path = linearPath({ historical, objective }, steps, 2026)
          expect(path.years).toHaveLength(steps + 1)
          expect(path.years[0]!.amounts).toEqual(historical)
          expect(path.years.at(-1)!.amounts).toEqual(objective)
        },
      ),
    )
  })

  it('keeps every cent in every year and stays between the two ends (fast-check)', () => {
    fc.assert(
      fc.property(
        distributionPair(1),
        fc.integer({ min: 1, max: 12 }),
        ({ historical, objective }, steps) => {
          const path = linearPath({ historical, objective }, steps)
          const total = sumOf(historical)
          for (const year of path.years) {
            expect(sumOf(year.amounts)).toBe(total)
            year.amounts.forEach((amount, i) => {
              const low = Math.min(historical[i]!.amountCents, objective[i]!.amountCents)
              const high = Math.max(historical[i]!.amountCents, objective[i]!.amountCents)
              expect(amount.amountCents).toBeGreaterThanOrEqual(low)
              expect(amount.amountCents).toBeLessThanOrEqual(high)
            })
          }
        },
      ),
    )
  })

  // Largest remainder is not monotone in sub-cent steps (the Alabama paradox); once every
  // municipality moves at least a cent per step, each one's amounts move monotonically from
  // historical to objective.
  it('moves every municipality monotonically when each step moves it at least a cent (fast-check)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((steps) => fc.tuple(fc.constant(steps), distributionPair(steps))),
        ([steps, { historical, objective }]) => {
          const path = linearPath({ historical, objective }, steps)
          historical.forEach((start, i) => {
            const rising = objective[i]!.amountCents >= start.amountCents
            for (let k = 1; k < path.years.length; k++) {
              const before = path.years[k - 1]!.amounts[i]!.amountCents
              const after = path.years[k]!.amounts[i]!.amountCents
              if (rising) expect(after).toBeGreaterThanOrEqual(before)
              else expect(after).toBeLessThanOrEqual(before)
            }
          })
        },
      ),
    )
  })

  it('moves monotonically to within a cent for any data and an outflow schedule (fast-check)', () => {
    const outflow = fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 10 }).map((drops) => {
      const start = drops.reduce((sum, drop) => sum + drop, 0) + 1
      let left = start
      return [start, ...drops.map((drop) => (left -= drop)).slice(0, -1), 0]
    })
    fc.assert(
      fc.property(
        distributionPair(1),
        outflow,
        ({ historical, objective }, existingClientsByStep) => {
          const path = computePhaseInPath({
            historical,
            objective,
            startYear: 2022,
            schedule: { kind: 'outflow', existingClientsByStep },
          })
          historical.forEach((start, i) => {
            const direction = Math.sign(objective[i]!.amountCents - start.amountCents)
            for (let k = 1; k < path.years.length; k++) {
              const change =
                path.years[k]!.amounts[i]!.amountCents - path.years[k - 1]!.amounts[i]!.amountCents
              expect(change * direction).toBeGreaterThanOrEqual(-1)
            }
          })
        },
      ),
    )
  })

  it('permutes its output when its input is permuted, and repeats itself (fast-check)', () => {
    fc.assert(
      fc.property(distributionPair(1), ({ historical, objective }) => {
        const path = computePhaseInPath({ historical, objective, startYear: 2022 })
        const again = computePhaseInPath({
          historical: [...historical].reverse(),
          objective: [...objective].reverse(),
          startYear: 2022,
        })
        path.years.forEach((year, k) =>
          expect(again.years[k]!.amounts).toEqual([...year.amounts].reverse()),
        )
        expect(computePhaseInPath({ historical, objective, startYear: 2022 })).toEqual(path)
      }),
    )
  })

  it('rejects distributions with different totals as TOTAL_MISMATCH', () => {
    expect(() =>
      computePhaseInPath({
        historical: [{ code: 'GM0193', amountCents: 100 }],
        objective: [{ code: 'GM0193', amountCents: 99 }],
        startYear: 2026,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'TOTAL_MISMATCH',
        message: expect.stringMatching(/100 cents.*99 cents/),
      }),
    )
  })

  it('rejects a historical amount for a code without an objective amount', () => {
    expect(() =>
      computePhaseInPath({
        historical: [{ code: 'GM9999', amountCents: 1 }],
        objective: [{ code: 'GM0193', amountCents: 1 }],
        startYear: 2026,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MUNICIPALITY', path: ['historical', 0, 'code'] }),
    )
  })
})

describe('blendDistributions', () => {
  it('blends one step with an explicit fraction, keeping every cent', () => {
    const blended = blendDistributions({
      historical: [{ code: 'GM0001', amountCents: 10 }],
      objective: [
        { code: 'GM0001', amountCents: 3 },
        { code: 'GM0002', amountCents: 3 },
        { code: 'GM0003', amountCents: 4 },
      ],
      fraction: 1 / 3,
    })
    // exact: 7.666…, 0.999…, 1.333… of 10 cents: floors 7, 0, 1 and the two leftover cents to
    // GM0002 and GM0001
    expect(blended.map((a) => a.amountCents)).toEqual([8, 1, 1])
    expect(sumOf(blended)).toBe(10)
  })

  it.each([-0.1, 1.5])('rejects the fraction %f as OUT_OF_RANGE', (fraction) => {
    expect(() =>
      blendDistributions({
        historical: [],
        objective: [{ code: 'GM0001', amountCents: 0 }],
        fraction,
      }),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', path: ['fraction'] }))
  })
})

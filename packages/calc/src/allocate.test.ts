import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocate } from './allocate.ts'
import { isCalcError } from './errors.ts'
import { cents, permutation, weightedEntries } from './fixtures/arbitraries.ts'
import { explainLargestRemainderViolation } from './fixtures/largest-remainder.ts'
import { MUNICIPALITIES } from './fixtures/municipalities.ts'

const amountsOf = (shares: readonly { amountCents: number }[]) =>
  shares.map((share) => share.amountCents)

describe('allocate', () => {
  it('gives 13 cents over weights 2:3:5 as 3/4/6 (STYLE.md §6; dinero would give 2/4/7)', () => {
    const shares = allocate(13, [
      { key: 'a', weight: 2 },
      { key: 'b', weight: 3 },
      { key: 'c', weight: 5 },
    ])
    expect(shares).toEqual([
      { key: 'a', amountCents: 3 },
      { key: 'b', amountCents: 4 },
      { key: 'c', amountCents: 6 },
    ])
  })

  it('keeps every cent when 1003 is split 50/50, the odd cent to the ascending code', () => {
    const shares = allocate(1003, [
      { key: 'GM0193', weight: 1 },
      { key: 'GM0014', weight: 1 },
    ])
    expect(amountsOf(shares)).toEqual([501, 502])
  })

  it('breaks equal remainders by the ascending key, whatever the input order', () => {
    const entries = ['GM0363', 'GM0014', 'GM0599'].map((key) => ({ key, weight: 1 }))
    const shares = allocate(2, entries)
    expect(shares.filter((share) => share.amountCents === 1).map((share) => share.key)).toEqual([
      'GM0363',
      'GM0014',
    ])
  })

  it('reads decimal weights as decimals: 0.1 : 0.2 : 0.3 splits like 1 : 2 : 3', () => {
    const keys = ['a', 'b', 'c']
    const decimal = allocate(
      1001,
      [0.1, 0.2, 0.3].map((weight, i) => ({ key: keys[i]!, weight })),
    )
    const whole = allocate(
      1001,
      [1, 2, 3].map((weight, i) => ({ key: keys[i]!, weight })),
    )
    expect(decimal).toEqual(whole)
    expect(amountsOf(whole)).toEqual([167, 334, 500])
  })

  it('accepts bigint weights beyond 2^53', () => {
    const shares = allocate(10, [
      { key: 'a', weight: 2n ** 60n },
      { key: 'b', weight: 2n ** 60n * 3n },
    ])
    expect(amountsOf(shares)).toEqual([3, 7])
  })

  it('gives zero weight nothing', () => {
    expect(
      amountsOf(
        allocate(5, [
          { key: 'a', weight: 0 },
          { key: 'b', weight: 7 },
        ]),
      ),
    ).toEqual([0, 5])
  })

  it('splits €4 billion over the 342 real inhabitant counts exactly (products above 2^53)', () => {
    const totalCents = 400_000_000_000
    expect(totalCents * 244_829).toBeGreaterThan(Number.MAX_SAFE_INTEGER)
    const entries = MUNICIPALITIES.map((m) => ({ key: m.code, weight: m.inhabitants }))
    const amounts = amountsOf(allocate(totalCents, entries))
    expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(totalCents)
    expect(amounts.every(Number.isSafeInteger)).toBe(true)
    const violation = explainLargestRemainderViolation(
      totalCents,
      entries.map((entry) => BigInt(entry.weight)),
      entries.map((entry) => entry.key),
      amounts,
    )
    expect(violation).toBeNull()
    // Groningen (GM0014, 244,829 of 18,130,231 inhabitants): 400e9 × 244,829 / 18,130,231 =
    // 5,401,563,830.047…
    expect(amounts[0]).toBe(5_401_563_830)
  })

  it('is a largest-remainder split for any total and weights (fast-check)', () => {
    fc.assert(
      fc.property(cents, weightedEntries(), (total, entries) => {
        fc.pre(total === 0 || entries.some((entry) => entry.weight > 0))
        const amounts = amountsOf(allocate(total, entries))
        const violation = explainLargestRemainderViolation(
          total,
          entries.map((entry) => BigInt(entry.weight)),
          entries.map((entry) => entry.key),
          amounts,
        )
        expect(violation).toBeNull()
      }),
    )
  })

  it('keeps every cent: parts sum to the total (fast-check)', () => {
    fc.assert(
      fc.property(cents, weightedEntries(), (total, entries) => {
        fc.pre(entries.some((entry) => entry.weight > 0))
        const sum = amountsOf(allocate(total, entries)).reduce((acc, amount) => acc + amount, 0)
        expect(sum).toBe(total)
      }),
    )
  })

  it('gives zero out for zero in, also over zero weights (fast-check)', () => {
    fc.assert(
      fc.property(weightedEntries(), (entries) => {
        expect(amountsOf(allocate(0, entries)).every((amount) => amount === 0)).toBe(true)
        const zeroWeights = entries.map((entry) => ({ ...entry, weight: 0 }))
        expect(amountsOf(allocate(0, zeroWeights)).every((amount) => amount === 0)).toBe(true)
      }),
    )
  })

  it('permutes its output when its input is permuted (fast-check)', () => {
    fc.assert(
      fc.property(
        cents,
        weightedEntries().chain((entries) =>
          fc.tuple(fc.constant(entries), permutation(entries.length)),
        ),
        (total, [entries, order]) => {
          fc.pre(entries.some((entry) => entry.weight > 0))
          const byKey = new Map(
            allocate(total, entries).map((share) => [share.key, share.amountCents]),
          )
          const permuted = allocate(
            total,
            order.map((index) => entries[index]!),
          )
          for (const share of permuted) expect(share.amountCents).toBe(byKey.get(share.key))
        },
      ),
    )
  })

  it('gives the same output for the same input (fast-check)', () => {
    fc.assert(
      fc.property(cents, weightedEntries(), (total, entries) => {
        fc.pre(entries.some((entry) => entry.weight > 0))
        expect(allocate(total, entries)).toEqual(allocate(total, structuredClone(entries)))
      }),
    )
  })

  it('scales: doubling every weight changes nothing (fast-check)', () => {
    fc.assert(
      fc.property(cents, weightedEntries(), (total, entries) => {
        fc.pre(entries.some((entry) => entry.weight > 0))
        const doubled = entries.map((entry) => ({ ...entry, weight: entry.weight * 2 }))
        expect(allocate(total, doubled)).toEqual(allocate(total, entries))
      }),
    )
  })

  it.each([
    ['a negative total', -1, [{ key: 'a', weight: 1 }], 'NEGATIVE_AMOUNT'],
    ['a fractional total', 1.5, [{ key: 'a', weight: 1 }], 'NOT_AN_INTEGER'],
    ['an infinite total', Infinity, [{ key: 'a', weight: 1 }], 'NOT_FINITE'],
    ['a total above 2^53', 2 ** 53, [{ key: 'a', weight: 1 }], 'UNSAFE_INTEGER'],
    ['a NaN weight', 1, [{ key: 'a', weight: Number.NaN }], 'NOT_FINITE'],
    ['a negative weight', 1, [{ key: 'a', weight: -2 }], 'NEGATIVE_WEIGHT'],
    [
      'a repeated key',
      1,
      [
        { key: 'a', weight: 1 },
        { key: 'a', weight: 1 },
      ],
      'DUPLICATE_KEY',
    ],
    ['cents over zero weights', 1, [{ key: 'a', weight: 0 }], 'ZERO_TOTAL_WEIGHT'],
    ['cents over no entries', 1, [], 'ZERO_TOTAL_WEIGHT'],
  ] as const)('rejects %s', (_, total, entries, code) => {
    expect(() => allocate(total, entries)).toThrow(expect.objectContaining({ code }))
  })

  it('names the field and the value in its error', () => {
    try {
      allocate(10, [
        { key: 'GM0014', weight: 1 },
        { key: 'GM0034', weight: -3 },
      ])
      expect.unreachable()
    } catch (error) {
      expect(isCalcError(error, 'NEGATIVE_WEIGHT')).toBe(true)
      if (!isCalcError(error)) return
      expect(error.path).toEqual(['entries', 1, 'weight'])
      expect(error.message).toBe('entries[1].weight must not be negative; got -3')
    }
  })
})

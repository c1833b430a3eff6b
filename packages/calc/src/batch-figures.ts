// The per-variation parts of the batch (scenario-batch.ts) after the path: region sums with their
// risk figures, and the Wlz settlement as actual − ex ante with the clients settled once. Internal.
import { basisPointsOf, type YearlyChange } from './risk-figures.ts'
import type { ScenarioBatchBase } from './scenario-batch.ts'
import type { VariationRegion } from './variation-result.ts'
import { settleWlzExPost } from './wlz-settlement.ts'
import { itemAt } from './checked.ts'

/** Thrown inside a variation to hand it to the single path (which then throws its CalcError). */
export class NotInBatch extends Error {}

const MAX_SAFE = Number.MAX_SAFE_INTEGER

export function regionFigures(
  codes: readonly string[],
  regionOf: Int32Array,
  years: readonly { year: number; amounts: Float64Array }[],
): VariationRegion[] {
  const count = years.length
  const sums = new Float64Array(codes.length * count)
  for (let k = 0; k < count; k++) {
    const amounts = itemAt(years, k).amounts
    for (let i = 0; i < amounts.length; i++) {
      const region = regionOf[i] ?? -1
      if (region !== -1)
        sums[region * count + k] = (sums[region * count + k] ?? 0) + (amounts[i] ?? 0)
    }
  }
  // Non-negative cents: a sum that ends safe was exact at every step.
  for (const sum of sums) if (!Number.isSafeInteger(sum)) throw new NotInBatch()
  return codes.map((code, r) => {
    const amountsByYear = sums.subarray(r * count, (r + 1) * count)
    let largestDecline: YearlyChange | null = null
    for (let k = 1; k < count; k++) {
      const previous = amountsByYear[k - 1] ?? 0
      const change = (amountsByYear[k] ?? 0) - previous
      if (change < 0 && (largestDecline === null || change < largestDecline.changeCents)) {
        largestDecline = {
          year: itemAt(years, k).year,
          changeCents: change,
          changeBasisPoints: basisPointsOf(change, previous),
        }
      }
    }
    const historicalCents = amountsByYear[0] ?? 0
    const objectiveCents = amountsByYear[count - 1] ?? 0
    const changeCents = objectiveCents - historicalCents
    return {
      code,
      amountsByYear,
      historicalCents,
      objectiveCents,
      changeCents,
      changeBasisPoints: basisPointsOf(changeCents, historicalCents),
      largestDecline,
    }
  })
}

// The clients' side of the settlement does not vary: settled once with no ex ante, each variation
// subtracts its ex ante (settlement = actual − ex ante − previous round).
export function prepareSettlement(
  base: ScenarioBatchBase,
  wlz: NonNullable<ScenarioBatchBase['wlz']>,
) {
  const once = settleWlzExPost({
    centralMunicipalities: wlz.centralMunicipalities.map((c) => ({ ...c, exAnteCents: 0 })),
    ...(wlz.parameters ? { parameters: wlz.parameters } : {}),
  })
  const disappearing = Float64Array.from(once.lines, (line) => line.disappearingCostsCents)
  const withoutExAnte = Float64Array.from(once.lines, (line) => line.settlementCents)
  const magnitude = Float64Array.from(
    once.lines,
    (line) => Math.abs(line.actualCents) + Math.abs(line.previousSettlementCents),
  )
  const shareCodes = (base.wlzShares ?? base.historicalShares).map((s) => s.code)
  const shareIndex = new Map(shareCodes.map((code, i) => [code, i]))
  const centreShare = Int32Array.from(once.lines, (line) => shareIndex.get(line.code) ?? -1)
  const exAnteOf = (amounts: Float64Array) => {
    const exAnte = new Float64Array(centreShare.length)
    for (let i = 0; i < exAnte.length; i++) {
      const at = centreShare[i] ?? -1
      exAnte[i] = at === -1 ? 0 : (amounts[at] ?? 0)
    }
    return exAnte
  }
  return {
    exAnteOf,
    settle(exAnte: Float64Array) {
      const settlementCents = new Float64Array(exAnte.length)
      let total = 0
      let totalMagnitude = 0
      for (let i = 0; i < exAnte.length; i++) {
        const cents = exAnte[i] ?? 0
        // Exact in doubles while |actual| + ex ante + |previous| is a safe integer.
        if ((magnitude[i] ?? 0) + cents > MAX_SAFE) throw new NotInBatch()
        const value = (withoutExAnte[i] ?? 0) - cents
        settlementCents[i] = value
        total += value
        totalMagnitude += Math.abs(value)
      }
      if (totalMagnitude > MAX_SAFE) throw new NotInBatch()
      return {
        disappearingCostsCents: disappearing,
        exAnteCents: exAnte,
        settlementCents,
        totalSettlementCents: total,
      }
    },
  }
}

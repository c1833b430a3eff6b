// The per-variation parts of the batch (scenario-batch.ts) after the path: region sums with their
// risk figures, and the Wlz settlement as actual − ex ante with the clients settled once. Internal.
import { basisPointsOf, type YearlyChange } from './risk-figures.ts'
import type { ScenarioBatchBase } from './scenario-batch.ts'
import type { VariationRegion } from './variation-result.ts'
import { settleWlzExPost } from './wlz-settlement.ts'
import type { TakeCents } from './cents-slab.ts'
import { itemAt } from './checked.ts'

/** Thrown inside a variation to hand it to the single path (which then throws its CalcError). */
export class NotInBatch extends Error {}

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/** The regions' members as positions, by region: region r's are members[starts[r]..starts[r + 1]). */
export interface RegionMembers {
  readonly codes: readonly string[]
  readonly members: Int32Array
  readonly starts: Int32Array
}

/** The regions' members by their positions among the municipalities (unknown codes left out). */
export function regionMembers(
  regions: readonly { code: string; memberCodes: readonly string[] }[],
  position: ReadonlyMap<string, number>,
): RegionMembers {
  const members: number[] = []
  const starts = [0]
  for (const region of regions) {
    for (const code of region.memberCodes) {
      const at = position.get(code)
      if (at !== undefined) members.push(at)
    }
    starts.push(members.length)
  }
  return {
    codes: regions.map((r) => r.code),
    members: Int32Array.from(members),
    starts: Int32Array.from(starts),
  }
}

export function regionFigures(
  { codes, members, starts }: RegionMembers,
  years: readonly { year: number; amounts: Float64Array }[],
  take: TakeCents,
): VariationRegion[] {
  const count = years.length
  const sums = take(codes.length * count)
  for (let k = 0; k < count; k++) {
    const amounts = itemAt(years, k).amounts
    for (let r = 0; r < codes.length; r++) {
      // Each region's sum in a local: no read-modify-write through memory per member.
      let sum = 0
      const end = starts[r + 1] ?? 0
      for (let m = starts[r] ?? 0; m < end; m++) sum += amounts[members[m] ?? 0] ?? 0
      sums[r * count + k] = sum
    }
  }
  // Non-negative cents: a sum that ends safe was exact at every step.
  for (let i = 0; i < sums.length; i++) if (!((sums[i] ?? 0) <= MAX_SAFE)) throw new NotInBatch()
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
  take: TakeCents,
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
    const exAnte = take(centreShare.length)
    for (let i = 0; i < exAnte.length; i++) {
      const at = centreShare[i] ?? -1
      exAnte[i] = at === -1 ? 0 : (amounts[at] ?? 0)
    }
    return exAnte
  }
  return {
    exAnteOf,
    settle(exAnte: Float64Array) {
      const settlementCents = take(exAnte.length)
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

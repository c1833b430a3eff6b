// A region's amount is the sum of its members' (DOMAIN.md §6.1, §6.6). A region is identified by
// its centrumgemeente's CBS code (DESIGN.md, Data); membership is data, and the number of regions
// is data.
import { CalcError, formatPath, type CalcErrorPath } from './errors.ts'
import { isCents, requireCents, requireUniqueKeys, toSafeNumber } from './guards.ts'
import { mapValue } from './checked.ts'

/** A region: its centrumgemeente's code and its member municipalities' codes. */
export interface Region {
  readonly code: string
  readonly memberCodes: readonly string[]
}

/** An amount in cents for one municipality. */
export interface MunicipalityAmount {
  readonly code: string
  readonly amountCents: number
}

/** A region's total in cents: the sum of its members' amounts. */
export interface RegionAmount {
  readonly code: string
  readonly amountCents: number
}

/**
 * Checks regions against the known municipality codes and returns member code → region code. Throws
 * EMPTY_REGION, UNKNOWN_MUNICIPALITY, OVERLAPPING_MEMBERSHIP or DUPLICATE_KEY. Internal.
 */
export function indexMemberships(
  regions: readonly Region[],
  knownCodes: ReadonlySet<string>,
  path: CalcErrorPath = ['regions'],
): Map<string, string> {
  requireUniqueKeys(
    regions.map((region) => region.code),
    path,
    'code',
  )
  const regionOf = new Map<string, string>()
  regions.forEach((region, regionIndex) => {
    if (region.memberCodes.length === 0) {
      throw new CalcError(
        'EMPTY_REGION',
        `region ${region.code} at ${formatPath([...path, regionIndex])} has no members`,
        {
          path: [...path, regionIndex, 'memberCodes'],
          details: { regionCode: region.code },
        },
      )
    }
    region.memberCodes.forEach((memberCode, memberIndex) => {
      const other = regionOf.get(memberCode)
      if (knownCodes.has(memberCode) && other === undefined) {
        regionOf.set(memberCode, region.code)
        return
      }
      // Only a failing member gets its error path (issue 18, speed).
      const memberPath = [...path, regionIndex, 'memberCodes', memberIndex]
      if (!knownCodes.has(memberCode)) {
        throw new CalcError(
          'UNKNOWN_MUNICIPALITY',
          `region ${region.code} lists ${memberCode} at ${formatPath(memberPath)}, which is not among the municipalities`,
          { path: memberPath, details: { regionCode: region.code, municipalityCode: memberCode } },
        )
      }
      if (other !== undefined) {
        throw new CalcError(
          'OVERLAPPING_MEMBERSHIP',
          `${memberCode} is a member of both region ${other} and region ${region.code} (${formatPath(memberPath)})`,
          {
            path: memberPath,
            details: {
              municipalityCode: memberCode,
              regionCode: region.code,
              otherRegionCode: other,
            },
          },
        )
      }
    })
  })
  return regionOf
}

/**
 * Reads amounts into a code → cents map, checking codes are unique and amounts are valid cents.
 * Internal.
 */
export function indexAmounts(
  amounts: readonly MunicipalityAmount[],
  path: CalcErrorPath,
): Map<string, number> {
  requireUniqueKeys(
    amounts.map((amount) => amount.code),
    path,
    'code',
  )
  const byCode = new Map<string, number>()
  amounts.forEach((amount, index) => {
    if (!isCents(amount.amountCents))
      requireCents(amount.amountCents, [...path, index, 'amountCents'])
    byCode.set(amount.code, amount.amountCents)
  })
  return byCode
}

/**
 * Sums municipality amounts (cents) per region, in the regions' order. Throws CalcError for an
 * empty region, a member without an amount (UNKNOWN_MUNICIPALITY), a municipality in two regions,
 * or a repeated code.
 */
export function sumByRegion(input: {
  readonly regions: readonly Region[]
  readonly amounts: readonly MunicipalityAmount[]
}): RegionAmount[] {
  const byCode = indexAmounts(input.amounts, ['amounts'])
  indexMemberships(input.regions, new Set(byCode.keys()))
  return input.regions.map((region, index) => {
    let total = 0n
    for (const memberCode of region.memberCodes) total += BigInt(mapValue(byCode, memberCode))
    return {
      code: region.code,
      amountCents: toSafeNumber(total, ['regions', index, 'amountCents']),
    }
  })
}

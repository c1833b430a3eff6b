// Which region a municipality counts in for a period: the indeling valid on the period's last day.
import { itemAt } from '@bt/domain'

/** One membership of the regional indeling; validTo is exclusive, null while it holds. */
export interface Membership {
  municipalityCode: string
  regionCode: string
  validFrom: string
  validTo: string | null
}

/** The indeling used for a date: municipality → region, the date it was valid from, and a note when it is a fallback. */
export interface IndelingOnDate {
  regionOf: ReadonlyMap<string, string>
  /** The date whose memberships were used (the requested date, or the earliest indeling's start). */
  asOf: string
  /** Dutch note shown beside figures from before the first indeling: "indeling van 2025-01-01". */
  note: string | null
}

function holdsOn(m: Membership, date: string): boolean {
  return m.validFrom <= date && (m.validTo === null || m.validTo > date)
}

/**
 * The memberships valid on date. A date before the first imported indeling uses the earliest one and
 * says so ("indeling van <datum>"): a municipality that moved region later still counts where it was then.
 */
export function indelingOn(memberships: readonly Membership[], date: string): IndelingOnDate {
  if (memberships.length === 0) return { regionOf: new Map(), asOf: date, note: null }
  const earliest = memberships.reduce((min, m) => (m.validFrom < min ? m.validFrom : min), itemAt(memberships, 0).validFrom)
  const asOf = date < earliest ? earliest : date
  const regionOf = new Map<string, string>()
  for (const m of memberships) if (holdsOn(m, asOf)) regionOf.set(m.municipalityCode, m.regionCode)
  return { regionOf, asOf, note: date < earliest ? `indeling van ${earliest}` : null }
}

/** The municipalities of each region under one indeling, codes sorted. */
export function membersByRegion(indeling: IndelingOnDate): Map<string, string[]> {
  const members = new Map<string, string[]>()
  for (const [municipality, region] of indeling.regionOf) {
    const list = members.get(region) ?? []
    list.push(municipality)
    members.set(region, list)
  }
  for (const list of members.values()) list.sort()
  return members
}

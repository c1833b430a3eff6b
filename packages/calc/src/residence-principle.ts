// Woonplaatsbeginsel (DOMAIN.md §6.4, §8; seeds 000 §2.5, 003; bill Tweede Kamer 36288): who pays
// for one client.
//  1. If earlier BW ended less than 12 months before the reference date (or still runs), the
//     municipality that last provided it stays responsible.
//  2. Otherwise the municipality of the client's BRP address on the day before the reference date:
//     the day before the application, or before the start of BW (never the facility's address
//     after moving in).
//  3. Where no address can be established, the municipality where the client reports, with the
//     safety net.
// The history is special-category personal data (GDPR art. 9): calc computes and returns; it keeps
// nothing.
import { addMonths, formatIsoDate, parseIsoDate, parsePeriod } from './dates.ts'
import { CalcError } from './errors.ts'
import { requireIntegerInRange } from './guards.ts'
import { itemAt } from './checked.ts'

/** A BRP address registration, inclusive dates; no endDate while still registered there. */
export interface AddressPeriod {
  readonly municipalityCode: string
  readonly startDate: string
  readonly endDate?: string
}

/**
 * An earlier BW episode and the municipality that provided it, inclusive dates; no endDate while it
 * runs.
 */
export interface BwEpisode {
  readonly providingMunicipalityCode: string
  readonly startDate: string
  readonly endDate?: string
}

/**
 * One client's history; the reference date is the earlier of applicationDate and bwStartDate (at
 * least one).
 */
export interface ResidenceInput {
  readonly applicationDate?: string
  readonly bwStartDate?: string
  readonly reportingMunicipalityCode: string
  readonly addresses: readonly AddressPeriod[]
  readonly bwEpisodes: readonly BwEpisode[]
  /**
   * How many months after earlier BW ended its provider stays responsible; default 12 (bill 36288,
   * not in force: the period can change).
   */
  readonly recentBwMonths?: number
}

/** The bill's period (Tweede Kamer 36288): earlier BW that ended less than 12 months before. */
export const DEFAULT_RECENT_BW_MONTHS = 12

/**
 * Why a municipality is responsible: the 12-month rule, the address on the day before, or the
 * safety net.
 */
export type ResidenceReason =
  'RECENT_BW_PROVIDER' | 'ADDRESS_ON_DAY_BEFORE' | 'REPORTING_MUNICIPALITY'

/** The decision with the dates and municipalities it rests on. */
export interface ResidenceDecision {
  readonly responsibleMunicipalityCode: string
  readonly reason: ResidenceReason
  readonly safetyNet: boolean
  readonly referenceDate: string
  readonly referenceKind: 'application' | 'bwStart'
  readonly dayBeforeDate: string
  /**
   * The latest earlier BW episode, and the last reference date (inclusive) the 12-month rule
   * covers; null if none.
   */
  readonly lastBwEpisode: (BwEpisode & { readonly ruleAppliesUntilDate: string | null }) | null
  /** The address registered on the day before; null when none was. */
  readonly addressOnDayBefore: AddressPeriod | null
}

/**
 * Decides the responsible municipality for one client under the woonplaatsbeginsel, with the reason
 * and the dates used. Throws CalcError: MISSING_VALUE without a reference date, INVALID_DATE for a
 * malformed date, INVALID_PERIOD for a period ending before it starts or for overlapping address
 * registrations.
 */
export function determineResponsibleMunicipality(input: ResidenceInput): ResidenceDecision {
  const { referenceDay, referenceKind } = readReference(input)
  const dayBefore = referenceDay - 1
  const addresses = input.addresses.map((address, index) => ({
    address,
    ...parsePeriod(address.startDate, address.endDate, ['addresses', index]),
  }))
  requireNoOverlap(addresses)
  const episodes = input.bwEpisodes.map((episode, index) => ({
    episode,
    ...parsePeriod(episode.startDate, episode.endDate, ['bwEpisodes', index]),
  }))

  // The latest earlier episode: started before the reference date, latest end (a running one ends
  // at +Infinity).
  let last: (typeof episodes)[number] | undefined
  for (const candidate of episodes) {
    if (candidate.start >= referenceDay) continue
    if (
      last === undefined ||
      candidate.end > last.end ||
      (candidate.end === last.end && candidate.start > last.start)
    ) {
      last = candidate
    }
  }
  // "Less than 12 months": the rule holds while the reference date is before the same day 12 months
  // after the end.
  const months = requireIntegerInRange(
    input.recentBwMonths ?? DEFAULT_RECENT_BW_MONTHS,
    ['recentBwMonths'],
    0,
    120,
  )
  const ruleEnd =
    last === undefined || last.end === Infinity ? Infinity : addMonths(last.end, months)
  const lastBwEpisode =
    last === undefined
      ? null
      : {
          ...last.episode,
          ruleAppliesUntilDate: ruleEnd === Infinity ? null : formatIsoDate(ruleEnd - 1),
        }
  const address = addresses.find(
    (candidate) => candidate.start <= dayBefore && dayBefore <= candidate.end,
  )
  const common = {
    referenceDate: formatIsoDate(referenceDay),
    referenceKind,
    dayBeforeDate: formatIsoDate(dayBefore),
    lastBwEpisode,
    addressOnDayBefore: address?.address ?? null,
  }
  if (last !== undefined && referenceDay < ruleEnd) {
    return {
      responsibleMunicipalityCode: last.episode.providingMunicipalityCode,
      reason: 'RECENT_BW_PROVIDER',
      safetyNet: false,
      ...common,
    }
  }
  if (address !== undefined) {
    return {
      responsibleMunicipalityCode: address.address.municipalityCode,
      reason: 'ADDRESS_ON_DAY_BEFORE',
      safetyNet: false,
      ...common,
    }
  }
  return {
    responsibleMunicipalityCode: input.reportingMunicipalityCode,
    reason: 'REPORTING_MUNICIPALITY',
    safetyNet: true,
    ...common,
  }
}

function readReference(input: ResidenceInput): {
  referenceDay: number
  referenceKind: 'application' | 'bwStart'
} {
  const application =
    input.applicationDate === undefined
      ? undefined
      : parseIsoDate(input.applicationDate, ['applicationDate'])
  const start =
    input.bwStartDate === undefined ? undefined : parseIsoDate(input.bwStartDate, ['bwStartDate'])
  if (application === undefined && start === undefined) {
    throw new CalcError(
      'MISSING_VALUE',
      'applicationDate and bwStartDate are both missing: one of them sets the reference date',
      {
        path: ['applicationDate'],
        details: { what: 'applicationDate or bwStartDate' },
      },
    )
  }
  if (application !== undefined && (start === undefined || application <= start)) {
    return { referenceDay: application, referenceKind: 'application' }
  }
  // Both missing was refused above, so without an (earlier) application the start is there.
  if (start === undefined) throw new Error('unreachable: reference date missing')
  return { referenceDay: start, referenceKind: 'bwStart' }
}

// The BRP holds one address at a time; two registrations on one day leave "the address" undefined.
function requireNoOverlap(
  addresses: readonly { address: AddressPeriod; start: number; end: number }[],
): void {
  const sorted = addresses
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => a.start - b.start)
  for (let k = 1; k < sorted.length; k++) {
    const previous = itemAt(sorted, k - 1)
    const current = itemAt(sorted, k)
    if (current.start <= previous.end) {
      throw new CalcError(
        'INVALID_PERIOD',
        `addresses[${current.index}] (${current.address.municipalityCode} from ` +
          `${current.address.startDate}) overlaps addresses[${previous.index}] ` +
          `(${previous.address.municipalityCode} from ${previous.address.startDate})`,
        {
          path: ['addresses', current.index],
          details: { otherIndex: previous.index, startDate: current.address.startDate },
        },
      )
    }
  }
}

// The new-client test (DOMAIN.md §6.2; seed 000 §2.2 footnote 3, set in the BO of December 2019): a
// new client is a resident who, in the 365 days counted back from the date they report, made no
// application for and no use of a BW facility in the region where they report. The window is
// [reportDate − 365, reportDate − 1]: a use exactly 365 days before counts, one 366 days before
// does not.
import { formatIsoDate, parseIsoDate, parsePeriod } from './dates.ts'
import { CalcError } from './errors.ts'
import { requireIntegerInRange } from './guards.ts'
import { itemAt } from './checked.ts'

/** The look-back of the new-client definition, in days. */
export const NEW_CLIENT_LOOKBACK_DAYS = 365

/**
 * An earlier BW application, or a period of BW use (inclusive; no endDate while it runs), and where
 * it was.
 */
export type BwHistoryEvent =
  | { readonly kind: 'application'; readonly date: string; readonly municipalityCode: string }
  | {
      readonly kind: 'use'
      readonly startDate: string
      readonly endDate?: string
      readonly municipalityCode: string
    }

/**
 * Input of assessNewClient: the report date, the member codes of the region reported to, the
 * client's BW history.
 */
export interface NewClientInput {
  readonly reportDate: string
  readonly regionMunicipalityCodes: readonly string[]
  readonly history: readonly BwHistoryEvent[]
  /** The look-back window in days; default 365 (the bill is not in force: the period can change). */
  readonly lookbackDays?: number
}

/**
 * The verdict, the window it looked at (inclusive ISO dates) and the first history event that
 * disqualified.
 */
export interface NewClientAssessment {
  readonly isNewClient: boolean
  readonly reason: 'NO_BW_IN_WINDOW' | 'APPLICATION_IN_WINDOW' | 'USE_IN_WINDOW'
  readonly windowStartDate: string
  readonly windowEndDate: string
  readonly matchedEventIndex: number | null
}

/**
 * Tests whether a client is new: no BW application or use in the reporting region in the 365 days
 * before the report date. Throws CalcError: INVALID_DATE for a malformed date, INVALID_PERIOD for a
 * use ending before it starts, EMPTY_REGION for a region without members.
 */
export function assessNewClient(input: NewClientInput): NewClientAssessment {
  const report = parseIsoDate(input.reportDate, ['reportDate'])
  if (input.regionMunicipalityCodes.length === 0) {
    throw new CalcError(
      'EMPTY_REGION',
      'regionMunicipalityCodes is empty: the region where the client reports has no members',
      {
        path: ['regionMunicipalityCodes'],
        details: { members: 0 },
      },
    )
  }
  const region = new Set(input.regionMunicipalityCodes)
  const lookback = requireIntegerInRange(
    input.lookbackDays ?? NEW_CLIENT_LOOKBACK_DAYS,
    ['lookbackDays'],
    1,
    3_650,
  )
  const windowStart = report - lookback
  const windowEnd = report - 1
  const window = {
    windowStartDate: formatIsoDate(windowStart),
    windowEndDate: formatIsoDate(windowEnd),
  }
  const periods = input.history.map((event, index) =>
    event.kind === 'application'
      ? {
          start: parseIsoDate(event.date, ['history', index, 'date']),
          end: parseIsoDate(event.date, ['history', index, 'date']),
        }
      : parsePeriod(event.startDate, event.endDate, ['history', index]),
  )
  const index = input.history.findIndex(
    (event, k) =>
      region.has(event.municipalityCode) &&
      itemAt(periods, k).start <= windowEnd &&
      itemAt(periods, k).end >= windowStart,
  )
  if (index !== -1) {
    const reason =
      itemAt(input.history, index).kind === 'application' ? 'APPLICATION_IN_WINDOW' : 'USE_IN_WINDOW'
    return { isNewClient: false, reason, ...window, matchedEventIndex: index }
  }
  return { isNewClient: true, reason: 'NO_BW_IN_WINDOW', ...window, matchedEventIndex: null }
}

import { z } from 'zod'
import { MunicipalityCodeSchema } from '../codes.ts'
import { present } from '../checked.ts'
import { IsoDateSchema } from '../dates.ts'
import { optional, wholeNumber } from './numbers.ts'

/** The bill's periods: earlier BW less than 12 months before; no BW in the 365 days before. */
export const DEFAULT_RECENT_BW_MONTHS = 12
export const DEFAULT_NEW_CLIENT_LOOKBACK_DAYS = 365

// The woonplaatsbeginsel check (DOMAIN.md §6.2, §6.4): one client's history in, an answer out.
// The history is special-category personal data: it is never stored, logged or put in a URL.

/** How many rows of each kind the form offers (without JavaScript the rows cannot grow). */
export const RESIDENCE_FORM_ROWS = { addresses: 4, bwEpisodes: 3, applications: 3 } as const

const optionalDate = optional(IsoDateSchema)
const optionalCode = optional(MunicipalityCodeSchema)

/** Form rows arrive as { '0': {…}, '1': {…} } without JavaScript and as arrays with it; blank rows drop out. */
function rows<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(
    (value) => {
      const list = Array.isArray(value)
        ? value
        : value && typeof value === 'object'
          ? Object.values(value)
          : []
      return list.map((row: unknown) => (row && typeof row === 'object' ? row : {}))
    },
    z.array(z.object(shape)).optional(),
  )
}

const isBlankRow = (row: Record<string, unknown>) =>
  Object.values(row).every((value) => value === undefined)

/** One client's history for the woonplaatsbeginsel and the new-client test. */
export const ResidenceCheckSchema = z
  .object({
    reportingMunicipalityCode: MunicipalityCodeSchema,
    reportDate: IsoDateSchema,
    // The bill (Tweede Kamer 36288) is not in force: its periods are parameters (issue 18 item 6).
    recentBwMonths: optional(
      wholeNumber('de periode na eerder beschermd wonen (maanden)', 0, 120),
    ),
    lookbackDays: optional(wholeNumber('de periode voor een nieuwe cliënt (dagen)', 1, 3_650)),
    applicationDate: optionalDate,
    bwStartDate: optionalDate,
    addresses: rows({
      municipalityCode: optionalCode,
      startDate: optionalDate,
      endDate: optionalDate,
    }),
    bwEpisodes: rows({
      municipalityCode: optionalCode,
      startDate: optionalDate,
      endDate: optionalDate,
    }),
    applications: rows({ municipalityCode: optionalCode, date: optionalDate }),
  })
  .superRefine((value, ctx) => {
    if (!value.applicationDate && !value.bwStartDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicationDate'],
        message: 'Vul de datum van de aanvraag of van de start van beschermd wonen in.',
      })
    }
    for (const list of ['addresses', 'bwEpisodes'] as const) {
      ;(value[list] ?? []).forEach((row, index) => {
        if (isBlankRow(row)) return
        if (!row.municipalityCode)
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'municipalityCode'],
            message: 'Vul de gemeentecode in.',
          })
        if (!row.startDate)
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'startDate'],
            message: 'Vul de begindatum in.',
          })
        if (row.startDate && row.endDate && row.endDate < row.startDate) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'endDate'],
            message: 'De einddatum ligt vóór de begindatum.',
          })
        }
      })
    }
    ;(value.applications ?? []).forEach((row, index) => {
      if (isBlankRow(row)) return
      if (!row.municipalityCode)
        ctx.addIssue({
          code: 'custom',
          path: ['applications', index, 'municipalityCode'],
          message: 'Vul de gemeentecode in.',
        })
      if (!row.date)
        ctx.addIssue({
          code: 'custom',
          path: ['applications', index, 'date'],
          message: 'Vul de datum van de aanvraag in.',
        })
    })
  })
  .transform((value) => {
    const filled = <R extends Record<string, unknown>>(list: R[] = []) =>
      list.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row))
    return {
      reportingMunicipalityCode: value.reportingMunicipalityCode,
      reportDate: value.reportDate,
      recentBwMonths: value.recentBwMonths ?? DEFAULT_RECENT_BW_MONTHS,
      lookbackDays: value.lookbackDays ?? DEFAULT_NEW_CLIENT_LOOKBACK_DAYS,
      applicationDate: value.applicationDate,
      bwStartDate: value.bwStartDate,
      addresses: filled(value.addresses).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: present(row.municipalityCode, 'municipalityCode'),
        startDate: present(row.startDate, 'startDate'),
        endDate: row.endDate,
      })),
      bwEpisodes: filled(value.bwEpisodes).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: present(row.municipalityCode, 'municipalityCode'),
        startDate: present(row.startDate, 'startDate'),
        endDate: row.endDate,
      })),
      applications: filled(value.applications).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: present(row.municipalityCode, 'municipalityCode'),
        date: present(row.date, 'date'),
      })),
    }
  })
export type ResidenceCheckInput = z.input<typeof ResidenceCheckSchema>
export type ResidenceCheck = z.output<typeof ResidenceCheckSchema>

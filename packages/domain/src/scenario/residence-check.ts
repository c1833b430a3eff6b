import { z } from 'zod'
import { MunicipalityCodeSchema } from '../codes.ts'
import { IsoDateSchema } from '../dates.ts'
import { optional } from './numbers.ts'

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
      applicationDate: value.applicationDate,
      bwStartDate: value.bwStartDate,
      addresses: filled(value.addresses).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: row.municipalityCode!,
        startDate: row.startDate!,
        endDate: row.endDate,
      })),
      bwEpisodes: filled(value.bwEpisodes).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: row.municipalityCode!,
        startDate: row.startDate!,
        endDate: row.endDate,
      })),
      applications: filled(value.applications).map(({ row, index }) => ({
        formIndex: index,
        municipalityCode: row.municipalityCode!,
        date: row.date!,
      })),
    }
  })
export type ResidenceCheckInput = z.input<typeof ResidenceCheckSchema>
export type ResidenceCheck = z.output<typeof ResidenceCheckSchema>

import { z } from 'zod'
import { MunicipalityCodeSchema } from './codes.ts'
import { IsoDateSchema } from './dates.ts'

// A municipality's own validity period (issue 12): from when until when (exclusive) its CBS code
// exists. Empty means open: today's 342 codes are seeded as always valid; a merger closes the old codes.

const OptionalDate = z.union([z.literal('').transform(() => null), IsoDateSchema, z.null()])

/** An admin sets a municipality's validity; `previous` is what the form showed (a concurrent change is refused). */
export const SetMunicipalityValiditySchema = z
  .object({
    code: MunicipalityCodeSchema,
    existsFrom: OptionalDate,
    existsUntil: OptionalDate,
    previous: z.object({ existsFrom: OptionalDate, existsUntil: OptionalDate }),
  })
  .superRefine((v, ctx) => {
    if (v.existsFrom && v.existsUntil && v.existsUntil <= v.existsFrom) {
      ctx.addIssue({ code: 'custom', path: ['existsUntil'], message: 'De einddatum ligt na de begindatum: een gemeente bestaat minstens één dag.' })
    }
  })

/**
 * A municipal merger: the new code with its name and province, from `validFrom`; the merged codes end
 * the day before (stored as an exclusive end on `validFrom`) and their region memberships close; the
 * new code joins `regionCode` from `validFrom`.
 */
export const AddMunicipalityMergerSchema = z
  .object({
    code: MunicipalityCodeSchema,
    name: z.string().trim().min(2, 'Vul de naam van de nieuwe gemeente in.').max(80, 'De naam is hoogstens 80 tekens.'),
    province: z.string().trim().min(2, 'Vul de provincie in.').max(40, 'De provincie is hoogstens 40 tekens.'),
    validFrom: IsoDateSchema,
    mergedCodes: z.array(MunicipalityCodeSchema).min(1, 'Noem minstens één gemeente die opgaat in de nieuwe.').max(20, 'Hoogstens 20 gemeenten gaan samen op.'),
    regionCode: z.string({ error: 'Kies de regio van de nieuwe gemeente.' }).trim().min(1, 'Kies de regio van de nieuwe gemeente.').pipe(MunicipalityCodeSchema),
  })
  .superRefine((v, ctx) => {
    if (v.mergedCodes.includes(v.code)) ctx.addIssue({ code: 'custom', path: ['code'], message: 'De nieuwe gemeente krijgt een nieuwe code, niet die van een opgaande gemeente.' })
    if (new Set(v.mergedCodes).size !== v.mergedCodes.length) ctx.addIssue({ code: 'custom', path: ['mergedCodes'], message: 'Elke opgaande gemeente één keer.' })
  })

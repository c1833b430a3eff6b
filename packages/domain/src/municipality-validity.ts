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

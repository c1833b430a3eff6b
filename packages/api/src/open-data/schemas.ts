import { z } from 'zod'

/** One column of a data set: the key in JSON rows, the CSV header, what it means and its type. */
export const DatasetColumnSchema = z.object({
  key: z.string(),
  title: z.string(),
  definition: z.string(),
  type: z.enum(['string', 'number', 'integer', 'boolean']),
  nullable: z.boolean(),
})

/** An earlier state of a data set with its own address. */
export const DatasetSnapshotSchema = z.object({
  label: z.string(),
  date: z.string(),
  query: z.record(z.string(), z.string()),
})

/** Where a data set can be fetched: relative to the portal, stable across releases. */
export const DatasetLinksSchema = z.object({
  csv: z.string(),
  csvSemicolon: z.string(),
  json: z.string(),
  /** The CSV with its explanation (definitions, states, as-of, source, licence) as a second CSV, in one ZIP. */
  csvZip: z.string(),
  api: z.string(),
})

/** A data set's description: everything but its rows. */
export const DatasetInfoSchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  licence: z.string(),
  method: z.string(),
  states: z
    .record(z.string(), z.string())
    .meta({ description: 'Definitions of the statuses or value states that occur in the rows.' }),
  columns: z.array(DatasetColumnSchema),
  links: DatasetLinksSchema,
  snapshots: z.array(DatasetSnapshotSchema),
})

/** The answer of GET /api/v1/datasets. */
export const DatasetListSchema = z.object({ datasets: z.array(DatasetInfoSchema) })

/** What a file or API answer is as of: a date, and the decision moment or edition when one was chosen. */
export const AsOfSchema = z.object({ date: z.string(), label: z.string().nullable() })

/** Who a file is for: the public version (every API answer), or a signed-in visitor's own download. */
export const AudienceSchema = z.object({
  code: z.enum(['public', 'signed_in']),
  note: z.string().meta({ description: 'What that means for reuse, in Dutch.' }),
})

/** The file's head: the description plus what this file is as of and who it is for (the rows follow beside it). */
export const DatasetHeadSchema = DatasetInfoSchema.omit({ snapshots: true }).extend({
  asOf: AsOfSchema,
  audience: AudienceSchema,
})

/** The one error shape of the public API (every 4xx and 5xx). */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      'NOT_FOUND',
      'INVALID',
      'METHOD_NOT_ALLOWED',
      'TOO_MANY_REQUESTS',
      'UNAVAILABLE',
      'INTERNAL',
    ]),
    message: z.string().meta({ description: 'What went wrong, in Dutch.' }),
  }),
})

export type ApiError = z.infer<typeof ApiErrorSchema>

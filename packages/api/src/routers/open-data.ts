import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { CACHE_CLASSES, DatasetCellSchema } from '../open-data/dataset.ts'
import { describeDataset, loadDatasetFile } from '../open-data/files.ts'
import { DATASETS } from '../open-data/registry.ts'
import { DatasetHeadSchema, DatasetListSchema } from '../open-data/schemas.ts'
import { procedure } from '../trpc.ts'

// Open data (issue 15): public for anyone, and the same for everyone. The loaders get no actor at all,
// only the database and the day, so a signed-in caller cannot make a file hold more (ADR 022).
const publicRead = procedure.meta({ allow: 'public' })

const QuerySchema = z.record(z.string().max(40), z.string().max(200).optional())

export const openDataRouter = {
  /** Every public data set with its description, columns, addresses and earlier states. */
  list: publicRead
    .output(DatasetListSchema)
    .query(async ({ ctx }) => ({
      datasets: await Promise.all(
        DATASETS.map((d) => describeDataset({ db: ctx.db, today: ctx.today }, d)),
      ),
    })),

  /** One data set as a file (head and rows) for a URL's query, and how long it may be cached. */
  dataset: publicRead
    .input(z.object({ key: z.string().max(80), query: QuerySchema.default({}) }))
    .output(
      z.object({
        file: z.object({
          dataset: DatasetHeadSchema,
          rows: z.array(z.record(z.string(), DatasetCellSchema)),
        }),
        cache: z.enum(CACHE_CLASSES),
      }),
    )
    .query(({ ctx, input }) =>
      loadDatasetFile({ db: ctx.db, today: ctx.today }, input.key, input.query),
    ),
} satisfies TRPCRouterRecord

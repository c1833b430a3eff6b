import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { CACHE_CLASSES, DatasetCellSchema } from '../open-data/dataset.ts'
import { describeDataset, loadDatasetFile } from '../open-data/files.ts'
import { DATASETS } from '../open-data/registry.ts'
import { DatasetHeadSchema, DatasetListSchema } from '../open-data/schemas.ts'
import { procedure } from '../trpc.ts'

// Open data (issue 15): public for anyone. The API's answers are the same for everyone (the loaders get
// no viewer); only a download that asks for `view: 'mine'` gets the signed-in caller's view (ADR 025).
const publicRead = procedure.meta({ allow: 'public' })

const QuerySchema = z.record(z.string().max(40), z.string().max(200).optional())

export const openDataRouter = {
  /** Every public data set with its description, columns, addresses and earlier states. */
  list: publicRead
    .output(DatasetListSchema)
    .query(async ({ ctx }) => ({
      datasets: await Promise.all(
        DATASETS.map((d) => describeDataset({ db: ctx.db, today: ctx.today, viewer: null }, d)),
      ),
    })),

  /**
   * One data set as a file (head and rows) for a URL's query, and how long it may be cached. `view:
   * 'public'` (the API, always) is the same for everyone; `'mine'` (the downloads) gives a signed-in
   * caller what they may see (ADR 025).
   */
  dataset: publicRead
    .input(
      z.object({
        key: z.string().max(80),
        query: QuerySchema.default({}),
        view: z.enum(['public', 'mine']).default('public'),
      }),
    )
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
      loadDatasetFile(
        { db: ctx.db, today: ctx.today, viewer: input.view === 'mine' ? ctx.actor : null },
        input.key,
        input.query,
      ),
    ),
} satisfies TRPCRouterRecord

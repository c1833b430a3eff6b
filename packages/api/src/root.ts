import { overviewRouter } from './routers/overview.ts'
import { regionRouter } from './routers/region.ts'
import { createTRPCRouter } from './trpc.ts'

export const appRouter = createTRPCRouter({
  overview: overviewRouter,
  region: regionRouter,
})

/** The API's type, for callers and clients. */
export type AppRouter = typeof appRouter

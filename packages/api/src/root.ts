import { accountRouter } from './routers/account.ts'
import { adminRouter } from './routers/admin.ts'
import { calcRouter } from './routers/calc.ts'
import { editionRouter } from './routers/edition.ts'
import { financialAgreementRouter } from './routers/financial-agreement.ts'
import { agreementRouter } from './routers/agreement.ts'
import { attachmentRouter } from './routers/attachment.ts'
import { bottleneckRouter } from './routers/bottleneck.ts'
import { indicatorRouter } from './routers/indicator.ts'
import { mapRouter } from './routers/map.ts'
import { meetingRouter } from './routers/meeting.ts'
import { notificationRouter, workRouter } from './routers/notification.ts'
import { openDataRouter } from './routers/open-data.ts'
import { overviewRouter } from './routers/overview.ts'
import { planRouter } from './routers/plan.ts'
import { regionRouter } from './routers/region.ts'
import { searchRouter } from './routers/search.ts'
import { signalRouter } from './routers/signal.ts'
import { siteRouter } from './routers/site.ts'
import { createTRPCRouter } from './trpc.ts'

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  calc: calcRouter,
  edition: editionRouter,
  financialAgreement: financialAgreementRouter,
  agreement: agreementRouter,
  attachment: attachmentRouter,
  bottleneck: bottleneckRouter,
  indicator: indicatorRouter,
  map: mapRouter,
  meeting: meetingRouter,
  notification: notificationRouter,
  overview: overviewRouter,
  plan: planRouter,
  region: regionRouter,
  search: searchRouter,
  signal: signalRouter,
  site: siteRouter,
  work: workRouter,
  openData: openDataRouter,
})

/** The API's type, for callers and clients. */
export type AppRouter = typeof appRouter

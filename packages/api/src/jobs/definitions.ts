import { purgeExpired, type ThrottleSettings } from '@bt/auth'
import { deleteExpiredAgreementSheetImports, type DB, type Kysely } from '@bt/db'
import { deliverDueMails, type MailSender } from '../notifications/deliver.ts'
import { sendDailyDigests } from '../notifications/digest.ts'
import { toAmsterdamDate } from '../context.ts'
import { recomputeSignals } from '../services/bottlenecks/signals.ts'
import { notifyDueItems } from '../notifications/due-items.ts'
import { sendEditionReminders } from '../services/editions/reminders.ts'
import { purgeRateLimitWindows } from '../open-data/rate-limit.ts'
import { refreshStaleAggregates } from '../services/indicators/refresh-aggregates.ts'

/** What a job needs: the database, the clock, and where mail goes (null: SMTP not set, mail waits). */
export interface JobDeps {
  db: Kysely<DB>
  now: () => Date
  throttle: Pick<ThrottleSettings, 'windowMinutes'>
  send: MailSender | null
  publicUrl: string
}

/** One background job: a named, idempotent function and when it runs. */
export interface JobDefinition {
  /** When graphile-worker schedules it (cron, UTC). */
  cron: string
  /** How often the in-process timer runs it on the embedded database. */
  everyMinutes: number
  run: (deps: JobDeps) => Promise<unknown>
}

/**
 * Every background job. Each function lives in the package that owns its data and is safe to run from
 * several workers at once (a delete, a SKIP LOCKED claim, a conditional update). Add a job here.
 */
export const JOBS = {
  purge_expired: {
    cron: '17 * * * *',
    everyMinutes: 60,
    run: async (deps) => ({
      ...(await purgeExpired(deps.db, { now: deps.now(), throttle: deps.throttle })),
      // checked agreement sheets waiting for their commit (issue 19)
      sheetImports: await deleteExpiredAgreementSheetImports(deps.db, { now: deps.now() }),
    }),
  },
  deliver_mail: {
    cron: '* * * * *',
    everyMinutes: 1,
    run: async (deps) => (deps.send ? deliverDueMails(deps.db, { send: deps.send, publicUrl: deps.publicUrl, now: deps.now }) : { sent: 0, failed: 0 }),
  },
  purge_rate_limits: {
    cron: '53 * * * *',
    everyMinutes: 60,
    run: (deps) => purgeRateLimitWindows(deps.db, { now: deps.now() }),
  },
  send_digests: {
    cron: '*/15 * * * *',
    everyMinutes: 15,
    run: (deps) => sendDailyDigests(deps.db, { now: deps.now() }),
  },
  notify_due_items: {
    cron: '41 * * * *',
    everyMinutes: 60,
    run: (deps) => notifyDueItems(deps.db, { now: deps.now() }),
  },
  // The steering desk's signals (issue 16): recomputed from the published records every hour.
  recompute_signals: {
    cron: '47 * * * *',
    everyMinutes: 60,
    run: (deps) => {
      const now = deps.now()
      return recomputeSignals(deps.db, { today: toAmsterdamDate(now), now })
    },
  },
  edition_reminders: {
    cron: '7 * * * *',
    everyMinutes: 60,
    run: (deps) => sendEditionReminders(deps.db, { now: deps.now() }),
  },
  // Indicator aggregates a write made stale (ADR 030): recomputed in the background, so the first
  // reader after a large import does not pay for it. Nothing stale: one small query.
  refresh_indicator_aggregates: {
    cron: '* * * * *',
    everyMinutes: 1,
    run: (deps) => refreshStaleAggregates(deps.db),
  },
} satisfies Record<string, JobDefinition>

/** A job's name. */
export type JobName = keyof typeof JOBS

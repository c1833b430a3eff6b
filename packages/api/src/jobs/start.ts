import type { DB, Kysely } from '@bt/db'
import type { RuntimeConfig } from '../env.ts'
import { createSmtpSender } from '../notifications/smtp.ts'
import type { JobDeps } from './definitions.ts'
import { startInProcessRunner } from './in-process.ts'

/** Running background jobs; `stop()` lets running jobs finish. */
export interface JobRunner {
  kind: 'graphile-worker' | 'in-process'
  stop(): Promise<void>
}

/** The jobs' dependencies from the runtime configuration. */
export function jobDepsFor(db: Kysely<DB>, config: Pick<RuntimeConfig, 'throttle' | 'mail'>): JobDeps {
  return {
    db,
    now: () => new Date(),
    throttle: config.throttle,
    send: config.mail.smtp ? createSmtpSender(config.mail.smtp) : null,
    publicUrl: config.mail.publicUrl,
  }
}

/**
 * Start the background jobs for this process: graphile-worker on PostgreSQL (safe with any number of
 * instances), the in-process timer on embedded PGlite.
 */
export async function startJobs(db: Kysely<DB>, config: Pick<RuntimeConfig, 'database' | 'throttle' | 'mail'>): Promise<JobRunner> {
  const deps = jobDepsFor(db, config)
  if (config.database.kind === 'postgres') {
    // Imported here: graphile-worker takes a noticeable part of a start and PGlite never needs it (issue 20).
    const { startGraphileRunner } = await import('./graphile.ts')
    const runner = await startGraphileRunner({ connectionString: config.database.url, deps })
    return { kind: 'graphile-worker', stop: () => runner.stop() }
  }
  const runner = startInProcessRunner(deps)
  return { kind: 'in-process', stop: () => runner.stop() }
}

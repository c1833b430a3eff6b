import { createPgPool } from '@bt/db'
import { Logger, parseCronItems, run, type Runner, type TaskList } from 'graphile-worker'
import { JOBS, type JobDeps, type JobName } from './definitions.ts'

/** graphile-worker logs through here: warnings and errors only, with the job's name. */
const logger = new Logger(() => (level, message) => {
  // LogLevel is an ambient const enum (not importable here); its values are these strings.
  const severity: string = level
  if (severity === 'error' || severity === 'warning') console.warn(`[jobs] ${message}`)
})

/** The runner's connections name themselves so in `pg_stat_activity`. */
export const JOB_RUNNER_APPLICATION = 'bt-jobs'

/**
 * Run the jobs with graphile-worker on PostgreSQL (ADR 011). Its cron schedules each occurrence once
 * across every instance on the database, and each job is locked by one worker; `connectionString` gets
 * the runner's own small pool. Resolves once the runner listens; `stop()` waits for running jobs and
 * then closes the pool. The pool is ours (`createPgPool`), not graphile-worker's: at stop it removes
 * its error listener from a pool it made and ends that pool without waiting, so a connection the server
 * ended meanwhile (a restart, a dropped test database) was an uncaught 'error' that crashed the process.
 */
export async function startGraphileRunner(params: { connectionString: string; deps: JobDeps; maxConnections?: number }): Promise<Runner> {
  const taskList: TaskList = {}
  // Object.keys loses the key type; JOBS is a closed record of JobName.
  for (const name of Object.keys(JOBS) as JobName[]) {
    taskList[name] = async () => {
      await JOBS[name].run(params.deps)
    }
  }
  const pgPool = createPgPool({ url: params.connectionString, max: params.maxConnections ?? 4, applicationName: JOB_RUNNER_APPLICATION })
  const runner = await run({
    pgPool,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger,
    taskList,
    parsedCronItems: parseCronItems(
      // Object.keys loses the key type; JOBS is a closed record of JobName.
      (Object.keys(JOBS) as JobName[]).map((name) => ({ task: name, identifier: name, match: JOBS[name].cron, options: { backfillPeriod: 0 } })),
    ),
  }).catch(async (error: unknown) => {
    await pgPool.end()
    throw error
  })
  const stopRunner = runner.stop.bind(runner)
  runner.stop = async () => {
    await stopRunner()
    await pgPool.end()
  }
  return runner
}

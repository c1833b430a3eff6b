import { Logger, parseCronItems, run, type Runner, type TaskList } from 'graphile-worker'
import { JOBS, type JobDeps, type JobName } from './definitions.ts'

/** graphile-worker logs through here: warnings and errors only, with the job's name. */
const logger = new Logger(() => (level, message) => {
  // LogLevel is an ambient const enum (not importable here); its values are these strings.
  const severity: string = level
  if (severity === 'error' || severity === 'warning') console.warn(`[jobs] ${message}`)
})

/**
 * Run the jobs with graphile-worker on PostgreSQL (ADR 011). Its cron schedules each occurrence once
 * across every instance on the database, and each job is locked by one worker; `connectionString` gets
 * the runner's own small pool. Resolves once the runner listens; `stop()` waits for running jobs.
 */
export async function startGraphileRunner(params: { connectionString: string; deps: JobDeps; maxConnections?: number }): Promise<Runner> {
  const taskList: TaskList = {}
  // Object.keys loses the key type; JOBS is a closed record of JobName.
  for (const name of Object.keys(JOBS) as JobName[]) {
    taskList[name] = async () => {
      await JOBS[name].run(params.deps)
    }
  }
  return run({
    connectionString: params.connectionString,
    maxPoolSize: params.maxConnections ?? 4,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger,
    taskList,
    parsedCronItems: parseCronItems(
      // Object.keys loses the key type; JOBS is a closed record of JobName.
      (Object.keys(JOBS) as JobName[]).map((name) => ({ task: name, identifier: name, match: JOBS[name].cron, options: { backfillPeriod: 0 } })),
    ),
  })
}

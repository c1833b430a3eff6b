import { JOBS, type JobDeps, type JobName } from './definitions.ts'

/**
 * Run the same job functions on a timer inside the portal process, for the embedded PGlite database
 * (one process per data folder, ADR 011). Jobs run one at a time so PGlite's single connection never
 * holds a long transaction; every job is due at the first turn, one tick after start, and then every `everyMinutes`.
 */
export function startInProcessRunner(deps: JobDeps, options: { tickMs?: number } = {}) {
  const lastRun = new Map<JobName, number>()
  let running: Promise<void> | null = null
  let stopped = false

  async function tick() {
    // Object.keys loses the key type; JOBS is a closed record of JobName.
    for (const name of Object.keys(JOBS) as JobName[]) {
      if (stopped) return
      const now = deps.now().getTime()
      const last = lastRun.get(name)
      if (last !== undefined && now - last < JOBS[name].everyMinutes * 60_000) continue
      lastRun.set(name, now)
      // A failing job (database briefly away, SMTP down) is logged and tried again at its next turn.
      await JOBS[name].run(deps).catch((error: unknown) => console.warn(`[jobs] ${name} failed: ${String(error)}`))
    }
  }

  const timer = setInterval(() => {
    running ??= tick().finally(() => (running = null))
  }, options.tickMs ?? 15_000)
  timer.unref()
  // The first turn comes one interval after start, not at once: on PGlite's one connection the jobs
  // (the signals alone take seconds) would hold up /healthz and the first pages (issue 20).

  return {
    /** Run every job that is due now (tests, and a nudge after a mail was queued). */
    runDue: () => (running ??= tick().finally(() => (running = null))),
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}

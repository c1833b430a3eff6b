// The background jobs without the web server, for a deployment that runs its portal instances with
// RUN_JOBS=0 and the jobs in a separate process (ADR 011): `pnpm --filter @bt/portal worker`.
// Runs the built app's runtime; on PostgreSQL any number of these may run side by side.
if (!process.env.DATABASE_URL) {
  // An embedded PGlite folder belongs to one process: there the portal runs the jobs itself.
  console.error('worker.js needs DATABASE_URL; on the embedded database the portal runs the jobs itself.')
  process.exit(2)
}
process.env.RUN_JOBS = '1'
const build = await import('./build/server/index.js')
const entry = build.entry.module

await entry.startBackgroundWork()
console.log('Beschermd Thuis: background jobs running')

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    await entry.stopBackgroundWork()
    process.exit(0)
  })
}
// The job runner keeps the process alive through its database connections and timers.
setInterval(() => {}, 1 << 30)

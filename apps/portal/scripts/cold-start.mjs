// The first answer after a start on an existing database (issue 20): spawn the built portal, poll
// until /healthz answers 200 and then time the first page, against a bare node:http server started the
// same way in the same run. Run after `pnpm exec turbo run build --filter=@bt/portal`:
//   node apps/portal/scripts/cold-start.mjs            (embedded PGlite in a temporary folder)
//   bash scripts/with-postgres.sh sh -c 'DATABASE_URL=$TEST_DATABASE_URL node apps/portal/scripts/cold-start.mjs'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const portal = dirname(dirname(fileURLToPath(import.meta.url)))
const port = Number(process.env.PORT ?? 4160)
const runs = Number(process.env.RUNS ?? 3)
const pgliteDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'bt-cold-start-'))
const env = {
  ...process.env,
  PORT: String(port),
  NODE_ENV: 'production',
  COOKIE_SECURE: '0',
  ...(pgliteDir ? { PGLITE_DIR: pgliteDir, SEED_DEMO: '1' } : { SEED_DEMO: '1' }),
}

/** Poll `url` until it answers 200; the time since `since` in ms. */
async function firstOk(url, since, limitMs = 180_000) {
  while (performance.now() - since < limitMs) {
    const status = await fetch(url).then((r) => r.status, () => 0)
    if (status === 200) return performance.now() - since
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${url} did not answer 200 within ${limitMs} ms`)
}

function start(args, options) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'ignore', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return { stop: async () => (child.kill('SIGTERM'), await exited) }
}

async function timePortal() {
  const since = performance.now()
  const server = start(['server.js'], { cwd: portal, env })
  try {
    const health = await firstOk(`http://127.0.0.1:${port}/healthz`, since)
    const page = performance.now()
    await firstOk(`http://127.0.0.1:${port}/`, page)
    return { health, firstPage: performance.now() - page }
  } finally {
    await server.stop()
  }
}

async function timeBareHttp() {
  const since = performance.now()
  const code = `require('node:http').createServer((q, s) => s.end('ok')).listen(${port})`
  const server = start(['-e', code], { env })
  try {
    return await firstOk(`http://127.0.0.1:${port}/`, since)
  } finally {
    await server.stop()
  }
}

try {
  const created = await timePortal() // creates, migrates and seeds the database: not a cold start of an existing one
  console.log(`database created in ${Math.round(created.health)} ms (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`)
  const rows = []
  for (let i = 0; i < runs; i++) {
    const bare = await timeBareHttp()
    const { health, firstPage } = await timePortal()
    rows.push({ 'bare node:http (ms)': Math.round(bare), 'portal /healthz 200 (ms)': Math.round(health), 'then first page / (ms)': Math.round(firstPage) })
  }
  console.table(rows)
} finally {
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true })
}

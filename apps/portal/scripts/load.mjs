// A bounded load on signed-in pages (issue 20): 10 connections for DURATION seconds per page against
// the built portal, and against a bare node:http server answering the very same bytes (the static
// baseline) in the same run. Reports requests per second and the client's p50/p95 under that load,
// the p50/p95 of the server time the portal itself logs per request (under load that includes the
// wait behind the other nine connections), and the server p50 of SEQUENTIAL requests one at a time
// (the time one page view costs). The default pages end with /privacy, a 3.5 kB text page: its figures are the
// fixed work of every signed-in request (session, root loader, shell, headers), the rest of a page's
// time is its own. Run after `pnpm exec turbo run build --filter=@bt/portal`:
//   node apps/portal/scripts/load.mjs                  (embedded PGlite with the demo data)
//   bash scripts/with-postgres.sh sh -c 'DATABASE_URL=$TEST_DATABASE_URL node apps/portal/scripts/load.mjs'
// PAGES (comma-separated paths), DURATION (s, default 10), WARMUP (s of the same load first, not
// counted, default 3: the JIT compiles the page's hot code in the first seconds), SEQUENTIAL (requests, default 50),
// PORT (default 4160; PORT+1 for the baseline), SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
// "CPU ms/req" is the portal process's own CPU time (Linux /proc) over the loaded phase divided by its
// requests: steadier than req/s on a shared machine, and it leaves out the database's share.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, Agent } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const portal = dirname(dirname(fileURLToPath(import.meta.url)))
const port = Number(process.env.PORT ?? 4160)
const pages = (process.env.PAGES ?? '/regio/zwolle,/rekenen,/privacy').split(',')
const sequential = Number(process.env.SEQUENTIAL ?? 50)
const seconds = Number(process.env.DURATION ?? 10)
const warmup = Number(process.env.WARMUP ?? 3)
const CONNECTIONS = 10
const USER = { email: 'redacteur.zwolle@demo.example', password: 'welkom-bij-de-demo' }
const pgliteDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'bt-load-'))

/** One GET over a kept-alive connection: status, body bytes and the time it took (ms). */
function get(agent, targetPort, path, cookie) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = httpRequest({ agent, host: '127.0.0.1', port: targetPort, path, headers: cookie ? { cookie } : {} }, (res) => {
      const chunks = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks), ms: performance.now() - started }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** CONNECTIONS loops asking `path` for `seconds`; requests per second and the client p50. */
async function load(targetPort, path, cookie, duration = seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const times = []
  const until = performance.now() + duration * 1000
  const loop = async () => {
    while (performance.now() < until) {
      const { status, ms } = await get(agent, targetPort, path, cookie)
      if (status !== 200) throw new Error(`${path} answered ${status}`)
      times.push(ms)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONNECTIONS }, loop))
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return { perSecond: times.length / elapsed, p50: median(times), p95: quantile(times, 0.95) }
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(values.length * q)] ?? NaN
const median = (values) => quantile(values, 0.5)

async function waitFor(url) {
  for (let i = 0; i < 3000; i++) {
    if ((await fetch(url).then((r) => r.status, () => 0)) === 200) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} never answered 200`)
}

/** The portal's own request log: `GET /path 200 12.3 ms`, collected per path. */
function startPortal() {
  const serverTimes = new Map()
  const env = { ...process.env, PORT: String(port), NODE_ENV: 'production', COOKIE_SECURE: '0', SEED_DEMO: '1', ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}) }
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  // Node writes a --cpu-prof profile only when the process exits by itself, not when a signal kills it.
  if (nodeArgs.some((arg) => arg.startsWith('--cpu-prof'))) nodeArgs.push(`--import=data:text/javascript,process.on('SIGTERM',()=>process.exit())`)
  const child = spawn(process.execPath, [...nodeArgs, 'server.js'], { cwd: portal, env, stdio: ['ignore', 'pipe', 'inherit'] })
  let rest = ''
  child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) {
      const match = /^GET (\S+) 200 ([\d.]+) ms$/.exec(line)
      if (match) serverTimes.set(match[1], [...(serverTimes.get(match[1]) ?? []), Number(match[2])])
    }
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return { serverTimes, cpuMs: () => cpuMs(child.pid), stop: async () => (child.kill('SIGTERM'), await exited) }
}

/** User + system CPU time a process has used so far (ms), from /proc; NaN where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime, stime in USER_HZ (100 on Linux)
  } catch {
    return NaN
  }
}

/** A bare node:http server answering `body` (kept in a file: too long for an argument) as HTML. */
function startStatic(body) {
  const file = join(mkdtempSync(join(tmpdir(), 'bt-load-static-')), 'page.html')
  writeFileSync(file, body)
  const code = `const body = require('node:fs').readFileSync(${JSON.stringify(file)});
    require('node:http').createServer((q, s) => { s.setHeader('content-type', 'text/html; charset=utf-8'); s.end(body) }).listen(${port + 1})`
  const child = spawn(process.execPath, ['-e', code], { stdio: 'inherit' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return { stop: async () => (child.kill('SIGTERM'), await exited, rmSync(dirname(file), { recursive: true, force: true })) }
}

async function signIn() {
  const body = new URLSearchParams(USER)
  const res = await fetch(`http://127.0.0.1:${port}/inloggen`, { method: 'POST', body, redirect: 'manual', headers: { origin: `http://127.0.0.1:${port}` } })
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error(`Signing in answered ${res.status} without a session cookie`)
  return cookie
}

const server = startPortal()
try {
  await waitFor(`http://127.0.0.1:${port}/healthz`)
  const cookie = await signIn()
  const rows = []
  for (const path of pages) {
    const agent = new Agent({ keepAlive: true })
    const { body } = await get(agent, port, path, cookie) // also warms the route
    agent.destroy()
    if (warmup > 0) await load(port, path, cookie, warmup)
    server.serverTimes.set(path, [])
    const cpuBefore = server.cpuMs()
    const measured = await load(port, path, cookie)
    const underLoad = server.serverTimes.get(path) ?? []
    const cpuPerRequest = (server.cpuMs() - cpuBefore) / underLoad.length
    // One request at a time: what a page view costs the server when nothing waits beside it.
    server.serverTimes.set(path, [])
    const alone = new Agent({ keepAlive: true })
    for (let i = 0; i < sequential; i++) await get(alone, port, path, cookie)
    alone.destroy()
    await new Promise((resolve) => setTimeout(resolve, 100)) // the last log line
    const aloneP50 = median(server.serverTimes.get(path) ?? [])
    const staticServer = startStatic(body)
    await waitFor(`http://127.0.0.1:${port + 1}/`)
    if (warmup > 0) await load(port + 1, path, undefined, warmup)
    const baseline = await load(port + 1, path)
    await staticServer.stop()
    rows.push({
      page: `${path} (${Math.round(body.length / 1024)} kB)`,
      'req/s': Math.round(measured.perSecond),
      'p50 client (ms)': Math.round(measured.p50),
      'p95 client (ms)': Math.round(measured.p95),
      'p50/p95 server (ms)': `${median(underLoad).toFixed(1)}/${quantile(underLoad, 0.95).toFixed(1)}`,
      'p50 server alone (ms)': Number(aloneP50.toFixed(1)),
      'CPU ms/req': Number(cpuPerRequest.toFixed(1)),
      'static req/s': Math.round(baseline.perSecond),
      'static p50/p95 (ms)': `${baseline.p50.toFixed(1)}/${baseline.p95.toFixed(1)}`,
      'share of static': `${((100 * measured.perSecond) / baseline.perSecond).toFixed(1)}%`,
      load: loadavg()[0]?.toFixed(1),
    })
  }
  console.log(`${CONNECTIONS} connections, ${seconds} s per page after ${warmup} s of warm-up, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  console.table(rows)
} finally {
  await server.stop()
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true })
}

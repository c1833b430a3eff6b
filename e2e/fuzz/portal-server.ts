// Starts the BUILT portal (apps/portal/build) for the fuzz test, on PGlite in a fresh folder or on a
// fresh database on the PostgreSQL server of TEST_DATABASE_URL, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const portalDir = fileURLToPath(new URL('../../apps/portal/', import.meta.url))

export interface RunningPortal {
  baseURL: string
  stop(): Promise<void>
}

async function waitForHealth(baseURL: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the portal exited (${child.exitCode}):\n${log()}`)
    const ok = await fetch(`${baseURL}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the portal did not become healthy:\n${log()}`)
}

function startProcess(port: number, env: Record<string, string>) {
  if (!existsSync(join(portalDir, 'build/server/index.js'))) {
    throw new Error(
      'No portal build: run `pnpm exec turbo run build --filter=@bt/portal` first (pnpm test does).',
    )
  }
  const child = spawn(process.execPath, ['server.js'], {
    cwd: portalDir,
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      SEED_DEMO: '1',
      E2E: '1',
      COOKIE_SECURE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000)
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { child, stop, log: () => stderr }
}

/** The built portal on embedded PGlite, in a temp folder removed afterwards. */
export async function startOnPglite(port: number): Promise<RunningPortal> {
  const dir = mkdtempSync(join(tmpdir(), 'bt-fuzz-'))
  const proc = startProcess(port, { PGLITE_DIR: dir })
  const baseURL = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(baseURL, proc.child, proc.log)
  } catch (error) {
    await proc.stop()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    baseURL,
    stop: async () => {
      await proc.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The built portal on a fresh database created on the server of `serverUrl`, dropped afterwards. */
export async function startOnPostgres(port: number, serverUrl: string): Promise<RunningPortal> {
  const name = `bt_fuzz_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const proc = startProcess(port, { DATABASE_URL: url.toString() })
  const baseURL = `http://127.0.0.1:${port}`
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
  try {
    await waitForHealth(baseURL, proc.child, proc.log)
  } catch (error) {
    await proc.stop()
    await drop()
    throw error
  }
  return {
    baseURL,
    stop: async () => {
      await proc.stop()
      await drop()
    },
  }
}

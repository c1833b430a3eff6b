import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests against the BUILT portal (`pnpm --filter @bt/portal build` first; `pnpm test`
 * at the root does that). The portal runs on embedded PGlite in a fresh temp folder with demo data.
 */
const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const port = Number(process.env.E2E_PORT ?? 3412)
const baseURL = `http://127.0.0.1:${port}`
/** The portal without a reachable database, for the outage tests (see webServer). */
export const unavailablePort = port + 1
/** The portal on a PostgreSQL server of its own that tests/postgres-restart.spec.ts restarts. */
export const restartPort = port + 2
/** A portal with Secure cookies (tests/security-headers.spec.ts: HSTS). */
export const secureCookiePort = port + 3

// Playwright loads this file in the runner and again in each worker. Create the PGlite folder once
// (in the runner), hand it to the workers through the environment they inherit, and remove it when
// the runner exits (after Playwright has stopped the web server).
let pgliteDir = process.env.BT_E2E_PGLITE_DIR
if (!pgliteDir) {
  const dir = mkdtempSync(join(tmpdir(), 'bt-e2e-'))
  pgliteDir = dir
  process.env.BT_E2E_PGLITE_DIR = dir
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
}

// The portal must use PGlite, never a real database. Playwright starts the web server with
// { ...process.env, ...webServer.env }, so leaving DATABASE_URL out of `env` is not enough: remove it
// from this process's environment (the tests themselves never need it).
delete process.env.DATABASE_URL
delete process.env.TEST_DATABASE_URL

const serverEnv: Record<string, string> = {
  PORT: String(port),
  PGLITE_DIR: pgliteDir,
  SEED_DEMO: '1',
  E2E: '1',
  COOKIE_SECURE: '0',
  NODE_ENV: 'production',
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1, // 2-core machine, and the tests share one seeded server
  retries: 0, // no masking of flaky tests
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // scripts/test-all.mjs sets PLAYWRIGHT_JSON_OUTPUT_FILE to read the counts; Playwright itself
  // also gives that env var precedence over outputFile.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/report.json' }],
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's chromium; Playwright downloads no browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'portal', testIgnore: /(indeling-import|municipality-merger)\.spec\.ts$/ },
    // Importing an indeling changes regions for every later test: it runs last, on its own.
    { name: 'indeling-import', testMatch: /indeling-import\.spec\.ts$/, dependencies: ['portal'] },
    // A merger adds an indeling version (from 2031): an indeling import after it must be dated later, so it runs after that one.
    { name: 'municipality-merger', testMatch: /municipality-merger\.spec\.ts$/, dependencies: ['indeling-import'] },
  ],
  webServer: [
    {
      command: 'pnpm --filter @bt/portal start',
      cwd: repoRoot,
      env: serverEnv,
      url: `${baseURL}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore', // the request log; server errors still show (stderr is piped)
      stderr: 'pipe',
    },
    {
      // A second portal whose PostgreSQL is down (nothing listens on port 9): every page must answer
      // 503 with a Dutch message. Ready when its static files are served.
      command: 'pnpm --filter @bt/portal start',
      cwd: repoRoot,
      env: { ...serverEnv, PORT: String(unavailablePort), DATABASE_URL: 'postgres://bt@127.0.0.1:9/bt' },
      url: `http://127.0.0.1:${unavailablePort}/favicon.svg`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore', // it logs the refused connections on purpose
    },
  ],
})

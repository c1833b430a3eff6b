#!/usr/bin/env node
// The one test command (`pnpm test`). Runs, stopping at the first failure:
//   1. typecheck + lint   pnpm exec turbo run typecheck lint
//   2. unit/integration   pnpm exec vitest run            (JSON report to a temp file)
//   3. build portal       pnpm exec turbo run build --filter=@bt/portal
//   4. end-to-end         pnpm --filter @bt/e2e test       (JSON report to a temp file)
//   5. fuzz over HTTP     pnpm --filter @bt/e2e fuzz       (vitest against the built portal, JSON report)
// and always ends with one line `N passed, N failed` (`, N skipped` when any were skipped),
// counted from the vitest and Playwright JSON reports. A step that fails without a failing test
// in its report (type error, lint error, build error, a test file that does not load, the web
// server not starting) counts as one failure, so a red run never reads `0 failed`.
//
// Flags: --skip-e2e  skips steps 3, 4 and 5 (quick local run).
// PostgreSQL: the db-backed vitest projects also run against PostgreSQL when TEST_DATABASE_URL is
// set; `bash scripts/with-postgres.sh pnpm test` provides a throwaway server (that is what CI runs).
//
// Node 20 ESM, no dependencies.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const unknown = args.filter((a) => a !== '--skip-e2e')
if (unknown.length > 0) {
  console.error(
    `test-all: unknown argument(s): ${unknown.join(' ')}\nusage: node scripts/test-all.mjs [--skip-e2e]`,
  )
  process.exit(2)
}
const skipE2e = args.includes('--skip-e2e')

// The e2e step needs a browser: check before minutes of other steps, not after them. As root, install
// Debian's chromium as .ci/run does; otherwise stop at once and say what to do.
const browser = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!skipE2e && !existsSync(browser)) {
  if (!process.env.CHROMIUM_PATH && process.getuid?.() === 0) {
    console.log('test-all: /usr/bin/chromium is missing; installing Debian\'s chromium (apt-get install chromium)')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
    spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env })
  }
  if (!existsSync(browser)) {
    console.error(
      `test-all: no browser at ${browser}: install Debian's chromium (sudo apt-get install chromium), set CHROMIUM_PATH to a Chromium executable, or run with --skip-e2e`,
    )
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

const reportDir = mkdtempSync(join(tmpdir(), 'bt-test-all-'))
const vitestJson = join(reportDir, 'vitest.json')
const playwrightJson = join(reportDir, 'playwright.json')
const fuzzJson = join(reportDir, 'fuzz.json')

const childEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  // Playwright's json reporter writes here (this env var takes precedence over the config's outputFile).
  PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
}

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

const steps = [
  { name: 'typecheck + lint', cmd: ['pnpm', 'exec', 'turbo', 'run', 'typecheck', 'lint'] },
  {
    name: 'unit + integration tests (vitest)',
    cmd: [
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJson}`,
    ],
    report: () => readVitest(vitestJson),
  },
  {
    name: 'build portal',
    cmd: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@bt/portal'],
    e2e: true,
  },
  {
    name: 'end-to-end tests (Playwright)',
    cmd: ['pnpm', '--filter', '@bt/e2e', 'test'],
    report: () => readPlaywright(playwrightJson),
    e2e: true,
  },
  {
    // Bad input over HTTP to the built portal, on PGlite and (with TEST_DATABASE_URL) on PostgreSQL.
    name: 'fuzz over HTTP (vitest, built portal)',
    cmd: ['pnpm', '--filter', '@bt/e2e', 'fuzz', '--reporter=default', '--reporter=json', `--outputFile.json=${fuzzJson}`],
    report: () => readVitest(fuzzJson),
    e2e: true,
  },
]

/** @type {Counts} */
const total = { passed: 0, failed: 0, skipped: 0 }
let failedStep = null
const started = Date.now()

const selected = steps.filter((s) => !(skipE2e && s.e2e))
for (const [i, step] of selected.entries()) {
  console.log(`\n=== [${i + 1}/${selected.length}] ${step.name}: ${step.cmd.join(' ')}`)
  const t0 = Date.now()
  const res = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    env: childEnv,
    stdio: 'inherit',
  })
  const ok = res.status === 0
  const why = res.error
    ? res.error.message
    : res.signal
      ? `killed by ${res.signal}`
      : `exit code ${res.status}`

  let counts = null
  if (step.report) {
    try {
      counts = step.report()
    } catch (err) {
      console.error(`test-all: could not read the report of "${step.name}": ${err.message}`)
    }
    if (counts) {
      total.passed += counts.passed
      total.failed += counts.failed
      total.skipped += counts.skipped
    }
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)

  if (!ok || (counts && counts.failed > 0)) {
    if (!counts || counts.failed === 0) {
      // The step failed, but not through a counted test: count the step itself as one failure.
      total.failed += 1
    }
    failedStep = step.name
    console.log(
      `=== ${step.name}: FAILED (${ok ? 'failing tests' : why}) after ${seconds}s; stopping here`,
    )
    break
  }
  console.log(`=== ${step.name}: ok (${seconds}s)`)
}

rmSync(reportDir, { recursive: true, force: true })

const minutes = ((Date.now() - started) / 60000).toFixed(1)
if (skipE2e) console.log('\n(--skip-e2e: portal build and end-to-end tests were not run)')
console.log(
  failedStep
    ? `\nFAILED at step "${failedStep}" (${minutes} min)`
    : `\nAll steps passed (${minutes} min)`,
)
// The very last line: the summary CI reads.
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`,
)
process.exitCode = failedStep ? 1 : 0

/**
 * Vitest's json reporter (Jest-compatible shape).
 * @returns {Counts | null}
 */
function readVitest(file) {
  if (!existsSync(file)) return null
  const r = JSON.parse(readFileSync(file, 'utf8'))
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }
}

/**
 * Playwright's json reporter: stats.expected (passed), unexpected (failed), flaky (passed on a
 * retry; counted as passed), skipped.
 * @returns {Counts | null}
 */
function readPlaywright(file) {
  if (!existsSync(file)) return null
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {}
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
  }
}

import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('./test-all.mjs', import.meta.url))

describe('pnpm test (scripts/test-all.mjs)', () => {
  it('stops at once with one line saying what to do when the browser is missing', () => {
    const run = spawnSync(process.execPath, [script], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      // Before the check existed it went on to the typecheck step; the timeout ends that run.
      timeout: 15_000,
      killSignal: 'SIGKILL',
    })
    expect(run.signal, 'still running after 15 s: it went on with the other steps').toBeNull()
    expect(run.status).toBe(1)
    expect(run.stdout).not.toContain('=== [1/')
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/apt-get install chromium.*CHROMIUM_PATH/)
  }, 30_000)
})

import { defineProject } from 'vitest/config'

// The reactRouter() plugin is not loaded in vitest (stack probe §3); JSX compiles without it.
export default defineProject({
  test: { name: 'portal', environment: 'jsdom', include: ['app/**/*.test.{ts,tsx}', '*.test.ts'] },
})

import { defineProject } from 'vitest/config'

// The fuzz test starts the BUILT portal itself, so it runs after the build (scripts/test-all.mjs),
// not with the other vitest projects.
export default defineProject({
  test: {
    name: 'fuzz (http)',
    environment: 'node',
    include: ['fuzz/**/*.fuzz.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 600_000,
    hookTimeout: 240_000,
  },
})

import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['@bt/db/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

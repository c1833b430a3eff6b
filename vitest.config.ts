import { databaseProjects } from '@bt/vitest-config'
import { defineConfig } from 'vitest/config'

// One project per package; database packages once per engine (PGlite always, PostgreSQL in CI).
export default defineConfig({
  test: {
    projects: [
      'packages/domain',
      'packages/calc',
      'packages/indicators',
      ...databaseProjects('packages/db', 'db'),
      ...databaseProjects('packages/auth', 'auth'),
      ...databaseProjects('packages/api', 'api'),
      'apps/portal',
      // The repo's own scripts (pnpm test itself).
      { test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.mjs'] } },
    ],
  },
})

// Plain JavaScript: vitest loads config dependencies through Node, which cannot import .ts on Node 20.
import { defineProject } from 'vitest/config'

/**
 * A pure package's unit-test project: node environment, tests beside the code.
 * @param {string} name
 */
export function unitProject(name) {
  return defineProject({ test: { name, environment: 'node', include: ['src/**/*.test.ts'] } })
}

/**
 * A package whose tests need a database runs once per engine: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set (CI). `db/testing` reads TEST_DB_ENGINE to pick the engine.
 * @param {string} dir
 * @param {string} name
 * @returns {import('vitest/config').TestProjectInlineConfiguration[]}
 */
export function databaseProjects(dir, name) {
  const engines = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
  return engines.map((engine) => ({
    extends: `${dir}/vitest.config.ts`,
    test: { name: `${name} (${engine})`, root: dir, env: { TEST_DB_ENGINE: engine } },
  }))
}

import type { TestProjectInlineConfiguration, UserWorkspaceConfig } from 'vitest/config'

/** A pure package's unit-test project: node environment, tests beside the code. */
export function unitProject(name: string): UserWorkspaceConfig
/** A database package's projects: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseProjects(dir: string, name: string): TestProjectInlineConfiguration[]

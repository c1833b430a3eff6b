// What the global setup hands each test file (vitest's provide/inject).
declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dumped data folder, migrated and seeded, that each test file loads. */
    pgliteSnapshotPath: string
    /** PostgreSQL: a migrated and seeded template database each test file copies. */
    postgresTemplate: string
  }
}

export {}

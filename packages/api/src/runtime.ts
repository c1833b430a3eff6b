import { mkdirSync } from 'node:fs'
import { createDb, migrateToLatest, pingDatabase, seedReferenceData, type DB, type Kysely } from '@bt/db'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { toAmsterdamDate, type Actor, type Context } from './context.ts'
import type { RuntimeConfig } from './env.ts'
import { appRouter } from './root.ts'
import { createCallerFactory } from './trpc.ts'

const createCaller = createCallerFactory(appRouter)

/** Per-request facts the portal passes in. */
export interface RequestScope {
  actor: Actor | null
  requestId: string
  now?: Date
}

/** The server side of the API: one per process, owning the database connection. */
export interface ApiRuntime {
  /** A caller for loaders and actions, acting as the request's actor. */
  caller(scope: RequestScope): ReturnType<typeof createCaller>
  /** Serve tRPC over HTTP at `endpoint` (the portal's resource route). */
  handle(request: Request, endpoint: string, scope: RequestScope): Promise<Response>
  /** True when the database answers. */
  isHealthy(): Promise<boolean>
  close(): Promise<void>
}

function contextFor(db: Kysely<DB>, scope: RequestScope): Context {
  return { db, actor: scope.actor, requestId: scope.requestId, today: toAmsterdamDate(scope.now ?? new Date()) }
}

/** Wrap an open, migrated database as the API runtime (tests pass their own database). */
export function createRuntimeOn(db: Kysely<DB>): ApiRuntime {
  return {
    caller: (scope) => createCaller(contextFor(db, scope)),
    handle: (request, endpoint, scope) =>
      fetchRequestHandler({ endpoint, req: request, router: appRouter, createContext: () => contextFor(db, scope) }),
    isHealthy: () =>
      pingDatabase(db).then(
        () => true,
        () => false,
      ),
    close: () => db.destroy(),
  }
}

/**
 * Open the configured database, bring it to the latest migration, seed reference data (and demo
 * data when configured) and return the runtime. Rejects when the database cannot be reached.
 */
export async function createRuntime(config: RuntimeConfig): Promise<ApiRuntime> {
  if (config.database.kind === 'pglite' && !config.database.dataDir.includes('://')) {
    mkdirSync(config.database.dataDir, { recursive: true })
  }
  const db = await createDb(config.database)
  try {
    await migrateToLatest(db)
    await seedReferenceData(db)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return createRuntimeOn(db)
}

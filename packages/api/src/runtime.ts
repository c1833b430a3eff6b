import { mkdirSync } from 'node:fs'
import { createDb, migrateToLatest, pingDatabase, seedReferenceData, type DB, type Kysely } from '@bt/db'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { invalidateSession, login, validateSessionToken, type NewSession, type ValidatedSession } from '@bt/auth'
import { toAmsterdamDate, type Actor, type Context } from './context.ts'
import { seedDemoData } from './demo/seed-demo.ts'
import type { RuntimeConfig } from './env.ts'
import { rethrowOutage } from './errors.ts'
import { startJobs, type JobRunner } from './jobs/start.ts'
import { takePublicRequest, type QuotaAnswer } from './open-data/rate-limit.ts'
import { appRouter } from './root.ts'
import { requestHandle } from './request-reads.ts'
import { createCallerFactory } from './trpc.ts'

const createCaller = createCallerFactory(appRouter)

/** The quota when a test runtime names none: the environment's defaults. */
const DEFAULT_PUBLIC_QUOTA = { limit: 120, windowSeconds: 60 }

/**
 * Per-request facts the portal passes in: one object per request, since callers made from the same
 * scope share its memoised reads (request-reads.ts).
 */
export interface RequestScope {
  actor: Actor | null
  requestId: string
  now?: Date
  /**
   * Whether demo data is present, as the session check read it (`ValidatedSession.hasDemoData`):
   * `site.info` then sends no statement of its own. Absent for an anonymous request (ADR 050).
   */
  hasDemoData?: boolean | undefined
}

/** The server side of the API: one per process, owning the database connection. */
export interface ApiRuntime {
  /** A caller for loaders and actions, acting as the request's actor. */
  caller(scope: RequestScope): ReturnType<typeof createCaller>
  /** Serve tRPC over HTTP at `endpoint` (the portal's resource route). */
  handle(request: Request, endpoint: string, scope: RequestScope): Promise<Response>
  /**
   * The actor behind a session cookie's token, or undefined when it is unknown or expired. Like
   * `login` and `logout`, rejects with a SERVICE_UNAVAILABLE TRPCError when the database is down.
   */
  authenticate(token: string, now?: Date): Promise<ValidatedSession | undefined>
  /**
   * Check credentials (throttled per account and client address) and start a session. Throws a
   * DomainError: UNAUTHENTICATED (one message for every failure) or TOO_MANY_REQUESTS.
   */
  login(input: { email: string; password: string; clientAddress: string | null }, now?: Date): Promise<NewSession>
  /** End the session behind a token. */
  logout(token: string): Promise<void>
  /**
   * Count a public request (API or open-data download) of a client address against the quota per
   * window, in PostgreSQL. Rejects with a SERVICE_UNAVAILABLE TRPCError when the database is down.
   */
  takePublicRequest(clientAddress: string | null, now?: Date): Promise<QuotaAnswer>
  /** True when the database answers. */
  isHealthy(): Promise<boolean>
  close(): Promise<void>
}

/** One database handle per request scope: the procedures of one page view share its memoised reads. */
const handles = new WeakMap<RequestScope, Kysely<DB>>()

function handleFor(db: Kysely<DB>, scope: RequestScope): Kysely<DB> {
  let handle = handles.get(scope)
  if (!handle) handles.set(scope, (handle = requestHandle(db)))
  return handle
}

function contextFor(db: Kysely<DB>, scope: RequestScope, smtpConfigured: boolean): Context {
  const now = scope.now ?? new Date()
  return { db: handleFor(db, scope), actor: scope.actor, requestId: scope.requestId, now, today: toAmsterdamDate(now), smtpConfigured, hasDemoData: scope.hasDemoData }
}

/** Wrap an open, migrated database as the API runtime (tests pass their own database). */
export function createRuntimeOn(
  db: Kysely<DB>,
  config: Pick<RuntimeConfig, 'throttle'> & Partial<Pick<RuntimeConfig, 'sessionMaxHours' | 'mail' | 'publicQuota'>>,
  jobs: JobRunner | null = null,
): ApiRuntime {
  const maxHours = config.sessionMaxHours
  const smtpConfigured = Boolean(config.mail?.smtp)
  return {
    authenticate: (token, now = new Date()) =>
      validateSessionToken(db, { token, now, today: toAmsterdamDate(now), maxHours }).catch(rethrowOutage),
    login: (input, now = new Date()) =>
      login(db, { input, settings: config.throttle, now, sessionMaxHours: maxHours }).catch(rethrowOutage),
    logout: (token) => invalidateSession(db, { token }).catch(rethrowOutage),
    takePublicRequest: (clientAddress, now = new Date()) =>
      takePublicRequest(db, { clientAddress, now, quota: config.publicQuota ?? DEFAULT_PUBLIC_QUOTA }).catch(rethrowOutage),
    caller: (scope) => createCaller(contextFor(db, scope, smtpConfigured)),
    handle: (request, endpoint, scope) =>
      fetchRequestHandler({ endpoint, req: request, router: appRouter, createContext: () => contextFor(db, scope, smtpConfigured) }),
    isHealthy: () =>
      pingDatabase(db).then(
        () => true,
        () => false,
      ),
    close: async () => {
      await jobs?.stop()
      await db.destroy()
    },
  }
}

/**
 * Open the configured database, bring it to the latest migration, seed reference data (and demo
 * data when configured), start the background jobs (unless RUN_JOBS=0) and return the runtime. Rejects when the database cannot be reached.
 */
export async function createRuntime(config: RuntimeConfig): Promise<ApiRuntime> {
  if (config.database.kind === 'pglite' && !config.database.dataDir.includes('://')) {
    mkdirSync(config.database.dataDir, { recursive: true })
  }
  const db = await createDb(config.database)
  try {
    await migrateToLatest(db)
    await seedReferenceData(db)
    if (config.seedDemo) await seedDemoData(db, new Date())
    // Background jobs start with the process unless RUN_JOBS=0 leaves them to a separate worker.
    const jobs = config.runJobs ? startingJobs(startJobs(db, config), config) : null
    return createRuntimeOn(db, config, jobs)
  } catch (error) {
    await db.destroy()
    throw error
  }
}

/**
 * The jobs start beside the first requests instead of before them (graphile-worker checks its own
 * schema and opens its pool: a second of a start on PostgreSQL, issue 20). A runner that fails to
 * start is logged; stopping waits for the start.
 */
function startingJobs(starting: Promise<JobRunner>, config: Pick<RuntimeConfig, 'database'>): JobRunner {
  const started = starting.catch((error: unknown) => {
    console.error('Background jobs not started:', error)
    return null
  })
  return { kind: config.database.kind === 'postgres' ? 'graphile-worker' : 'in-process', stop: async () => (await started)?.stop() }
}

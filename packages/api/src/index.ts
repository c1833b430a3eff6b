export type { Actor, Context, RoleGrant } from './context.ts'
export { DATABASE_UNAVAILABLE_MESSAGE } from './errors.ts'
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts.ts'
export type { FieldErrors } from './trpc.ts'
export { SESSION_DAYS } from '@bt/auth'
export { readRuntimeConfig, type RuntimeConfig } from './env.ts'
export { appRouter, type AppRouter } from './root.ts'
export { createRuntime, createRuntimeOn, type ApiRuntime, type RequestScope } from './runtime.ts'
export type { Audience, Meta } from './trpc.ts'

import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import type { AppRouter } from './root.ts'

/** Inputs of every procedure, e.g. `RouterInputs['region']['bySlug']`. */
export type RouterInputs = inferRouterInputs<AppRouter>
/** Outputs of every procedure, e.g. `RouterOutputs['region']['list']['regions'][number]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>

// Open data and the public API (issue 15, ADR 022).
export { answerPublicApi, apiError, type PublicApiAnswer } from './open-data/public-api.ts'
export { API_BASE, buildOpenApiDocument } from './open-data/openapi.ts'
export type { CacheClass } from './open-data/dataset.ts'
export type { QuotaAnswer } from './open-data/rate-limit.ts'

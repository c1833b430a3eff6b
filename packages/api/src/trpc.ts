import { DomainError, fieldErrorsFromZod, findNulCharacter, NUL_CHARACTER_MESSAGE, type FieldErrors, type RoleKey } from '@bt/domain'
import { initTRPC, TRPCError } from '@trpc/server'
import superjson from 'superjson'
import { ZodError } from 'zod'
import type { Context } from './context.ts'
import { INTERNAL_ERROR_MESSAGE, toTRPCError } from './errors.ts'
import { forgetReads } from './request-reads.ts'

/**
 * Who may call a procedure: anyone, anyone signed in, or holders of one of the listed roles.
 * Tenancy (which region, which record) is checked in the service with `@bt/auth`'s permission function.
 */
export type Audience = 'public' | 'signed-in' | readonly RoleKey[]

/** Every procedure declares its audience in `.meta({ allow })`; the router-walk test enforces it. */
export interface Meta {
  allow: Audience
}

export type { FieldErrors }

/** Field errors keyed by field path ('email', 'assignment.regionCodes'), or null. */
function fieldErrorsOf(cause: unknown): FieldErrors | null {
  if (cause instanceof ZodError) return fieldErrorsFromZod(cause)
  // DomainError details are a plain record; services put FieldErrors under this key
  if (cause instanceof DomainError && cause.details?.fieldErrors) return cause.details.fieldErrors as FieldErrors
  return null
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter: ({ shape, error }) => ({
      ...shape,
      // Errors that never reached a procedure (a broken request) are mapped here too: no internal text out.
      message: error.code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_ERROR_MESSAGE : shape.message,
      data: {
        ...shape.data,
        // Field-level messages (Dutch, from the domain schemas or a domain rule) for forms.
        fieldErrors: fieldErrorsOf(error.cause),
        stack: undefined,
      },
    }),
  })

const mapErrors = t.middleware(async ({ next, ctx, path }) => {
  const result = await next()
  if (!result.ok) {
    const error = toTRPCError(result.error)
    // Logged here with the request id, since the client gets only a generic message.
    if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`[${ctx.requestId}] ${path} failed`, error.cause)
    throw error
  }
  return result
})

// PostgreSQL stores no NUL character in text or jsonb: refuse it in any input, whatever its schema.
const rejectNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  const path = findNulCharacter(await getRawInput())
  if (path) {
    const field = path.join('.') || '_form'
    throw new DomainError('INVALID', NUL_CHARACTER_MESSAGE, { fieldErrors: { [field]: [NUL_CHARACTER_MESSAGE] } })
  }
  return next()
})

const enforceAudience = t.middleware(({ meta, ctx, next, path }) => {
  const allow = meta?.allow
  if (allow === undefined) {
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `Procedure ${path} declares no audience` })
  }
  if (allow === 'public') return next()
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Log in om verder te gaan.' })
  if (allow === 'signed-in') return next()
  const roles = new Set(ctx.actor.grants.map((g) => g.role))
  if (!allow.some((role) => roles.has(role))) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'U heeft geen toegang tot deze gegevens.' })
  }
  return next()
})

// A mutation may change what the request's earlier reads remembered (a form posted without JavaScript
// runs its action and then the page's loaders in one request): forget them before and after it.
const forgetReadsAroundMutations = t.middleware(async ({ type, ctx, next }) => {
  if (type !== 'mutation') return next()
  forgetReads(ctx.db)
  try {
    return await next()
  } finally {
    forgetReads(ctx.db)
  }
})

export const createTRPCRouter = t.router
export const createCallerFactory = t.createCallerFactory
/** The only procedure builder: error mapping and the audience check apply to every procedure. */
export const procedure = t.procedure.use(mapErrors).use(enforceAudience).use(rejectNulCharacters).use(forgetReadsAroundMutations)

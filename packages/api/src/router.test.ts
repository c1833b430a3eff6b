import { TRPCError } from '@trpc/server'
import { describe, expect, it } from 'vitest'
import { appRouter } from './root.ts'
import { createCallerFactory, createTRPCRouter, procedure, type Meta } from './trpc.ts'

describe('the router walk', () => {
  const procedures = Object.entries(appRouter._def.procedures) as unknown as [string, { _def: { meta?: Meta } }][]

  it('finds the procedures', () => {
    expect(procedures.length).toBeGreaterThan(10)
  })

  it.each(procedures.map(([path, p]) => [path, p._def.meta]))('%s declares who may call it', (_path, meta) => {
    expect(meta?.allow).toBeDefined()
    const allow = meta?.allow
    expect(allow === 'public' || allow === 'signed-in' || (Array.isArray(allow) && allow.length > 0)).toBe(true)
  })

  it('refuses to run a procedure that declares no audience', async () => {
    const router = createTRPCRouter({ undeclared: procedure.query(() => 'secret') })
    const caller = createCallerFactory(router)({ actor: null, requestId: 't', now: new Date(), today: '2026-01-01', db: undefined as never })
    const error = await caller.undeclared().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('INTERNAL_SERVER_ERROR')
    // The client gets a generic message; the reason is in the logged cause.
    expect((error as TRPCError).cause?.message).toMatch(/declares no audience/)
  })
})

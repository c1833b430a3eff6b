import { may, type Permission } from '@bt/auth'
import { DomainError } from '@bt/domain'
import type { Context } from '../context.ts'

/** Tenancy: throw FORBIDDEN unless the actor may do this to that region / municipality / nation. */
export function requirePermission(ctx: Pick<Context, 'actor'>, permission: Permission): void {
  if (!may(ctx.actor, permission)) {
    throw new DomainError('FORBIDDEN', 'U heeft geen toegang tot deze gegevens.')
  }
}

/** The actor of a procedure whose audience guarantees one. */
export function requireActor(ctx: Pick<Context, 'actor'>) {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', 'Log in om verder te gaan.')
  return ctx.actor
}

/** A CONFLICT for a stale edit, carrying the current record so the form can show both versions. */
export function staleEdit(entity: string, current: unknown): DomainError {
  return new DomainError(
    'CONFLICT',
    `Iemand anders heeft ${entity} intussen gewijzigd. Bekijk de huidige versie en sla uw wijziging opnieuw op.`,
    { current },
  )
}

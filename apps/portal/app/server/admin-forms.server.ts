import type { RoleAssignmentSchema, RoleGrantInput } from '@bt/domain'
import type { z } from 'zod'

/** A one-time link as the administrator sees it: the full address and when it stops working. */
export interface OneTimeLink {
  url: string
  expiresAt: string
}

/**
 * The full set-password address of a one-time token, on this site's origin. It is shown once in
 * the action's response and never put in a redirect or query string.
 */
export function oneTimeLink(
  request: Request,
  link: { token: string; expiresAt: Date },
): OneTimeLink {
  return {
    url: `${new URL(request.url).origin}/wachtwoord-instellen/${encodeURIComponent(link.token)}`,
    expiresAt: new Date(link.expiresAt).toISOString(),
  }
}

/**
 * The grants `RoleAssignmentSchema` produced, back in the form's shape. The API procedures take
 * the schema's input (they parse it themselves), so after checking a form with the same schema
 * the action hands the API this, not the transformed output.
 */
export function assignmentInput(grants: readonly RoleGrantInput[]): RoleAssignmentInput {
  const [first] = grants
  if (!first) throw new Error('RoleAssignmentSchema always yields at least one grant')
  return {
    role: first.role,
    regionCodes: grants.flatMap((g) => (g.regionCode ? [g.regionCode] : [])),
    municipalityCode: first.municipalityCode ?? undefined,
  }
}

type RoleAssignmentInput = z.input<typeof RoleAssignmentSchema>

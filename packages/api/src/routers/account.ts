import { getPasswordLinkUser, redeemPasswordLink } from '@bt/auth'
import { findMunicipalityValidity, listRegions } from '@bt/db'
import { ROLES, SetPasswordSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { audit } from '../services/audit.ts'
import { requireActor } from '../services/guards.ts'
import { procedure } from '../trpc.ts'

export const accountRouter = {
  /** Who am I: name, email and roles with Dutch labels and the names of their regions. */
  me: procedure.meta({ allow: 'signed-in' }).query(async ({ ctx }) => {
    const actor = requireActor(ctx)
    const regions = new Map((await listRegions(ctx.db, { onDate: ctx.today })).map((r) => [r.code, r]))
    const municipalityNames = new Map(
      await Promise.all(
        actor.grants.flatMap((g) =>
          g.municipalityCode
            ? [findMunicipalityValidity(ctx.db, { code: g.municipalityCode }).then((m) => [g.municipalityCode, m?.name] as const)]
            : [],
        ),
      ),
    )
    return {
      name: actor.name,
      email: actor.email,
      grants: actor.grants.map((g) => ({
        role: g.role,
        roleLabel: ROLES[g.role].label,
        regionCode: g.regionCode,
        regionName: g.regionCode ? (regions.get(g.regionCode)?.name ?? g.regionCode) : null,
        regionSlug: g.regionCode ? (regions.get(g.regionCode)?.slug ?? null) : null,
        municipalityCode: g.municipalityCode,
        municipalityName: g.municipalityCode ? (municipalityNames.get(g.municipalityCode) ?? g.municipalityCode) : null,
      })),
    }
  }),

  /** Whom a one-time link belongs to (the set-password page); NOT_FOUND when used or expired. */
  passwordLink: procedure
    .meta({ allow: 'public' })
    .input(z.object({ token: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      const user = await getPasswordLinkUser(ctx.db, { token: input.token, now: ctx.now })
      return { name: user.name, email: user.email, purpose: user.purpose }
    }),

  /** Set a password through a one-time link: single use, ends existing sessions, audited. */
  setPassword: procedure
    .meta({ allow: 'public' })
    .input(SetPasswordSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute(async (trx) => {
        const user = await redeemPasswordLink(trx, { token: input.token, password: input.password, now: ctx.now })
        await audit(trx, { ...ctx, actor: null }, { action: 'user.password_set', entityType: 'user', entityId: user.userId })
        return { email: user.email }
      }),
    ),
} satisfies TRPCRouterRecord

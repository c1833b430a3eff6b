import { findCurrentIndeling, listRegions } from '@bt/db'
import { AgreementFilterSchema, AuditLogFilterSchema, RegionSlugSchema } from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { readLogbook } from '../services/audit-log/read.ts'
import { requirePermission } from '../services/guards.ts'
import { getRegion, getRegionShell } from '../services/regions/region.ts'
import { getNvoLevels, getRegionOverview } from '../services/regions/overview.ts'
import { getRegionTable } from '../services/regions/table.ts'
import { procedure } from '../trpc.ts'

export const regionRouter = {
  /** All regions with member counts; public: names and memberships are reference data. */
  list: procedure.meta({ allow: 'public' }).query(async ({ ctx }) => {
    const [regions, indeling] = await Promise.all([
      listRegions(ctx.db, { onDate: ctx.today }),
      findCurrentIndeling(ctx.db, { onDate: ctx.today }),
    ])
    return { regions, isExampleIndeling: indeling?.kind !== 'imported', asOf: ctx.today }
  }),

  /**
   * The national region table: every region's published NvO levels, coverage, adoptions, planning,
   * completeness and last change. Signed in: region-reported figures per region need login.
   */
  table: procedure.meta({ allow: 'signed-in' }).query(({ ctx }) => getRegionTable(ctx.db, ctx)),

  /** One region's shell: name, centrumgemeente and members today. */
  bySlug: procedure
    .meta({ allow: 'public' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(async ({ ctx, input }) => {
      const region = await getRegionShell(ctx.db, ctx, input.slug)
      return {
        code: region.code,
        name: region.name,
        slug: region.slug,
        centralMunicipalityName: region.centralMunicipalityName,
        province: region.province,
        members: region.members,
        inhabitants: region.members.reduce((sum, m) => sum + m.inhabitants, 0),
        isExampleIndeling: region.indelingKind !== 'imported',
      }
    }),

  /** The region's agreements: matrix, white spots, planning, completeness, levels, filtered list. */
  agreements: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema, filter: AgreementFilterSchema.default({}) }))
    .query(({ ctx, input }) => getRegionOverview(ctx.db, ctx, input)),

  /** The region's NvO levels, with their history for the region's own readers. */
  nvoLevels: procedure
    .meta({ allow: 'signed-in' })
    .input(z.object({ slug: RegionSlugSchema }))
    .query(({ ctx, input }) => getNvoLevels(ctx.db, ctx, input)),

  /**
   * A region's change history. Like its drafts, it is for the region's own users and its VNG
   * adviser (DESIGN.md visibility table): everyone else gets FORBIDDEN.
   */
  history: procedure
    .meta({ allow: 'signed-in' })
    .input(AuditLogFilterSchema.and(z.object({ slug: RegionSlugSchema })))
    .query(async ({ ctx, input }) => {
      const { slug, ...filter } = input
      const region = await getRegion(ctx.db, slug)
      requirePermission(ctx, { action: 'read_drafts', regionCode: region.code })
      const page = await readLogbook(ctx.db, { ...filter, regionCode: region.code })
      return { region: { code: region.code, name: region.name, slug: region.slug }, ...page }
    }),
} satisfies TRPCRouterRecord

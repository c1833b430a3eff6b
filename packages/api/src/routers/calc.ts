import { regionsWithDraftAccess, ROLE_RIGHTS } from '@bt/auth'
import {
  countCalcDatasetRows,
  findCurrentCalcDataset,
  listCalcDatasets,
  listMunicipalitiesWithRegion,
  listRegionCodes,
  loadCalcDatasetSummary,
} from '@bt/db'
import {
  CalcDatasetImportSchema,
  CompareScenariosSchema,
  PublishedAmountsImportSchema,
  ResidenceCheckSchema,
  SaveScenarioSchema,
  ScenarioParametersSchema,
  ScenarioRefSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { compareScenarios } from '../services/calc/compare.ts'
import { importCalcDataset } from '../services/calc/import.ts'
import {
  importPublishedAmounts,
  listPublishedRegions,
  previewPublishedImport,
} from '../services/calc/published-import.ts'
import { getReferenceScenario, markReferenceScenario } from '../services/calc/reference-scenario.ts'
import { checkResidence } from '../services/calc/residence.ts'
import { computeScenario } from '../services/calc/scenario.ts'
import { requireActor } from '../services/guards.ts'
import {
  getScenario,
  listScenarios,
  markRegionChoice,
  recomputeScenario,
  saveScenario,
} from '../services/calc/saved-scenarios.ts'
import { procedure } from '../trpc.ts'

// /rekenen (DOMAIN.md §6). Running a scenario reads only the calculation data set and the regional
// indeling, never a region's drafts, so everyone signed in may run it for the nation or any region;
// saved scenarios follow their visibility (owner, the region's readers, everyone signed in).
const signedIn = procedure.meta({ allow: 'signed-in' })

export const calcRouter = {
  /** What the /rekenen form needs: today's data set (or null), regions, municipalities, the actor's regions. */
  overview: signedIn.query(async ({ ctx }) => {
    const actor = requireActor(ctx)
    const dataset = await findCurrentCalcDataset(ctx.db)
    const [municipalities, regions] = await Promise.all([
      listMunicipalitiesWithRegion(ctx.db, { onDate: ctx.today }),
      listRegionCodes(ctx.db),
    ])
    const data = dataset ? await loadCalcDatasetSummary(ctx.db, { datasetId: dataset.id }) : null
    const publishedRegions = dataset
      ? await listPublishedRegions(ctx.db, { datasetId: dataset.id, municipalities })
      : []
    const withMembers = new Set(municipalities.map((m) => m.regionCode))
    return {
      dataset:
        dataset && data
          ? {
              id: dataset.id,
              label: dataset.label,
              kind: dataset.kind,
              budgetYear: dataset.budgetYear,
              macroBudgetCents: dataset.macroBudgetCents,
              moMacroBudgetCents: dataset.moMacroBudgetCents,
              createdAt: dataset.createdAt,
              measures: data.measures,
              hasWlzData: data.hasWlzData,
              hasWmoIntegrationPayment: data.hasWmoIntegrationPayment,
            }
          : null,
      /** Regions whose published amounts (rekenbestand) the data set holds, to fill in on /rekenen. */
      publishedRegions,
      regions: regions
        .filter((r) => withMembers.has(r.code))
        .map((r) => ({ code: r.code, name: r.name, slug: r.slug }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      municipalities: municipalities
        .map((m) => ({ code: m.code, name: m.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      /** Regions the actor may share a scenario with (read_drafts) and choose a model for (edit). */
      shareRegionCodes: regionsWithDraftAccess(actor),
      editRegionCodes: [
        ...new Set(
          actor.grants.flatMap((g) => (g.regionCode && ROLE_RIGHTS[g.role].region.includes('edit') ? [g.regionCode] : [])),
        ),
      ],
    }
  }),

  /** Compute a scenario on today's data; nothing is stored. */
  run: signedIn
    .input(ScenarioParametersSchema)
    .query(({ ctx, input }) =>
      computeScenario(ctx.db, { parameters: input, today: ctx.today, now: ctx.now }),
    ),

  /** Save a scenario with its parameters, data set and result; 'region' visibility needs that region's read access. */
  save: signedIn
    .input(SaveScenarioSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute((trx) => saveScenario(trx, ctx, input)),
    ),

  /** The saved scenarios the actor may read. */
  list: signedIn.query(({ ctx }) => listScenarios(ctx.db, ctx)),

  /** A saved scenario with its result as computed; FORBIDDEN when it is not shared with the actor. */
  get: signedIn.input(ScenarioRefSchema).query(({ ctx, input }) => getScenario(ctx.db, ctx, input)),

  /** A saved scenario's parameters computed again on today's data (nothing is stored). */
  recompute: signedIn
    .input(ScenarioRefSchema)
    .query(({ ctx, input }) => recomputeScenario(ctx.db, ctx, input)),

  /**
   * Saved scenarios (each readable by the actor) and variations of one on one parameter, computed
   * side by side on today's data; nothing is stored.
   */
  compare: signedIn
    .input(CompareScenariosSchema)
    .query(({ ctx, input }) => compareScenarios(ctx.db, ctx, input)),

  /** A region editor marks a scenario as the region's chosen sharing model (tenancy: edit on its region). */
  markRegionChoice: procedure
    .meta({ allow: ['region_editor'] })
    .input(ScenarioRefSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute((trx) => markRegionChoice(trx, ctx, input)),
    ),

  /**
   * The reference scenario (one saved scenario on real data), as saved, or null: what the money
   * indicators and bottleneck signals read.
   */
  referenceScenario: signedIn.query(({ ctx }) => getReferenceScenario(ctx.db)),

  /** A VNG analyst designates a saved scenario on real data as the reference scenario (audited). */
  markReferenceScenario: procedure
    .meta({ allow: ['vng_analyst'] })
    .input(ScenarioRefSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute((trx) => markReferenceScenario(trx, ctx, input)),
    ),

  /**
   * The woonplaatsbeginsel and new-client test for one client's history: computed and returned,
   * never stored, audited or logged (GDPR art. 9). A query would put the history in a URL over
   * HTTP, so it is a mutation that changes nothing.
   */
  checkResidence: signedIn
    .input(ResidenceCheckSchema)
    .mutation(({ ctx, input }) => checkResidence(ctx.db, input)),

  /** Every data set, newest first, with its row counts (administrators). */
  datasets: procedure.meta({ allow: ['admin'] }).query(async ({ ctx }) => {
    const datasets = await listCalcDatasets(ctx.db)
    return Promise.all(
      datasets.map(async (d) => ({
        ...d,
        rows: await countCalcDatasetRows(ctx.db, { datasetId: d.id }),
      })),
    )
  }),

  /** Import real tables all-or-nothing; refused with row errors naming file, row and column. */
  importDataset: procedure
    .meta({ allow: ['admin'] })
    .input(CalcDatasetImportSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute((trx) => importCalcDataset(trx, ctx, input)),
    ),

  /** Check a sheet of published amounts and Wmo-integratie-uitkering; nothing is stored. */
  previewPublished: procedure
    .meta({ allow: ['admin'] })
    .input(PublishedAmountsImportSchema)
    .mutation(({ ctx, input }) => previewPublishedImport(ctx.db, ctx, input)),

  /** Import published amounts into today's data set, all-or-nothing; refused with row errors. */
  importPublished: procedure
    .meta({ allow: ['admin'] })
    .input(PublishedAmountsImportSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction().execute((trx) => importPublishedAmounts(trx, ctx, input)),
    ),
} satisfies TRPCRouterRecord

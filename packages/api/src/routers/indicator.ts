import {
  BUILDING_BLOCKS,
  CommitIndicatorImportSchema,
  IndicatorDefinitionSchema,
  IndicatorEntryRefSchema,
  IndicatorKeySchema,
  IndicatorPeriodSchema,
  MunicipalityCodeSchema,
  PreviewIndicatorImportSchema,
  RegionSlugSchema,
  SaveIndicatorExplanationSchema,
  SaveIndicatorValuesSchema,
  UpdateIndicatorSchema,
} from '@bt/domain'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { createIndicator, loadCatalogue, updateIndicator } from '../services/indicators/catalogue.ts'
import { downloadIndicator, indicatorImportTemplate } from '../services/indicators/downloads.ts'
import { getEntryForm, saveExplanation, saveIndicatorValues } from '../services/indicators/entry.ts'
import { getIndicatorFigures } from '../services/indicators/figures.ts'
import { commitIndicatorImport, previewIndicatorImport } from '../services/indicators/import.ts'
import { getRegionLatestIndicators } from '../services/indicators/region-latest.ts'
import { getRegionIndicators } from '../services/indicators/region-section.ts'
import { procedure } from '../trpc.ts'

// /indicatoren (issue 12). Reading is public and tiered inside the services (visibility.ts): per-area
// figures of what regions report only for the signed in. Values in: analysts for any area, region
// editors for their own region.
const publicRead = procedure.meta({ allow: 'public' })
const valuesIn = procedure.meta({ allow: ['vng_analyst', 'region_editor'] })
const analyst = procedure.meta({ allow: ['vng_analyst'] })
// historyOf: a municipality whose value history the page shows beside the municipality table;
// recordsOf: a region (its centrumgemeente's code) whose records behind a record indicator the page lists.
const FiguresSchema = IndicatorKeySchema.extend({ period: IndicatorPeriodSchema.optional(), historyOf: MunicipalityCodeSchema.optional(), recordsOf: MunicipalityCodeSchema.optional() })

export const indicatorRouter = {
  /** The catalogue with the building blocks to group it by. */
  catalogue: publicRead.query(async ({ ctx }) => ({
    indicators: await loadCatalogue(ctx.db),
    buildingBlocks: BUILDING_BLOCKS.map((b) => ({ number: b.number, label: b.label })),
  })),

  /** One indicator's page: definition, national series, and per-area figures where the caller may see them. */
  figures: publicRead.input(FiguresSchema).query(({ ctx, input }) => getIndicatorFigures(ctx.db, ctx, input)),

  /** The same figures as CSV, with nothing the page would not show the caller. */
  download: publicRead.input(FiguresSchema).query(({ ctx, input }) => downloadIndicator(ctx.db, ctx, input)),

  /** The region's monitoring page: per indicator its recent series beside the national one. */
  regionSection: publicRead.input(z.object({ slug: RegionSlugSchema })).query(({ ctx, input }) => getRegionIndicators(ctx.db, ctx, input)),

  /** The region page's compact "Indicatoren" table: per indicator its latest figure (ADR 043). */
  regionLatest: publicRead.input(z.object({ slug: RegionSlugSchema })).query(({ ctx, input }) => getRegionLatestIndicators(ctx.db, ctx, input)),

  /** The import template with Dutch headers. */
  template: valuesIn.query(() => indicatorImportTemplate()),

  /** An analyst adds an indicator to the catalogue (audited). */
  create: analyst
    .input(IndicatorDefinitionSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => createIndicator(trx, ctx, input))),

  /** An analyst edits an indicator (audited; a stale edit gets CONFLICT with the current entry). */
  update: analyst
    .input(UpdateIndicatorSchema)
    .mutation(({ ctx, input }) => ctx.db.transaction().execute((trx) => updateIndicator(trx, ctx, input))),

  /** The entry form of a region and period. */
  entryForm: valuesIn.input(IndicatorEntryRefSchema).query(({ ctx, input }) => getEntryForm(ctx, input)),

  /** Save the entry form's values (history kept; unchanged values left alone). */
  saveValues: valuesIn.input(SaveIndicatorValuesSchema).mutation(({ ctx, input }) => saveIndicatorValues(ctx, input)),

  /** A region's own explanation beside its figures of an indicator. */
  saveExplanation: procedure
    .meta({ allow: ['region_editor'] })
    .input(SaveIndicatorExplanationSchema)
    .mutation(({ ctx, input }) => saveExplanation(ctx, input)),

  /** Check an import file's rows and stage them when all are valid (nothing stored otherwise). */
  previewImport: valuesIn.input(PreviewIndicatorImportSchema).mutation(({ ctx, input }) => previewIndicatorImport(ctx, input)),

  /** Commit a staged import, all rows or none. */
  commitImport: valuesIn.input(CommitIndicatorImportSchema).mutation(({ ctx, input }) => commitIndicatorImport(ctx, input)),
} satisfies TRPCRouterRecord

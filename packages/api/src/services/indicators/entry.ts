import { may } from '@bt/auth'
import {
  clearStagedRows,
  commitStagedImport,
  findRegionBySlug,
  insertIndicatorImport,
  listIndicatorExplanations,
  listValueHistories,
  listValuesForAreas,
  saveIndicatorExplanation,
  stageImportRows,
  type DB,
  type Kysely,
  type StagedRow,
} from '@bt/db'
import {
  DomainError,
  checkValue,
  getPeriod,
  type IndicatorEntryRefSchema,
  type SaveIndicatorExplanationSchema,
  type SaveIndicatorValuesSchema,
} from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { loadCatalogue } from './catalogue.ts'
import { mayEnterIndicator } from './import.ts'

type Ctx = Pick<Context, 'db' | 'actor' | 'requestId'>

/** The region, if the actor may enter its values (its editors, or an analyst for any region). */
async function requireEntryRegion(ctx: Ctx, slug: string) {
  const actor = requireActor(ctx)
  const region = await findRegionBySlug(ctx.db, { slug })
  if (!region) throw new DomainError('NOT_FOUND', `Regio ${slug} bestaat niet.`)
  const analyst = actor.grants.some((g) => g.role === 'vng_analyst')
  if (!analyst && !may(actor, { action: 'edit', regionCode: region.code })) {
    throw new DomainError('FORBIDDEN', `U mag geen waarden invoeren voor ${region.name}.`)
  }
  return { actor, region }
}

/** The indicators a region reports for a period kind, for this actor. */
async function entryIndicators(db: Kysely<DB>, actor: NonNullable<Context['actor']>, period: string) {
  const kind = getPeriod(period).kind
  return (await loadCatalogue(db)).filter(
    (i) => i.origin === 'region_reported' && i.levels.includes('region') && i.periodKinds.includes(kind) && mayEnterIndicator(actor, i),
  )
}

/** The entry form of one region and period: its region-reported indicators with current values and explanations. */
export async function getEntryForm(ctx: Ctx, input: z.output<typeof IndicatorEntryRefSchema>) {
  const { actor, region } = await requireEntryRegion(ctx, input.regionSlug)
  const indicators = await entryIndicators(ctx.db, actor, input.period)
  const [values, explanations] = await Promise.all([
    listValuesForAreas(ctx.db, { indicatorKeys: indicators.map((i) => i.key), level: 'region', areaCodes: [region.code] }),
    listIndicatorExplanations(ctx.db, { regionCode: region.code }),
  ])
  const shown = values.filter((v) => v.period === input.period)
  const histories = await listValueHistories(ctx.db, { valueIds: shown.map((v) => v.id) })
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    period: input.period,
    rows: indicators.map((indicator) => {
      const current = values.find((v) => v.indicatorKey === indicator.key && v.period === input.period) ?? null
      return {
        indicator,
        current: current && { state: current.state, value: current.value, numerator: current.numerator, denominator: current.denominator, source: current.source, enteredByLabel: current.enteredByLabel, enteredAt: current.enteredAt, version: current.version },
        /** The value's earlier versions (corrections), newest first, with who entered each and when it was replaced. */
        history: current ? histories.filter((h) => h.valueId === current.id) : [],
        explanation: explanations.find((e) => e.indicatorKey === indicator.key) ?? null,
      }
    }),
  }
}

/**
 * Save a region's values for a period through the same staged pipeline as an import (history kept,
 * unchanged values left alone). A value left blank with state "ontbreekt" is not entered. Field errors
 * are keyed `values.<i>.<field>`.
 */
export async function saveIndicatorValues(ctx: Ctx, input: z.output<typeof SaveIndicatorValuesSchema>) {
  const { actor, region } = await requireEntryRegion(ctx, input.regionSlug)
  const indicators = new Map((await entryIndicators(ctx.db, actor, input.period)).map((i) => [i.key, i]))
  const fieldErrors: Record<string, string[]> = {}
  const rows: StagedRow[] = []
  const periodEnd = getPeriod(input.period).lastDay
  input.values.forEach((entered, i) => {
    const indicator = indicators.get(entered.indicatorKey)
    if (!indicator) {
      fieldErrors[`values.${i}.indicatorKey`] = [`${entered.indicatorKey} kunt u hier niet invoeren.`]
      return
    }
    const blank = entered.value.trim() === '' && entered.numerator.trim() === '' && entered.denominator.trim() === ''
    if (entered.state === 'missing' && blank) return
    const checked = checkValue(indicator, entered)
    if (!checked.ok) {
      for (const e of checked.errors) (fieldErrors[`values.${i}.${e.field}`] ??= []).push(e.message)
      return
    }
    rows.push({ rowNumber: i + 2, indicatorKey: indicator.key, areaLevel: 'region', areaCode: region.code, period: input.period, periodEnd, ...checked.value, source: `Gemeld door ${region.name}` })
  })
  if (Object.keys(fieldErrors).length) {
    throw new DomainError('INVALID', 'Niet alle waarden zijn goed ingevuld; zie de velden.', { fieldErrors })
  }
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0, total: 0 }
  const importId = await insertIndicatorImport(ctx.db, { createdBy: actor.userId, createdByLabel: actor.name, filename: `invoer ${region.name} ${input.period}` })
  await stageImportRows(ctx.db, { importId, rows, errorCount: 0 })
  const summary = await ctx.db.transaction().execute(async (trx) => {
    const result = await commitStagedImport(trx, { importId, enteredBy: actor.userId, enteredByLabel: actor.name })
    await audit(trx, ctx, { action: 'indicator_values.saved', entityType: 'indicator_import', entityId: String(importId), regionCode: region.code, after: { period: input.period, ...result } })
    return result
  })
  await clearStagedRows(ctx.db, { importId })
  return summary ?? { inserted: 0, updated: 0, unchanged: 0, total: 0 }
}

/** A region editor writes the region's explanation beside its figures of an indicator (audited, versioned). */
export async function saveExplanation(ctx: Ctx, input: z.output<typeof SaveIndicatorExplanationSchema>) {
  const actor = requireActor(ctx)
  const region = await findRegionBySlug(ctx.db, { slug: input.regionSlug })
  if (!region) throw new DomainError('NOT_FOUND', `Regio ${input.regionSlug} bestaat niet.`)
  if (!may(actor, { action: 'edit', regionCode: region.code })) throw new DomainError('FORBIDDEN', `U mag geen toelichting schrijven voor ${region.name}.`)
  const catalogue = await loadCatalogue(ctx.db)
  if (!catalogue.some((i) => i.key === input.indicatorKey)) throw new DomainError('NOT_FOUND', `Indicator ${input.indicatorKey} bestaat niet.`)
  return ctx.db.transaction().execute(async (trx) => {
    const saved = await saveIndicatorExplanation(trx, { indicatorKey: input.indicatorKey, regionCode: region.code, body: input.body, version: input.version, updatedByLabel: actor.name })
    if (!saved) {
      const [current] = await listIndicatorExplanations(trx, { indicatorKey: input.indicatorKey, regionCode: region.code })
      throw staleEdit('de toelichting', current ?? null)
    }
    await audit(trx, ctx, { action: 'indicator_explanation.saved', entityType: 'indicator_explanation', entityId: `${input.indicatorKey}:${region.code}`, regionCode: region.code, after: { body: input.body } })
    return { version: saved.version }
  })
}

import { may, regionsWithDraftAccess } from '@bt/auth'
import {
  findFinancialAgreement,
  listReferenceTexts,
  listRegionMembers,
  listVisibleAgreements,
  listVisibleScenarios,
  publishFinancialAgreement as writePublication,
  saveFinancialAgreement as writeAgreement,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import {
  DomainError,
  EMPTY_FINANCIAL_AGREEMENT,
  isUnmeasuredHighRisk,
  MATRIX_EFFECTS,
  MATRIX_ROWS,
  matrixEffectKey,
  MAX_OWN_RISKS,
  readFinancialAgreement,
  riskRegister,
  type SaveFinancialAgreement,
} from '@bt/domain'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { getEditableRegion, getRegion, viewFor } from '../regions/region.ts'
import { checkLinkedScenarios, linkedScenarios } from './linked-scenarios.ts'
import { applySection, sectionOf } from './sections.ts'

// A region's financial agreement (issue 21, ADR 036), worked out the way VNG's handreiking lays it
// out. Its readers follow the plan's visibility: the region's own readers the working copy, everyone
// else signed in the published copy.

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/** The choice matrix with each option's effects as the administrator's reference texts hold them. */
async function matrixWithEffects(db: Kysely<DB>) {
  const texts = new Map((await listReferenceTexts(db)).filter((t) => t.kind === 'finance_matrix_effect').map((t) => [t.key, t.body]))
  return MATRIX_ROWS.map((row) => ({
    key: row.key,
    label: row.label,
    options: row.options.map((option) => ({
      key: option.key,
      label: option.label,
      effects: MATRIX_EFFECTS.map((effect) => {
        const key = matrixEffectKey(row.key, option.key, effect.key)
        return { key: effect.key, textKey: key, text: texts.get(key) ?? option.effects[effect.key] }
      }),
    })),
  }))
}

/** The region's agreement as the actor may see it, with the linked scenarios' amounts recomputed. */
export async function getFinancialAgreement(db: Kysely<DB>, ctx: Ctx, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  const view = viewFor(ctx, region.code)
  const canEdit = may(ctx.actor, { action: 'edit', regionCode: region.code })
  const [row, members, agreements, matrix] = await Promise.all([
    findFinancialAgreement(db, { regionCode: region.code }),
    listRegionMembers(db, { regionCode: region.code, onDate: ctx.today }),
    listVisibleAgreements(db, { regionCode: region.code, view }),
    matrixWithEffects(db),
  ])
  const published = row?.publishedVersion != null
  const content =
    view === 'draft' ? readFinancialAgreement(row?.content) : published ? readFinancialAgreement(row.publishedContent) : EMPTY_FINANCIAL_AGREEMENT
  const actor = requireActor(ctx)
  const scenarioOptions = canEdit
    ? (await listVisibleScenarios(db, { userId: actor.userId, regionCodes: regionsWithDraftAccess(actor), limit: 200 })).map((s) => ({
        id: s.id,
        name: s.name,
        regionName: s.regionName,
        isOwnRegion: s.regionCode === region.code,
      }))
    : []
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    view,
    content,
    version: view === 'draft' ? (row?.version ?? 0) : null,
    updatedAt: view === 'draft' ? (row?.updatedAt ?? null) : published ? row.publishedAt : null,
    updatedByLabel: view === 'draft' ? (row?.updatedByLabel ?? null) : published ? row.publishedByLabel : null,
    publication:
      view === 'draft' && row
        ? { publishedVersion: row.publishedVersion, publishedAt: row.publishedAt, unpublishedChanges: row.publishedVersion !== row.version }
        : null,
    members: members.map((m) => ({ code: m.code, name: m.name })),
    matrix,
    scenarios: await linkedScenarios(db, ctx, content.choices),
    scenarioOptions,
    // Division of tasks (item 5): the region's agreements tagged with plan element 3.
    tasks: agreements
      .filter((a) => a.planElements.includes('budget_and_risks') && a.stage !== 'vervallen')
      .map((a) => ({ id: a.id, title: a.title, stage: a.stage, municipalities: a.municipalities, themes: a.themes, plannedDate: a.plannedDate, dueDate: a.dueDate })),
    unmeasuredHighRisks: riskRegister(content).filter(isUnmeasuredHighRisk).map((r) => r.key),
    canEdit,
  }
}

/** Save one section on the version the editor saw; a stale version is a CONFLICT with the saved document. Audited. */
export async function saveFinancialAgreement(trx: Transaction<DB>, ctx: Ctx, input: SaveFinancialAgreement) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const actor = requireActor(ctx)
  const row = await findFinancialAgreement(trx, { regionCode: region.code })
  const current = readFinancialAgreement(row?.content)
  if ((row?.version ?? 0) !== input.version) throw staleEdit('de financiële afspraak', { version: row?.version ?? 0, content: current })
  const next = applySection(current, input, { name: actor.name, today: ctx.today })
  if (input.section === 'choices') {
    const fieldErrors = await checkLinkedScenarios(trx, ctx, region, next.choices)
    if (Object.keys(fieldErrors).length > 0)
      throw new DomainError('INVALID', 'Een gekoppeld scenario past niet bij deze regio. Er is niets opgeslagen.', { fieldErrors })
  }
  if (input.section === 'risks' && next.ownRisks.length > MAX_OWN_RISKS) {
    throw new DomainError('INVALID', `Het register heeft al ${MAX_OWN_RISKS} eigen risico's. Verwijder er eerst een.`, {
      fieldErrors: { 'ownRisks.new.label': [`Het register heeft hoogstens ${MAX_OWN_RISKS} eigen risico's.`] },
    })
  }
  if (input.section === 'strategy') {
    const members = new Set((await listRegionMembers(trx, { regionCode: region.code, onDate: ctx.today })).map((m) => m.code))
    const strangers = next.strategy.filter((s) => !members.has(s.municipalityCode))
    if (strangers.length > 0) {
      throw new DomainError('INVALID', `Gemeente ${strangers.map((s) => s.municipalityCode).join(', ')} hoort niet bij ${region.name}.`, {
        fieldErrors: Object.fromEntries(strangers.map((s) => [`places.${s.municipalityCode}.change`, ['Deze gemeente hoort niet bij de regio.']])),
      })
    }
  }
  const saved = await writeAgreement(trx, { regionCode: region.code, version: input.version, content: next, authorLabel: actor.name, now: ctx.now })
  if (!saved) {
    const latest = await findFinancialAgreement(trx, { regionCode: region.code })
    throw staleEdit('de financiële afspraak', { version: latest?.version ?? 0, content: readFinancialAgreement(latest?.content) })
  }
  await audit(trx, ctx, {
    action: 'financial_agreement.saved',
    entityType: 'financial_agreement',
    entityId: region.code,
    regionCode: region.code,
    before: sectionOf(current, input.section),
    after: sectionOf(next, input.section),
  })
  return { version: saved.version }
}

/** Publish the working copy (region editors): readers outside the region and the national view see it. Audited. */
export async function publishFinancialAgreement(trx: Transaction<DB>, ctx: Ctx, input: { regionSlug: string; version: number }) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const actor = requireActor(ctx)
  const published = await writePublication(trx, { regionCode: region.code, version: input.version, authorLabel: actor.name, now: ctx.now })
  if (!published) {
    const latest = await findFinancialAgreement(trx, { regionCode: region.code })
    if (!latest) throw new DomainError('INVALID', 'Er is nog geen financiële afspraak om te publiceren. Sla eerst een onderdeel op.')
    throw staleEdit('de financiële afspraak', { version: latest.version, content: readFinancialAgreement(latest.content) })
  }
  await audit(trx, ctx, {
    action: 'financial_agreement.published',
    entityType: 'financial_agreement',
    entityId: region.code,
    regionCode: region.code,
    after: { version: published.version },
  })
  return { version: published.version }
}

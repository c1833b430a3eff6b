import { may } from '@bt/auth'
import {
  findPlanSummaryParts,
  insertVisionVersion,
  listAdoptions,
  listPlanElements,
  listRegionMembers,
  listVisibleAgreements,
  listVisionVersions,
  savePlanElement as writePlanElement,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { PLAN_ELEMENT_KEYS, type AddVisionVersionSchema, type SavePlanElementSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { readOnce } from '../../request-reads.ts'
import { getEditableRegion, getRegion, viewFor } from '../regions/region.ts'
import { audit } from '../audit.ts'
import { requireActor, staleEdit } from '../guards.ts'
import { councilsWithAdoptions, getPlanAdoptions } from './plan-adoptions.ts'
import { visiblePlanElement, visiblePlanStatus } from './plan-publication.ts'

type Ctx = Pick<Context, 'actor' | 'requestId' | 'now' | 'today'>

/**
 * A region's plan (DOMAIN.md §4): the six elements with status, text and the agreements that fulfil
 * them; the regiovisie versions; and per member municipality which version its council adopted, when.
 * An adoption counts only for the version it names: after a new version, older ones stay visible.
 */
export async function getRegionalPlan(db: Kysely<DB>, ctx: Ctx, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  const view = viewFor(ctx, region.code)
  const [written, agreements, versions, adoptions, members, planAdoption] = await Promise.all([
    listPlanElements(db, { regionCode: region.code }),
    readOnce(db, listVisibleAgreements, { regionCode: region.code, view }),
    listVisionVersions(db, { regionCode: region.code }),
    listAdoptions(db, 'vision', { regionCode: region.code }),
    readOnce(db, listRegionMembers, { regionCode: region.code, onDate: ctx.today }),
    getPlanAdoptions(db, ctx, { regionCode: region.code }),
  ])
  const canEdit = may(ctx.actor, { action: 'edit', regionCode: region.code })
  const confirmableMunicipalities = members
    .filter((m) => may(ctx.actor, { action: 'record_adoption', municipalityCode: m.code }))
    .map((m) => m.code)
  const current = versions[0] ?? null
  const elements = PLAN_ELEMENT_KEYS.map((element) => {
    return {
      element,
      // Outside the region only the published copy (issue 11 item 8).
      ...visiblePlanElement(
        written.find((w) => w.element === element),
        view,
      ),
      agreements: agreements
        .filter((a) => a.planElements.includes(element) && a.stage !== 'vervallen')
        .map((a) => ({ id: a.id, title: a.title, stage: a.stage })),
    }
  })
  return {
    region: { code: region.code, name: region.name, slug: region.slug },
    elements,
    completeness: { done: elements.filter((e) => e.status === 'done').length, total: elements.length },
    versions,
    currentVersion: current,
    ...councilsWithAdoptions(members, adoptions, (a) => a.visionVersionId === current?.id),
    planAdoption,
    permissions: {
      canEdit,
      confirmableMunicipalities,
      // Whose council adoptions this reader may record: an editor every member, a signatory their own.
      recordableMunicipalities: canEdit ? members.map((m) => m.code) : confirmableMunicipalities,
    },
  }
}

/**
 * What the region page shows of its plan (issue 20, ADR 045): how many of the six elements are done,
 * the current regiovisie, and per member council whether it adopted that version and its latest
 * adoption. One statement for the elements' status, the current version and the adoptions (the
 * members come from the request's region shell), and none of the texts.
 */
export async function getPlanSummary(db: Kysely<DB>, ctx: Ctx, input: { slug: string }) {
  const region = await getRegion(db, input.slug)
  const view = viewFor(ctx, region.code)
  const [{ elements, currentVersion: current, adoptions }, members] = await Promise.all([
    findPlanSummaryParts(db, { regionCode: region.code }),
    readOnce(db, listRegionMembers, { regionCode: region.code, onDate: ctx.today }),
  ])
  const done = PLAN_ELEMENT_KEYS.filter((element) => visiblePlanStatus(elements.find((w) => w.element === element), view) === 'done')
  const { councils, adoptedCount } = councilsWithAdoptions(members, adoptions, (a) => a.visionVersionId === current?.id)
  return {
    completeness: { done: done.length, total: PLAN_ELEMENT_KEYS.length },
    currentVersion: current && { number: current.number, documentDate: current.documentDate },
    adoptedCount,
    councils: councils.map((c) => ({
      municipalityCode: c.municipalityCode,
      municipalityName: c.municipalityName,
      adoptsCurrent: c.adoptsCurrent,
      latestAdoption: c.adoptions[0] ? { versionNumber: c.adoptions[0].versionNumber, decisionDate: c.adoptions[0].decisionDate } : null,
    })),
  }
}

/** Write one plan element's status and text (region editors); a stale version is a CONFLICT. */
export async function savePlanElement(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof SavePlanElementSchema>) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const saved = await writePlanElement(trx, {
    regionCode: region.code,
    element: input.element,
    status: input.status,
    body: input.body,
    version: input.version,
    authorLabel: requireActor(ctx).name,
    now: ctx.now,
  })
  if (!saved) {
    const current = (await listPlanElements(trx, { regionCode: region.code })).find((e) => e.element === input.element)
    throw staleEdit('dit onderdeel van het plan', current)
  }
  await audit(trx, ctx, {
    action: 'plan_element.saved',
    entityType: 'plan_element',
    entityId: `${region.code}/${input.element}`,
    regionCode: region.code,
    after: { status: input.status, body: input.body },
  })
  return { version: saved.version }
}

/** Add the next regiovisie version (region editors). Audited. */
export async function addVisionVersion(trx: Transaction<DB>, ctx: Ctx, input: z.output<typeof AddVisionVersionSchema>) {
  const region = await getEditableRegion(trx, ctx, input.regionSlug)
  const version = await insertVisionVersion(trx, {
    regionCode: region.code,
    title: input.title,
    body: input.body,
    documentDate: input.documentDate,
    authorLabel: requireActor(ctx).name,
    now: ctx.now,
  })
  await audit(trx, ctx, {
    action: 'vision.version_added',
    entityType: 'vision_version',
    entityId: String(version.id),
    regionCode: region.code,
    after: { number: version.number, title: input.title, documentDate: input.documentDate },
  })
  return version
}

// Who may call each procedure: one role × procedure table that fails when a procedure has no row.
// Over 300 lines on purpose: the table is the point, one place to read and extend; split, it would
// no longer show at a glance that every procedure is covered.
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appRouter } from './root.ts'
import { createApiTest, WHO, type Who } from './testing.ts'

type Api = Awaited<ReturnType<typeof createApiTest>>
let api: Api
/** A published and a draft agreement of Regio Zwolle. */
const ids = { published: 0, draft: 0, adoption: 0, planAdoption: 0, attachment: 0, bottleneck: 0 }
const PDF = new TextEncoder().encode('%PDF-1.7 test')
const FIELDS = { title: 'Toegang', nvoAgreements: ['access'], themes: ['access'], conditions: ['low_threshold_access'] }
beforeAll(async () => {
  api = await createApiTest()
  const editor = api.callerAs('region_editor').agreement
  const published = await editor.create({ regionSlug: 'zwolle', fields: FIELDS })
  await editor.publish({ id: published.id, version: published.version })
  ids.published = published.id
  ids.draft = (await editor.create({ regionSlug: 'zwolle', fields: FIELDS })).id
  ids.attachment = (await api.callerAs('region_editor').attachment.upload({ ownerKind: 'agreement', ownerId: ids.draft, filename: 'a.pdf', content: PDF })).id
  const plan = api.callerAs('region_editor').plan
  const vision = await plan.addVisionVersion({ regionSlug: 'zwolle', title: 'Regiovisie', documentDate: '2026-01-15' })
  ids.adoption = (
    await plan.recordAdoption({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      visionVersionId: vision.id,
      decisionDate: '2026-02-01',
      decisionUrl: 'https://kampen.example/besluit',
    })
  ).id
  const element = await plan.saveElement({ regionSlug: 'zwolle', element: 'vision', status: 'done', body: 'De visie.', version: null })
  await plan.publishElement({ regionSlug: 'zwolle', element: 'vision', version: element.version })
  const revision = (await plan.get({ slug: 'zwolle' })).planAdoption.currentRevision
  ids.planAdoption = (
    await plan.recordPlanAdoption({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      planRevisionId: revision?.id ?? 0,
      decisionDate: '2026-03-01',
      decisionUrl: 'https://kampen.example/plan',
    })
  ).id
  const bottleneck = await api.callerAs('steering_member').bottleneck.create({ fields: BOTTLENECK, signalId: null })
  ids.bottleneck = bottleneck.id
  await api.callerAs('vng_analyst').edition.open(EDITION)
})
afterAll(() => api.close())

const EVERYONE = WHO
const SIGNED_IN = WHO.filter((w) => w !== 'anonymous')
const ZWOLLE_READERS: Who[] = ['region_editor', 'region_viewer', 'municipality_signatory', 'vng_adviser']
const ADMIN: Who[] = ['admin']
const MEETING_READERS: Who[] = ['vng_adviser', 'vng_analyst', 'steering_member']
/** A valid catalogue entry for the indicator procedures (existing key or stale version: no side effects). */
const INDICATOR = {
  key: 'waiting_list_bw',
  label: 'Wachtlijst beschermd wonen',
  definition: 'Personen op de wachtlijst aan het eind van de periode.',
  unit: 'count',
  nature: 'stock',
  levels: ['region', 'nation'],
  periodKinds: ['half_year'],
  direction: 'lower_is_better',
  aggregation: 'sum',
  buildingBlocks: [9],
  origin: 'region_reported',
  source: 'door de regio gemeld',
  licence: '',
  perThousand: false,
  ordinalLevels: [],
  target: null,
}
const ANALYST: Who[] = ['vng_analyst']
/** A bottleneck concerning Regio Zwolle (GM0193). */
const BOTTLENECK = {
  title: 'Te weinig crisisplekken',
  description: 'De regio heeft te weinig crisisplekken voor de doelgroep.',
  buildingBlocks: ['national_agreements'],
  regionCodes: ['GM0193'],
  severity: 3,
  likelihood: 3,
}
// Bottleneck register (issue 16): all of it for steering members, analysts and advisers; a region's
// part for its editors and viewers (another region's editor gets NOT_FOUND); counts for anyone.
const REGISTER_ALL: Who[] = ['vng_adviser', 'vng_analyst', 'steering_member']
const REGISTER_READERS: Who[] = [...REGISTER_ALL, 'region_editor', 'region_viewer', 'other_region_editor']
const ZWOLLE_REGISTER: Who[] = [...REGISTER_ALL, 'region_editor', 'region_viewer']
const RAISERS: Who[] = [...REGISTER_ALL, 'region_editor', 'other_region_editor']
const MANAGERS: Who[] = ['vng_analyst', 'steering_member']
/** The open edition the edition cases act on; stale versions and wrong states keep them free of side effects. */
const EDITION = { key: '2026-H1', windowOpens: '2026-03-01', windowCloses: '2026-07-15', dueDate: '2026-07-15' }
const PICTURE = { editionKey: '2026-H1', regionSlug: 'zwolle' }

interface AccessCase {
  path: string
  /** Input per caller (a function, so mutations can differ per caller). */
  input?: (who: Who) => unknown
  allowed: readonly Who[]
  /** Drafts are hidden rather than refused: NOT_FOUND also counts as denied. */
  hidden?: boolean
}

// The role × procedure table (sign-in issue): every procedure, who may call it, who may not.
// Zwolle (GM0193) is the callers' region where they have one; Groningen is another region.
const CASES: AccessCase[] = [
  { path: 'account.me', allowed: SIGNED_IN },
  { path: 'account.passwordLink', input: () => ({ token: 'onbekend' }), allowed: EVERYONE },
  {
    path: 'account.setPassword',
    input: () => ({ token: 'onbekend', password: 'een-lang-wachtwoord', confirmPassword: 'een-lang-wachtwoord' }),
    allowed: EVERYONE,
  },
  { path: 'site.info', allowed: EVERYONE },
  { path: 'overview.buildingBlocks', allowed: EVERYONE },
  { path: 'overview.buildingBlock', input: () => ({ number: 7 }), allowed: EVERYONE },
  { path: 'overview.moments', allowed: EVERYONE },
  { path: 'openData.list', allowed: EVERYONE },
  { path: 'openData.dataset', input: () => ({ key: 'bouwsteen-status' }), allowed: EVERYONE },
  // A moment date already taken (the seed's) and stale versions: allowed callers get CONFLICT, nothing changes.
  { path: 'overview.addMoment', input: () => ({ momentDate: '2020-12-07', label: 'BO 7 december 2020' }), allowed: ANALYST },
  {
    path: 'overview.setSubLineStatus',
    input: () => ({ subLineId: 1, version: 999, momentId: 1, status: 'done', note: 'Toelichting' }),
    allowed: ANALYST,
  },
  {
    path: 'overview.setBlockText',
    input: () => ({ buildingBlock: 'taskforce', version: 999, momentId: 1, explanation: 'Uitleg', implementation: 'n.v.t.', note: 'Toelichting' }),
    allowed: ANALYST,
  },
  { path: 'region.list', allowed: EVERYONE },
  { path: 'region.table', allowed: SIGNED_IN },
  { path: 'map.shapes', input: () => ({ onDate: '2026-03-02' }), allowed: EVERYONE },
  { path: 'region.bySlug', input: () => ({ slug: 'zwolle' }), allowed: EVERYONE },
  { path: 'region.history', input: () => ({ slug: 'zwolle' }), allowed: ZWOLLE_READERS },
  { path: 'admin.users.list', allowed: ADMIN },
  { path: 'admin.users.get', input: () => ({ userId: 'onbekend' }), allowed: ADMIN },
  {
    path: 'admin.users.create',
    input: (who) => ({
      email: `nieuw.${who}@test.example`,
      name: 'Nieuwe Gebruiker',
      assignment: { role: 'region_viewer', regionCodes: ['GM0193'] },
    }),
    allowed: ADMIN,
  },
  {
    path: 'admin.users.update',
    input: () => ({ userId: 'onbekend', version: 1, name: 'Naam', isActive: true, assignment: { role: 'admin' } }),
    allowed: ADMIN,
  },
  { path: 'admin.users.issuePasswordReset', input: () => ({ userId: 'onbekend' }), allowed: ADMIN },
  { path: 'admin.regions.list', allowed: ADMIN },
  { path: 'admin.municipalities.list', allowed: ADMIN },
  { path: 'admin.municipalities.get', input: () => ({ code: 'GM0193' }), allowed: ADMIN },
  { path: 'admin.municipalities.addMerger', input: () => ({ code: 'GM0193', name: 'Zwolle', province: 'Overijssel', validFrom: '2027-01-01', mergedCodes: ['GM0148'], regionCode: 'GM0193' }), allowed: ADMIN },
  { path: 'admin.municipalities.setValidity', input: () => ({ code: 'GM0193', existsFrom: '', existsUntil: '', previous: { existsFrom: '', existsUntil: '' } }), allowed: ADMIN },
  { path: 'admin.regions.rename', input: () => ({ code: 'GM0193', version: 999, name: 'Regio X' }), allowed: ADMIN },
  { path: 'admin.referenceTexts.list', allowed: ADMIN },
  { path: 'admin.referenceTexts.get', input: () => ({ kind: 'nvo_agreement', key: 'codesign' }), allowed: ADMIN },
  {
    path: 'admin.referenceTexts.update',
    input: () => ({ kind: 'nvo_agreement', key: 'codesign', version: 999, title: 'Titel', body: '' }),
    allowed: ADMIN,
  },
  { path: 'admin.indeling.preview', input: () => ({ csv: 'gemeentecode,centrumgemeentecode\n', validFrom: '2026-01-01' }), allowed: ADMIN },
  { path: 'admin.indeling.import', input: () => ({ csv: 'gemeentecode,centrumgemeentecode\n', validFrom: '2026-01-01' }), allowed: ADMIN },
  { path: 'admin.auditLog.page', input: () => ({}), allowed: ADMIN },
  { path: 'admin.outbox.list', allowed: ADMIN },
  // Notifications and "Mijn werk": everyone signed in, always for themselves only (services/notifications tests).
  { path: 'work.mine', allowed: SIGNED_IN },
  { path: 'notification.list', allowed: SIGNED_IN },
  { path: 'notification.markRead', input: () => ({}), allowed: SIGNED_IN },
  { path: 'notification.settings', allowed: SIGNED_IN },
  {
    path: 'notification.saveSettings',
    input: (who) => ({ userId: api.actors[who]?.userId ?? 'onbekend', settings: [] }),
    allowed: SIGNED_IN,
  },
  { path: 'region.agreements', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  { path: 'region.nvoLevels', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  { path: 'agreement.get', input: () => ({ id: ids.published }), allowed: SIGNED_IN },
  { path: 'agreement.get', input: () => ({ id: ids.draft }), allowed: ZWOLLE_READERS, hidden: true },
  { path: 'agreement.similar', input: () => ({ id: ids.published }), allowed: SIGNED_IN },
  { path: 'agreement.similar', input: () => ({ id: ids.draft }), allowed: ZWOLLE_READERS, hidden: true },
  { path: 'agreement.create', input: () => ({ regionSlug: 'zwolle', fields: FIELDS }), allowed: ['region_editor'] },
  { path: 'agreement.update', input: () => ({ id: ids.draft, version: 999, fields: FIELDS }), allowed: ['region_editor'] },
  {
    path: 'agreement.recordDelay',
    input: () => ({ id: ids.draft, version: 999, reason: 'Aanbesteding later', newDate: '2026-12-01' }),
    allowed: ['region_editor'],
  },
  { path: 'agreement.publish', input: () => ({ id: ids.draft, version: 999 }), allowed: ['region_editor'] },
  { path: 'agreement.diff', input: () => ({ id: ids.draft, from: 1, to: 1 }), allowed: ZWOLLE_READERS },
  { path: 'agreement.comments', input: () => ({ agreementId: ids.draft }), allowed: ZWOLLE_READERS },
  {
    path: 'agreement.addComment',
    input: () => ({ agreementId: ids.draft, parentId: null, body: 'Goed plan.' }),
    allowed: ['region_editor', 'region_viewer', 'vng_adviser'],
  },
  { path: 'agreement.readers', input: () => ({ agreementId: ids.draft }), allowed: ['region_editor', 'region_viewer', 'vng_adviser'] },
  { path: 'agreement.coAuthors', input: () => ({ agreementId: ids.draft }), allowed: ZWOLLE_READERS },
  { path: 'agreement.setCoAuthors', input: () => ({ agreementId: ids.draft, userIds: [] }), allowed: ['region_editor'] },
  // meetings (issue 17): steering members change them; steering members, analysts and advisers read
  // them; decisions about a region or block for everyone signed in, counts for anyone. Unknown ids
  // and stale versions keep the mutations free of side effects.
  { path: 'meeting.list', allowed: MEETING_READERS },
  { path: 'meeting.get', input: () => ({ id: 999_999 }), allowed: MEETING_READERS },
  { path: 'meeting.create', input: () => ({ kind: 'steering', title: 'Stuurgroep toegangstest', meetingDate: '2026-09-01', participantIds: [] }), allowed: ['steering_member'] },
  { path: 'meeting.setParticipants', input: () => ({ meetingId: 999_999, version: 1, participantIds: [] }), allowed: ['steering_member'] },
  { path: 'meeting.addItem', input: () => ({ meetingId: 999_999, version: 1, bottleneckId: null, title: 'Rondvraag' }), allowed: ['steering_member'] },
  { path: 'meeting.moveItem', input: () => ({ meetingId: 999_999, version: 1, itemId: 1, direction: 'up' }), allowed: ['steering_member'] },
  { path: 'meeting.removeItem', input: () => ({ meetingId: 999_999, version: 1, itemId: 1 }), allowed: ['steering_member'] },
  { path: 'meeting.recordOutcome', input: () => ({ itemId: 999_999, version: 1, outcome: 'deferred', decision: '' }), allowed: ['steering_member'] },
  { path: 'meeting.addActionItem', input: () => ({ itemId: 999_999, description: 'Brief', ownerUserId: 'x', dueDate: '2026-09-01' }), allowed: ['steering_member'] },
  { path: 'meeting.close', input: () => ({ meetingId: 999_999, version: 1 }), allowed: ['steering_member'] },
  { path: 'meeting.markActionDone', input: () => ({ actionItemId: 999_999 }), allowed: SIGNED_IN },
  { path: 'meeting.decisions', allowed: MEETING_READERS },
  { path: 'meeting.regionDecisions', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  { path: 'meeting.blockDecisions', input: () => ({ key: 'regional_cooperation' }), allowed: EVERYONE },
  { path: 'meeting.decisionCounts', allowed: EVERYONE },
  { path: 'plan.get', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  { path: 'plan.summary', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  {
    path: 'plan.saveElement',
    input: () => ({ regionSlug: 'zwolle', element: 'vision', status: 'done', body: '', version: 999 }),
    allowed: ['region_editor'],
  },
  {
    path: 'plan.publishElement',
    input: () => ({ regionSlug: 'zwolle', element: 'vision', version: 999 }),
    allowed: ['region_editor'],
  },
  { path: 'plan.agreementTexts', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  {
    path: 'plan.addVisionVersion',
    input: () => ({ regionSlug: 'zwolle', title: 'Regiovisie 2', documentDate: '2026-03-01' }),
    allowed: ['region_editor'],
  },
  // A council adoption (issue 19 item 8): the region's editors record any member council's, the
  // signatory (of Kampen, GM0166) only Kampen's: for Dalfsen (GM0148) or Zwolle (GM0193) it is refused.
  // An unknown version or revision keeps the allowed calls free of side effects.
  {
    path: 'plan.recordAdoption',
    input: () => ({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0148',
      visionVersionId: 999_999,
      decisionDate: '2026-02-01',
      decisionUrl: 'https://dalfsen.example/besluit',
    }),
    allowed: ['region_editor'],
  },
  {
    path: 'plan.recordAdoption',
    input: () => ({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      visionVersionId: 999_999,
      decisionDate: '2026-02-01',
      decisionUrl: 'https://kampen.example/besluit',
    }),
    allowed: ['region_editor', 'municipality_signatory'],
  },
  { path: 'plan.confirmAdoption', input: () => ({ adoptionId: ids.adoption }), allowed: ['municipality_signatory'] },
  // financial agreement (issue 21): reading needs login (drafts for the region's readers inside the
  // service); a stale version keeps the writes free of side effects; the distributions are public.
  { path: 'financialAgreement.get', input: () => ({ slug: 'zwolle' }), allowed: SIGNED_IN },
  {
    path: 'financialAgreement.save',
    input: () => ({ regionSlug: 'zwolle', version: 999, section: 'situation', answers: {} }),
    allowed: ['region_editor'],
  },
  { path: 'financialAgreement.publish', input: () => ({ regionSlug: 'zwolle', version: 999 }), allowed: ['region_editor'] },
  { path: 'financialAgreement.national', allowed: EVERYONE },
  {
    path: 'plan.recordPlanAdoption',
    input: () => ({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0193',
      planRevisionId: 999_999,
      decisionDate: '2026-02-01',
      decisionUrl: 'https://zwolle.example/besluit',
    }),
    allowed: ['region_editor'],
  },
  {
    path: 'plan.recordPlanAdoption',
    input: () => ({
      regionSlug: 'zwolle',
      municipalityCode: 'GM0166',
      planRevisionId: 999_999,
      decisionDate: '2026-02-01',
      decisionUrl: 'https://kampen.example/besluit',
    }),
    allowed: ['region_editor', 'municipality_signatory'],
  },
  { path: 'plan.confirmPlanAdoption', input: () => ({ adoptionId: ids.planAdoption }), allowed: ['municipality_signatory'] },
  {
    path: 'attachment.upload',
    input: () => ({ ownerKind: 'agreement', ownerId: ids.draft, filename: 'b.pdf', content: PDF }),
    allowed: ['region_editor'],
    hidden: true,
  },
  { path: 'attachment.list', input: () => ({ ownerKind: 'agreement', ownerId: ids.draft }), allowed: ZWOLLE_READERS, hidden: true },
  { path: 'attachment.list', input: () => ({ ownerKind: 'agreement', ownerId: ids.published }), allowed: SIGNED_IN },
  { path: 'attachment.download', input: () => ({ id: ids.attachment }), allowed: ZWOLLE_READERS, hidden: true },
  { path: 'agreement.exportSheet', input: () => ({ slug: 'zwolle' }), allowed: ZWOLLE_READERS },
  { path: 'agreement.stageSheet', input: () => ({ regionSlug: 'zwolle', rows: [] }), allowed: ['region_editor'] },
  { path: 'agreement.commitSheet', input: () => ({ regionSlug: 'zwolle', importId: 999_999 }), allowed: ['region_editor'] },
  { path: 'agreement.recheckSheet', input: () => ({ regionSlug: 'zwolle', importId: 999_999 }), allowed: ['region_editor'] },
  { path: 'agreement.publishMany', input: () => ({ regionSlug: 'zwolle', items: [{ id: ids.draft, version: 999 }] }), allowed: ['region_editor'] },
  { path: 'agreement.importSheet', input: () => ({ regionSlug: 'zwolle', rows: [] }), allowed: ['region_editor'] },
  {
    path: 'agreement.changeStages',
    input: () => ({ regionSlug: 'zwolle', ids: [ids.draft], stage: 'concept' }),
    allowed: ['region_editor'],
  },
  { path: 'search.agreements', input: () => ({ query: 'toegang' }), allowed: SIGNED_IN },
  {
    path: 'agreement.setNvoLevel',
    input: () => ({ regionSlug: 'zwolle', nvoAgreement: 'access', level: 2, explanation: '', version: 999 }),
    allowed: ['region_editor', 'vng_adviser'],
  },
  // calc (/rekenen): computing reads only calculation data, so everyone signed in may run it; saved
  // scenarios follow their visibility and markRegionChoice needs edit on the scenario's region
  // (tenancy with real scenarios: services/scenarios.test.ts). Unknown ids answer NOT_FOUND.
  { path: 'calc.overview', allowed: SIGNED_IN },
  { path: 'calc.run', input: () => ({ scope: 'GM0193', steps: 2 }), allowed: SIGNED_IN },
  {
    path: 'calc.save',
    input: (who) => ({ name: `Scenario ${who}`, visibility: 'private', parameters: { scope: 'GM0193', steps: 2 } }),
    allowed: SIGNED_IN,
  },
  { path: 'calc.list', allowed: SIGNED_IN },
  { path: 'calc.get', input: () => ({ scenarioId: 'onbekendscenario0000' }), allowed: SIGNED_IN },
  { path: 'calc.recompute', input: () => ({ scenarioId: 'onbekendscenario0000' }), allowed: SIGNED_IN },
  { path: 'calc.compare', input: () => ({ scenarioIds: ['onbekendscenario0000'] }), allowed: SIGNED_IN },
  { path: 'calc.markRegionChoice', input: () => ({ scenarioId: 'onbekendscenario0000' }), allowed: ['region_editor', 'other_region_editor'] },
  { path: 'calc.referenceScenario', allowed: SIGNED_IN },
  { path: 'calc.markReferenceScenario', input: () => ({ scenarioId: 'onbekendscenario0000' }), allowed: ['vng_analyst'] },
  {
    path: 'calc.checkResidence',
    input: () => ({ reportingMunicipalityCode: 'GM0193', reportDate: '2026-03-01', applicationDate: '2026-03-01' }),
    allowed: SIGNED_IN,
  },
  { path: 'calc.datasets', allowed: ADMIN },
  { path: 'calc.previewPublished', input: () => ({ rows: [{ row: 2, cells: { gemeentecode: 'GM0193', objectief: '1' } }] }), allowed: ADMIN },
  { path: 'calc.importPublished', input: () => ({ rows: [{ row: 2, cells: { gemeentecode: 'x', objectief: '1' } }] }), allowed: ADMIN },
  {
    path: 'calc.importDataset',
    input: () => ({ label: 'Test', budgetYear: 2026, macroBudgetEuros: 1000, historicalCsv: 'x', measuresCsv: 'y', valuesCsv: 'z' }),
    allowed: ADMIN,
  },
  // indicators (/indicatoren): reading is public and tiered inside (indicators.test.ts asserts what
  // anonymous callers get); values in for analysts and region editors, tenancy in the services.
  { path: 'indicator.catalogue', allowed: EVERYONE },
  { path: 'indicator.figures', input: () => ({ key: 'wmo_clients' }), allowed: EVERYONE },
  { path: 'indicator.download', input: () => ({ key: 'wmo_clients' }), allowed: EVERYONE },
  { path: 'indicator.regionSection', input: () => ({ slug: 'zwolle' }), allowed: EVERYONE },
  { path: 'indicator.regionLatest', input: () => ({ slug: 'zwolle' }), allowed: EVERYONE },
  { path: 'indicator.template', allowed: ['region_editor', 'vng_analyst', 'other_region_editor'] },
  { path: 'indicator.create', input: () => ({ ...INDICATOR, key: 'wmo_clients' }), allowed: ['vng_analyst'] },
  { path: 'indicator.update', input: () => ({ indicator: INDICATOR, version: 999 }), allowed: ['vng_analyst'] },
  { path: 'indicator.entryForm', input: () => ({ regionSlug: 'zwolle', period: '2025-H1' }), allowed: ['region_editor', 'vng_analyst'] },
  { path: 'indicator.saveValues', input: () => ({ regionSlug: 'zwolle', period: '2025-H1', values: [] }), allowed: ['region_editor', 'vng_analyst'] },
  {
    path: 'indicator.saveExplanation',
    input: () => ({ regionSlug: 'zwolle', indicatorKey: 'waiting_list_bw', body: 'Toelichting', version: 999 }),
    allowed: ['region_editor'],
  },
  { path: 'indicator.previewImport', input: () => ({ rows: [] }), allowed: ['region_editor', 'vng_analyst', 'other_region_editor'] },
  { path: 'indicator.commitImport', input: () => ({ importId: 999_999 }), allowed: ['region_editor', 'vng_analyst', 'other_region_editor'] },
  { path: 'bottleneck.counts', allowed: EVERYONE },
  { path: 'bottleneck.list', input: () => ({}), allowed: REGISTER_READERS },
  { path: 'bottleneck.get', input: () => ({ id: ids.bottleneck }), allowed: ZWOLLE_REGISTER, hidden: true },
  { path: 'bottleneck.formOptions', allowed: RAISERS },
  // An unknown owner: every raiser gets a field error, nothing is stored.
  { path: 'bottleneck.create', input: () => ({ fields: { ...BOTTLENECK, regionCodes: [], ownerUserId: 'onbekend' } }), allowed: RAISERS },
  { path: 'bottleneck.update', input: () => ({ id: ids.bottleneck, version: 999, fields: BOTTLENECK }), allowed: MANAGERS },
  { path: 'bottleneck.changeState', input: () => ({ id: ids.bottleneck, version: 999, to: 'in_progress' }), allowed: MANAGERS },
  { path: 'bottleneck.addComment', input: () => ({ bottleneckId: ids.bottleneck, body: 'Herkenbaar.' }), allowed: ZWOLLE_REGISTER, hidden: true },
  { path: 'bottleneck.desk', input: () => ({}), allowed: REGISTER_ALL },
  // mentions and co-authors on bottlenecks (issue 17): the bottleneck's readers; naming co-authors
  // is for managers or whoever raised it (the service checks; an empty list changes nothing).
  { path: 'bottleneck.readers', input: () => ({ bottleneckId: ids.bottleneck }), allowed: ZWOLLE_REGISTER, hidden: true },
  { path: 'bottleneck.coAuthors', input: () => ({ bottleneckId: ids.bottleneck }), allowed: ZWOLLE_REGISTER, hidden: true },
  { path: 'bottleneck.setCoAuthors', input: () => ({ bottleneckId: ids.bottleneck, userIds: [] }), allowed: MANAGERS, hidden: true },
  { path: 'signal.list', input: () => ({}), allowed: REGISTER_ALL },
  { path: 'signal.get', input: () => ({ id: 999_999 }), allowed: REGISTER_ALL },
  { path: 'signal.recompute', allowed: MANAGERS },
  { path: 'signal.thresholds', allowed: REGISTER_ALL },
  {
    path: 'signal.saveThresholds',
    input: () => ({ version: 999, thresholds: { agreementDelayDays: 90, visionAdoptionDeadline: '2026-01-01', budgetDropPercent: 10, offTargetPeriods: 2 } }),
    allowed: ANALYST,
  },
  // editions (/edities): national counts public, a region's picture for its readers and analysts while
  // open; region steps for its editors, reviews for its adviser only (services/editions tests).
  { path: 'edition.list', allowed: EVERYONE },
  { path: 'edition.openSummary', allowed: EVERYONE },
  { path: 'edition.get', input: () => ({ editionKey: '2026-H1' }), allowed: EVERYONE },
  { path: 'edition.changes', input: () => ({}), allowed: EVERYONE },
  { path: 'edition.picture', input: () => PICTURE, allowed: [...ZWOLLE_READERS, 'vng_analyst'] },
  { path: 'edition.preview', input: () => PICTURE, allowed: ['region_editor'] },
  { path: 'edition.package', input: () => ({ editionKey: '2026-H1' }), allowed: SIGNED_IN },
  { path: 'edition.open', input: () => EDITION, allowed: ANALYST },
  { path: 'edition.freeze', input: () => ({ editionKey: '2026-H1', version: 999 }), allowed: ANALYST },
  { path: 'edition.save', input: () => ({ ...PICTURE, version: 999 }), allowed: ['region_editor'] },
  { path: 'edition.submit', input: () => ({ ...PICTURE, version: 999 }), allowed: ['region_editor'] },
  { path: 'edition.confirm', input: () => ({ ...PICTURE, version: 999 }), allowed: ['region_editor'] },
  { path: 'edition.return', input: () => ({ ...PICTURE, version: 999, comments: [{ itemKey: 'adoptions', body: 'Klopt dit?' }] }), allowed: ['vng_adviser'] },
  { path: 'edition.approve', input: () => ({ ...PICTURE, version: 999 }), allowed: ['vng_adviser'] },
]

async function outcome(who: Who, c: AccessCase): Promise<'allowed' | 'denied'> {
  let target: unknown = api.callerAs(who)
  for (const part of c.path.split('.')) target = (target as Record<string, unknown>)[part]
  try {
    await (target as (input: unknown) => Promise<unknown>)(c.input?.(who))
    return 'allowed'
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error
    // Anything but UNAUTHORIZED / FORBIDDEN (or NOT_FOUND for hidden drafts) means the caller got
    // past the permission check; invalid input and stale versions keep the cases free of side effects.
    const denied = ['UNAUTHORIZED', 'FORBIDDEN', ...(c.hidden ? ['NOT_FOUND'] : [])]
    return denied.includes(error.code) ? 'denied' : 'allowed'
  }
}

describe('the role × procedure table', () => {
  it('covers every procedure of the router', () => {
    expect([...new Set(CASES.map((c) => c.path))].sort()).toEqual(Object.keys(appRouter._def.procedures).sort())
  })

  for (const c of CASES) {
    for (const who of WHO) {
      const expected = c.allowed.includes(who) ? 'allowed' : 'denied'
      it(`${who} is ${expected} ${c.path}${c.hidden ? ' (draft)' : ''}`, async () => {
        expect(await outcome(who, c)).toBe(expected)
      })
    }
  }
})

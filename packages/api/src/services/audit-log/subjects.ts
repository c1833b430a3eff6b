// What an audit entry is about, in words and with a link: the logbooks name the agreement, the
// municipality or the person instead of showing ids and internal keys (issue 19).
import { listAuditSubjectNames, type DB, type Kysely } from '@bt/db'
import { BUILDING_BLOCKS, NVO_AGREEMENTS, NVO_THEMES, PLAN_ELEMENTS, auditEntityLabel } from '@bt/domain'

export interface AuditSubject {
  label: string
  /** Where the record can be seen; null when it has no page of its own. */
  href: string | null
}

interface EntryRef {
  entityType: string
  entityId: string
  regionCode: string | null
  after: unknown
}

/** Names of the records a page of entries refers to, each loaded in one query per kind. */
interface Names {
  regions: Map<string, { name: string; slug: string }>
  agreements: Map<string, { title: string; regionCode: string }>
  bottlenecks: Map<string, string>
  meetings: Map<string, string>
  /** Keyed "meeting_item:<id>" or "meeting_action_item:<id>": the meeting each belongs to. */
  meetingOf: Map<string, string>
  indicators: Map<string, string>
  municipalities: Map<string, string>
  users: Map<string, string>
  visions: Map<string, { title: string; regionCode: string }>
  adoptions: Map<string, { municipalityCode: string; visionVersionId: string }>
  attachments: Map<string, string>
}

/** Describes each entry of a page, keyed by the entry's position. */
export async function describeSubjects(db: Kysely<DB>, entries: readonly EntryRef[]): Promise<AuditSubject[]> {
  const names = await loadNames(db, entries)
  return entries.map((entry) => describe(entry, names))
}

function idsOf(entries: readonly EntryRef[], ...types: string[]): string[] {
  return [...new Set(entries.filter((e) => types.includes(e.entityType)).map((e) => e.entityId))]
}

const numeric = (ids: string[]) => ids.map(Number).filter(Number.isSafeInteger)

/** The id a comment's `after` names of its parent record ("agreementId", "bottleneckId"). */
function parentId(after: unknown, key: string): string | null {
  if (typeof after !== 'object' || after === null || !(key in after)) return null
  const value: unknown = Reflect.get(after, key)
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null
}

async function loadNames(db: Kysely<DB>, entries: readonly EntryRef[]): Promise<Names> {
  const rows = await listAuditSubjectNames(db, {
    agreementIds: numeric([
      ...idsOf(entries, 'agreement'),
      ...entries.flatMap((e) => (e.entityType === 'agreement_comment' ? [parentId(e.after, 'agreementId') ?? ''] : [])),
    ]),
    bottleneckIds: numeric([
      ...idsOf(entries, 'bottleneck'),
      ...entries.flatMap((e) => (e.entityType === 'bottleneck_comment' ? [parentId(e.after, 'bottleneckId') ?? ''] : [])),
    ]),
    meetingIds: numeric(idsOf(entries, 'meeting')),
    meetingItemIds: numeric(idsOf(entries, 'meeting_item')),
    actionItemIds: numeric(idsOf(entries, 'meeting_action_item')),
    adoptionIds: numeric(idsOf(entries, 'council_adoption')),
    visionIds: numeric(idsOf(entries, 'vision_version')),
    attachmentIds: numeric(idsOf(entries, 'attachment')),
    municipalityCodes: idsOf(entries, 'municipality'),
    userIds: idsOf(entries, 'user'),
    indicatorKeys: [...idsOf(entries, 'indicator'), ...idsOf(entries, 'indicator_explanation').map((id) => id.split(':')[0] ?? '')],
  })
  return {
    regions: new Map(rows.regions.map((r) => [r.code, { name: r.name, slug: r.slug }])),
    agreements: new Map(rows.agreements.map((a) => [String(a.id), { title: a.title, regionCode: a.regionCode }])),
    bottlenecks: new Map(rows.bottlenecks.map((b) => [String(b.id), b.title])),
    meetings: new Map(rows.meetings.map((m) => [String(m.id), m.title])),
    meetingOf: new Map([
      ...rows.items.map((i): [string, string] => [`meeting_item:${i.id}`, String(i.meetingId)]),
      ...rows.actions.map((a): [string, string] => [`meeting_action_item:${a.id}`, String(a.meetingId)]),
    ]),
    indicators: new Map(rows.indicators.map((i) => [i.key, i.label])),
    municipalities: new Map(rows.municipalities.map((m) => [m.code, m.name])),
    users: new Map(rows.users.map((u) => [u.id, u.name])),
    visions: new Map(rows.visions.map((v) => [String(v.id), { title: v.title, regionCode: v.regionCode }])),
    adoptions: new Map(
      rows.adoptions.map((a) => [String(a.id), { municipalityCode: a.municipalityCode, visionVersionId: String(a.visionVersionId) }]),
    ),
    attachments: new Map(rows.attachments.map((a) => [String(a.id), a.filename])),
  }
}

function describe(entry: EntryRef, names: Names): AuditSubject {
  const kind = auditEntityLabel(entry.entityType)
  const region = (code: string | null | undefined) => (code ? names.regions.get(code) : undefined)
  const ownRegion = region(entry.regionCode)
  const regionSuffix = ownRegion ? ` (${ownRegion.name})` : ''
  const regionPage = (path: string, code = entry.regionCode) => {
    const r = region(code)
    return r ? `/regio/${r.slug}${path}` : null
  }
  const [first = '', second = ''] = entry.entityId.split('/')

  switch (entry.entityType) {
    case 'agreement':
    case 'agreement_comment': {
      const id = entry.entityType === 'agreement' ? entry.entityId : (parentId(entry.after, 'agreementId') ?? '')
      const agreement = names.agreements.get(id)
      if (!agreement) return { label: `${kind} ${entry.entityId}${regionSuffix}`, href: null }
      const label = entry.entityType === 'agreement' ? `Afspraak “${agreement.title}”` : `Reactie bij “${agreement.title}”`
      return { label, href: regionPage(`/afspraken/${id}`, agreement.regionCode) }
    }
    case 'bottleneck':
    case 'bottleneck_comment': {
      const id = entry.entityType === 'bottleneck' ? entry.entityId : (parentId(entry.after, 'bottleneckId') ?? '')
      const title = names.bottlenecks.get(id)
      const label = title
        ? `${entry.entityType === 'bottleneck' ? 'Knelpunt' : 'Reactie bij knelpunt'} “${title}”`
        : `${kind} ${entry.entityId}`
      return { label, href: title ? `/stuurgroep/knelpunten/${id}` : null }
    }
    case 'meeting': {
      const title = names.meetings.get(entry.entityId)
      return {
        label: title ? `Overleg “${title}”` : `${kind} ${entry.entityId}`,
        href: title ? `/stuurgroep/vergaderingen/${entry.entityId}` : null,
      }
    }
    case 'meeting_item':
    case 'meeting_action_item': {
      const meetingId = names.meetingOf.get(`${entry.entityType}:${entry.entityId}`)
      const title = meetingId ? names.meetings.get(meetingId) : undefined
      return {
        label: title ? `${kind} in “${title}”` : kind,
        href: meetingId ? `/stuurgroep/vergaderingen/${meetingId}` : null,
      }
    }
    case 'building_block': {
      const block = BUILDING_BLOCKS.find((b) => b.key === entry.entityId)
      return block
        ? { label: `Bouwsteen ${block.number}: ${block.label}`, href: `/bouwstenen/${block.number}` }
        : { label: `${kind} ${entry.entityId}`, href: null }
    }
    case 'indicator':
    case 'indicator_explanation': {
      const key = entry.entityType === 'indicator' ? entry.entityId : (entry.entityId.split(':')[0] ?? '')
      const label = names.indicators.get(key)
      return {
        label: label ? `${entry.entityType === 'indicator' ? 'Indicator' : 'Toelichting bij'} “${label}”${regionSuffix}` : `${kind} ${key}`,
        href: label ? `/indicatoren/${encodeURIComponent(key)}` : null,
      }
    }
    case 'indicator_import':
      return { label: `${kind}${regionSuffix}`, href: ownRegion ? regionPage('/indicatoren') : '/indicatoren' }
    case 'municipality': {
      const name = names.municipalities.get(entry.entityId)
      return { label: `Gemeente ${name ?? entry.entityId}`, href: `/beheer/gemeenten/${entry.entityId}` }
    }
    case 'user':
      return { label: `Gebruiker ${names.users.get(entry.entityId) ?? entry.entityId}`, href: `/beheer/gebruikers/${entry.entityId}` }
    case 'region': {
      const r = region(entry.entityId)
      return { label: r ? `Regio ${r.name}` : `${kind} ${entry.entityId}`, href: r ? `/regio/${r.slug}` : null }
    }
    case 'nvo_level': {
      const agreement = NVO_AGREEMENTS.find((a) => a.key === second)
      const r = region(first)
      return {
        label: `NvO-niveau ${agreement ? `${agreement.number}. ${agreement.title}` : second}${r ? ` (${r.name})` : ''}`,
        href: regionPage('/niveaus', first),
      }
    }
    case 'plan_element': {
      const element = PLAN_ELEMENTS.find((p) => p.key === second)
      const r = region(first)
      return {
        label: `Planonderdeel ${element ? `${element.number}. ${element.label}` : second}${r ? ` (${r.name})` : ''}`,
        href: regionPage('/plan', first),
      }
    }
    case 'vision_version': {
      const vision = names.visions.get(entry.entityId)
      return {
        label: vision ? `Regiovisie “${vision.title}”` : kind,
        href: vision ? regionPage('/regiovisie', vision.regionCode) : null,
      }
    }
    case 'council_adoption': {
      const adoption = names.adoptions.get(entry.entityId)
      const vision = adoption ? names.visions.get(adoption.visionVersionId) : undefined
      const municipality = adoption ? (names.municipalities.get(adoption.municipalityCode) ?? adoption.municipalityCode) : null
      return {
        label: municipality ? `Vaststelling door de raad van ${municipality}${vision ? ` (“${vision.title}”)` : ''}` : kind,
        href: vision ? regionPage('/regiovisie', vision.regionCode) : regionPage('/regiovisie'),
      }
    }
    case 'attachment':
      return { label: `Bijlage “${names.attachments.get(entry.entityId) ?? entry.entityId}”${regionSuffix}`, href: null }
    case 'edition':
      return { label: `Editie ${entry.entityId}`, href: `/edities/${encodeURIComponent(entry.entityId)}` }
    case 'edition_region': {
      const r = region(second)
      return {
        label: `Beeld van ${r?.name ?? second} in editie ${first}`,
        href: r ? `/edities/${encodeURIComponent(first)}/${r.slug}` : `/edities/${encodeURIComponent(first)}`,
      }
    }
    case 'financial_agreement': {
      const r = region(entry.entityId)
      return { label: `Financiële afspraak${r ? ` (${r.name})` : ''}`, href: regionPage('/financiele-afspraak', entry.entityId) }
    }
    case 'reference_text': {
      const title =
        first === 'nvo_agreement'
          ? NVO_AGREEMENTS.find((a) => a.key === second)?.title
          : first === 'nvo_theme'
            ? NVO_THEMES.find((t) => t.key === second)?.label
            : second
      const what = first === 'nvo_agreement' ? 'NvO-afspraak' : first === 'nvo_theme' ? 'NvO-thema' : 'Effect in de keuzematrix'
      return { label: `${what} “${title ?? second}”`, href: `/beheer/teksten/${first}/${encodeURIComponent(second)}` }
    }
    case 'indeling':
      return { label: `Regio-indeling (versie ${entry.entityId})`, href: '/regio' }
    case 'calc_dataset':
      return { label: `Rekendata (versie ${entry.entityId})`, href: '/beheer/rekendata' }
    case 'scenario':
      return { label: `Scenario${regionSuffix}`, href: `/rekenen/scenario/${encodeURIComponent(entry.entityId)}` }
    case 'signal_thresholds':
      return { label: kind, href: '/stuurgroep/drempels' }
    case 'decision_moment':
      return { label: kind, href: '/bouwstenen/besluitmomenten' }
    case 'sub_line':
      return { label: kind, href: null }
    default:
      return { label: `${kind} ${entry.entityId}${regionSuffix}`, href: null }
  }
}

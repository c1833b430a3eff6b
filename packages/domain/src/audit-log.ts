// Reading the audit log: what kinds of record it names (in Dutch, for the logbooks' filter), the
// filter a logbook page accepts, and the Dutch names of the fields whose before/after it shows.
import { z } from 'zod'
import { IsoDateSchema } from './dates.ts'

/** Every kind of record the audit log names, with the Dutch word the logbooks use for it. */
export const AUDIT_ENTITY_LABELS = {
  agreement: 'Afspraak',
  agreement_comment: 'Reactie bij een afspraak',
  attachment: 'Bijlage',
  bottleneck: 'Knelpunt',
  bottleneck_comment: 'Reactie bij een knelpunt',
  building_block: 'Bouwsteen',
  calc_dataset: 'Rekendata',
  council_adoption: 'Vaststelling door een gemeenteraad',
  decision_moment: 'Besluitmoment',
  edition: 'Editie',
  edition_region: 'Beeld van een regio in een editie',
  financial_agreement: 'Financiële afspraak',
  indeling: 'Regio-indeling',
  indicator: 'Indicator',
  indicator_explanation: 'Toelichting bij een indicator',
  indicator_import: 'Indicatorwaarden',
  meeting: 'Overleg',
  meeting_action_item: 'Actiepunt',
  meeting_item: 'Agendapunt',
  municipality: 'Gemeente',
  nvo_level: 'NvO-niveau',
  plan_element: 'Planonderdeel',
  reference_text: 'Tekst',
  region: 'Regio',
  scenario: 'Scenario',
  signal_thresholds: 'Drempels voor signalen',
  sub_line: 'Bouwsteenonderdeel',
  user: 'Gebruiker',
  vision_version: 'Versie van de regiovisie',
} as const

export type AuditEntityType = keyof typeof AUDIT_ENTITY_LABELS

/** The Dutch word for a stored entity type; one from before this list keeps its key. */
export function auditEntityLabel(entityType: string): string {
  // hasOwn has checked the key, so the cast names a listed entity type
  return Object.hasOwn(AUDIT_ENTITY_LABELS, entityType) ? AUDIT_ENTITY_LABELS[entityType as AuditEntityType] : entityType
}

/** Entries per logbook page. */
export const AUDIT_PAGE_SIZE = 50

const blankAsUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)

/**
 * A logbook's filter and page: `before` is the id of the last entry of the previous page (keyset
 * paging, so a page never shifts while new entries arrive).
 */
export const AuditLogFilterSchema = z
  .object({
    entityType: z.preprocess(
      blankAsUndefined,
      // Object.keys loses the literal keys of the const object above; the cast restores them
      z.enum(Object.keys(AUDIT_ENTITY_LABELS) as [AuditEntityType, ...AuditEntityType[]], {
        message: 'Kies een soort gegevens uit de lijst.',
      }).optional(),
    ),
    actor: z.preprocess(blankAsUndefined, z.string().trim().max(100, 'Zoek op hoogstens 100 tekens.').optional()),
    regionCode: z.preprocess(
      blankAsUndefined,
      z.string().regex(/^[A-Z0-9]{2,12}$/, 'Kies een regio uit de lijst.').optional(),
    ),
    from: z.preprocess(blankAsUndefined, IsoDateSchema.optional()),
    until: z.preprocess(blankAsUndefined, IsoDateSchema.optional()),
    before: z.preprocess(blankAsUndefined, z.coerce.number().int().positive().optional()),
  })
  .refine((f) => !f.from || !f.until || f.from <= f.until, {
    message: 'De einddatum ligt voor de begindatum.',
    path: ['until'],
  })

export type AuditLogFilter = z.infer<typeof AuditLogFilterSchema>

/** Dutch names of the fields a before/after shows; a field not listed keeps its key. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  body: 'Tekst',
  description: 'Beschrijving',
  stage: 'Fase',
  stageReason: 'Reden van de fase',
  explanation: 'Toelichting',
  plannedDate: 'Geplande datum',
  dueDate: 'Einddatum',
  nvoAgreements: 'NvO-afspraken',
  themes: "Thema's",
  conditions: 'Condities',
  buildingBlocks: 'Bouwstenen',
  planElements: 'Planonderdelen',
  municipalities: 'Gemeenten',
  partners: 'Partners',
  milestones: 'Mijlpalen',
  delays: 'Vertragingen',
  name: 'Naam',
  email: 'E-mailadres',
  grants: 'Rollen',
  active: 'Actief',
  level: 'Niveau',
  severity: 'Ernst',
  likelihood: 'Kans',
  state: 'Status',
  stateReason: 'Reden van de status',
  ownerUserId: 'Eigenaar',
  regionCodes: "Regio's",
  status: 'Status',
  validFrom: 'Geldig vanaf',
  validUntil: 'Geldig tot en met',
  outcome: 'Uitkomst',
  decision: 'Besluit',
  thresholds: 'Drempels',
  decidedOn: 'Datum van het besluit',
  url: 'Link',
}

export function auditFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field
}

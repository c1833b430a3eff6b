// Dutch labels for the keys an agreement carries; client-safe (no server code).
import {
  labelOf,
  AGREEMENT_STAGE_LABELS,
  BUILDING_BLOCKS,
  CONDITIONS,
  NVO_AGREEMENTS,
  NVO_LEVEL_DETAILS,
  NVO_THEMES,
  PARTNER_KIND_LABELS,
  PLAN_ELEMENTS,
  type NvoLevel,
} from '@bt/domain'

const byKey = <T extends { key: string }>(items: readonly T[]) => new Map(items.map((item) => [item.key, item]))
const nvo = byKey(NVO_AGREEMENTS)
const themes = byKey(NVO_THEMES)
const conditions = byKey(CONDITIONS)
const blocks = byKey(BUILDING_BLOCKS)
const elements = byKey(PLAN_ELEMENTS)

/** "1. Regiovisie". */
export function nvoLabel(key: string): string {
  const item = nvo.get(key)
  return item ? `${item.number}. ${item.title}` : key
}

/** The theme's Dutch label. */
export function themeLabel(key: string): string {
  return themes.get(key)?.label ?? key
}

/** "4. Woonvarianten". */
export function conditionLabel(key: string): string {
  const item = conditions.get(key)
  return item ? `${item.number}. ${item.label}` : key
}

/** "2. Verplichte regionale samenwerking". */
export function buildingBlockLabel(key: string): string {
  const item = blocks.get(key)
  return item ? `${item.number}. ${item.label}` : key
}

/** "1. Inhoudelijke visie". */
export function planElementLabel(key: string): string {
  const item = elements.get(key)
  return item ? `${item.number}. ${item.label}` : key
}

/** The stage in words ("In uitvoering"). */
export function stageLabel(stage: string): string {
  return labelOf(AGREEMENT_STAGE_LABELS, stage)
}

/** The partner kind in words ("Woningcorporatie"). */
export function partnerKindLabel(kind: string): string {
  return labelOf(PARTNER_KIND_LABELS, kind)
}

/** "3 – Vastgesteld". */
export function levelLabel(level: number): string {
  // A level outside 0–5 gives undefined, handled below.
  const detail = NVO_LEVEL_DETAILS[level as NvoLevel]
  return detail ? `${level} – ${detail.label}` : String(level)
}

/** Field names of an agreement (diffs, conflicts, completeness), in Dutch. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  body: 'Tekst',
  nvoAgreements: 'NvO-afspraken',
  themes: "Thema's",
  conditions: 'Condities',
  buildingBlocks: 'Bouwstenen',
  planElements: 'Onderdelen van het uitvoeringsplan',
  municipalities: 'Verantwoordelijke gemeenten',
  partners: 'Partners',
  plannedDate: 'Geplande datum',
  dueDate: 'Streefdatum (na vertraging)',
  milestones: 'Mijlpalen',
  delays: 'Vertragingen',
  stage: 'Stadium',
  stageReason: 'Reden vervallen',
  explanation: 'Toelichting van de regio',
}

/** What completeness reports as missing, in a sentence ("geen geplande datum"). */
export const MISSING_LABELS: Record<string, string> = {
  plannedDate: 'geplande datum',
  buildingBlocks: 'bouwstenen',
  planElements: 'onderdelen van het uitvoeringsplan',
  partners: 'partners',
  municipalities: 'verantwoordelijke gemeenten',
}

/** The label of a key in a list field (themes, conditions, …); municipalities by name when known. */
export function listItemLabel(field: string, key: string, municipalityNames?: ReadonlyMap<string, string>): string {
  switch (field) {
    case 'nvoAgreements':
      return nvoLabel(key)
    case 'themes':
      return themeLabel(key)
    case 'conditions':
      return conditionLabel(key)
    case 'buildingBlocks':
      return buildingBlockLabel(key)
    case 'planElements':
      return planElementLabel(key)
    case 'municipalities':
      return municipalityNames?.get(key) ?? key
    default:
      return key
  }
}

// The closed lists a region's agreement sheet uses, each with the Dutch label the sheet shows and
// the key the database keeps. An import accepts either (labels case-insensitively, with or without
// their number), so a sheet edited by hand in Dutch works, and so does an older one with keys.
import { AGREEMENT_STAGES, AGREEMENT_STAGE_LABELS, PARTNER_KINDS, PARTNER_KIND_LABELS } from './agreements.ts'
import { BUILDING_BLOCKS } from './building-blocks.ts'
import { CONDITIONS } from './conditions.ts'
import { NVO_AGREEMENTS, NVO_THEMES } from './nvo.ts'
import { PLAN_ELEMENTS } from './plan-elements.ts'

export interface VocabItem {
  key: string
  label: string
}

export interface Vocabulary {
  /** The sheet column with the Dutch labels (the one to edit). */
  column: string
  /** The column beside it with the keys, kept because an administrator can rename a label. */
  keyColumn: string
  /** "Onbekende NvO-afspraak", "Onbekend thema": how an error starts (Dutch articles differ). */
  unknown: string
  items: readonly VocabItem[]
}

const numbered = (items: readonly { key: string; number: number; label?: string; title?: string }[]) =>
  items.map((i) => ({ key: i.key, label: `${i.number}. ${i.label ?? i.title ?? i.key}` }))

export const SHEET_VOCABULARIES = {
  stage: {
    column: 'stadium',
    keyColumn: 'stadium_sleutel',
    unknown: 'Onbekend stadium',
    items: AGREEMENT_STAGES.map((key) => ({ key, label: AGREEMENT_STAGE_LABELS[key] })),
  },
  nvoAgreements: { column: 'nvo_afspraken', keyColumn: 'nvo_afspraken_sleutels', unknown: 'Onbekende NvO-afspraak', items: numbered(NVO_AGREEMENTS) },
  themes: { column: 'themas', keyColumn: 'themas_sleutels', unknown: 'Onbekend thema', items: NVO_THEMES },
  conditions: { column: 'condities', keyColumn: 'condities_sleutels', unknown: 'Onbekende conditie', items: numbered(CONDITIONS) },
  buildingBlocks: { column: 'bouwstenen', keyColumn: 'bouwstenen_sleutels', unknown: 'Onbekende bouwsteen', items: numbered(BUILDING_BLOCKS) },
  planElements: { column: 'planonderdelen', keyColumn: 'planonderdelen_sleutels', unknown: 'Onbekend planonderdeel', items: numbered(PLAN_ELEMENTS) },
} as const satisfies Record<string, Vocabulary>

export type VocabularyField = keyof typeof SHEET_VOCABULARIES

/** Partner kinds, shown as "Naam (Woningcorporatie)". */
export const PARTNER_KIND_VOCABULARY: readonly VocabItem[] = PARTNER_KINDS.map((key) => ({ key, label: PARTNER_KIND_LABELS[key] }))

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL')

/** A lookup from key, label and label without its number ("3. " off) to the key. */
export function vocabularyLookup(items: readonly VocabItem[]): ReadonlyMap<string, string> {
  const lookup = new Map<string, string>()
  for (const { key, label } of items) {
    lookup.set(normalise(key), key)
    lookup.set(normalise(label), key)
    lookup.set(normalise(label.replace(/^\d+\.\s*/, '')), key)
  }
  return lookup
}

export function resolveVocabItem(lookup: ReadonlyMap<string, string>, text: string): string | undefined {
  return lookup.get(normalise(text))
}

export function labelOf(items: readonly VocabItem[], key: string): string {
  return items.find((i) => i.key === key)?.label ?? key
}

/** "Kies uit: 1. Regiovisie; 2. …" for an error on a cell. */
export function validChoices(items: readonly VocabItem[]): string {
  return `Kies uit: ${items.map((i) => i.label).join('; ')}.`
}

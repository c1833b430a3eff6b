import { AGREEMENT_LIST_FIELDS, recordFor, type AgreementListField } from '@bt/domain'
import type { AgreementContent } from './types.ts'

/** An agreement form's values as the inputs hold them (strings and lists of strings). */
export interface AgreementFormFields
  extends Pick<AgreementContent, 'title' | 'body' | AgreementListField | 'partners' | 'milestones' | 'stageReason' | 'explanation'> {
  plannedDate: string
  stage: string
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : typeof v === 'string' && v ? [v] : [])
const rows = <K extends string>(v: unknown, keys: readonly K[]): Record<K, string>[] =>
  (Array.isArray(v) ? v : []).map((row: unknown) => {
    // Any object will do: each key is read and turned into text below.
    const record = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>
    return Object.fromEntries(keys.map((k) => [k, text(record[k])])) as Record<K, string>
  })

/** True when a partner or milestone row has anything in it (the schema ignores empty rows). */
export function isFilledRow(row: Record<string, string>): boolean {
  return Object.values(row).some((v) => v.trim() !== '')
}

/** The form values of a new agreement. */
export function emptyAgreementFields(): AgreementFormFields {
  return {
    title: '',
    body: '',
    ...recordFor(AGREEMENT_LIST_FIELDS, (): string[] => []),
    partners: [],
    plannedDate: '',
    milestones: [],
    stage: 'concept',
    stageReason: '',
    explanation: '',
  }
}

/** The form values of a saved agreement. */
export function agreementFieldsOf(content: AgreementContent): AgreementFormFields {
  return {
    title: content.title,
    body: content.body,
    ...recordFor(AGREEMENT_LIST_FIELDS, (field) => [...content[field]]),
    partners: content.partners.map((p) => ({ name: p.name, kind: p.kind })),
    plannedDate: content.plannedDate ?? '',
    milestones: content.milestones.map((m) => ({ date: m.date, label: m.label })),
    stage: content.stage,
    stageReason: content.stageReason,
    explanation: content.explanation,
  }
}

/** What a user submitted (`fields` of the posted form, rows already arrays), as form values again. */
export function submittedAgreementFields(values: Record<string, unknown> | undefined): AgreementFormFields | undefined {
  const fields = values?.fields
  if (typeof fields !== 'object' || fields === null) return undefined
  // Posted values are a plain object of fields; each is read as text below.
  const f = fields as Record<string, unknown>
  return {
    title: text(f.title),
    body: text(f.body),
    ...recordFor(AGREEMENT_LIST_FIELDS, (field) => texts(f[field])),
    // Rows keep their positions, so error paths (which count filled rows only) still line up.
    partners: rows(f.partners, ['name', 'kind'] as const),
    plannedDate: text(f.plannedDate),
    milestones: rows(f.milestones, ['date', 'label'] as const),
    stage: text(f.stage) || 'concept',
    stageReason: text(f.stageReason),
    explanation: text(f.explanation),
  }
}

/**
 * Rows for a repeated group (partners, milestones) as the form shows them: every row as given, in
 * place (a posted form keeps the rows the user added, even empty ones), and one empty row to type
 * in when there is none or the last one is filled. "Toevoegen" and "Verwijderen" change the rest.
 */
export function withSpareRow<T extends Record<string, string>>(rows: readonly T[], empty: T): T[] {
  const last = rows.at(-1)
  return last === undefined || isFilledRow(last) ? [...rows, { ...empty }] : [...rows]
}

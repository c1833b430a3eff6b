import { AGREEMENT_LIST_FIELDS, type AgreementListField } from '@bt/domain'
import { Paragraph } from '@utrecht/component-library-react'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import type { AgreementFormFields } from './form-values.ts'
import { isFilledRow } from './form-values.ts'
import { FIELD_LABELS, listItemLabel, partnerKindLabel, stageLabel } from './labels.ts'
import { formatIsoDate } from '#app/lib/format.ts'

/** The saved agreement as a conflict (409) carries it: its content and version. */
export interface SavedAgreement extends Omit<AgreementFormFields, 'plannedDate'> {
  version: number
  plannedDate: string | null
}

/** True when a 409's `current` looks like an agreement (it comes back as unknown action data). */
export function isSavedAgreement(value: unknown): value is SavedAgreement {
  return typeof value === 'object' && value !== null && 'version' in value && 'title' in value && 'themes' in value
}

function dateText(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatIsoDate(iso) : iso
}

/** One field of both versions, each as readable text ('' when empty). */
function rowsOf(saved: SavedAgreement, yours: AgreementFormFields, names: ReadonlyMap<string, string>) {
  const list = (field: AgreementListField, keys: readonly string[]) =>
    [...keys].map((k) => listItemLabel(field, k, names)).sort((a, b) => a.localeCompare(b, 'nl')).join('\n')
  const partners = (rows: readonly { name: string; kind: string }[]) =>
    rows.filter(isFilledRow).map((p) => `${p.name.trim()} (${p.kind ? partnerKindLabel(p.kind) : 'soort niet gekozen'})`).join('\n')
  const milestones = (rows: readonly { date: string; label: string }[]) =>
    rows.filter(isFilledRow).map((m) => `${dateText(m.date)}: ${m.label.trim()}`).join('\n')
  return [
    { field: 'title', saved: saved.title, yours: yours.title.trim() },
    { field: 'body', saved: saved.body, yours: yours.body.trim() },
    { field: 'stage', saved: stageLabel(saved.stage), yours: stageLabel(yours.stage) },
    { field: 'stageReason', saved: saved.stageReason, yours: yours.stageReason.trim() },
    ...AGREEMENT_LIST_FIELDS.map((field) => ({ field, saved: list(field, saved[field]), yours: list(field, yours[field]) })),
    { field: 'partners', saved: partners(saved.partners), yours: partners(yours.partners) },
    { field: 'plannedDate', saved: saved.plannedDate ? dateText(saved.plannedDate) : '', yours: yours.plannedDate ? dateText(yours.plannedDate) : '' },
    { field: 'milestones', saved: milestones(saved.milestones), yours: milestones(yours.milestones) },
    { field: 'explanation', saved: saved.explanation, yours: yours.explanation.trim() },
  ]
}

/**
 * A stale save (409) of an agreement: the saved version and the user's input side by side, for the
 * fields where they differ. The user's input stays in the form below; saving again saves on top of
 * the saved version.
 */
export function AgreementConflictPanel({
  saved,
  yours,
  municipalityNames,
}: {
  saved: SavedAgreement
  yours: AgreementFormFields
  municipalityNames: ReadonlyMap<string, string>
}) {
  const shown = (text: string) => text || <span className="bt-muted">(leeg)</span>
  const rows = rowsOf(saved, yours, municipalityNames)
    .filter((r) => r.saved !== r.yours)
    .map((r) => ({ label: FIELD_LABELS[r.field] ?? r.field, current: shown(r.saved), yours: shown(r.yours) }))
  return (
    <ConflictPanel
      title="Iemand anders heeft deze afspraak intussen gewijzigd"
      id="conflict-title"
      focusKey={saved.version}
      intro={
        <Paragraph>
          Uw wijziging is niet opgeslagen. Uw invoer staat nog in het formulier hieronder. Vergelijk hem met de opgeslagen
          versie {saved.version}, neem over wat u wilt houden en sla opnieuw op: u slaat dan op over versie {saved.version}.
        </Paragraph>
      }
      rows={rows}
      caption="Verschillen tussen de opgeslagen versie en uw invoer"
      currentHeader={`Opgeslagen versie ${saved.version}`}
      yoursHeader="Uw invoer (niet opgeslagen)"
    />
  )
}

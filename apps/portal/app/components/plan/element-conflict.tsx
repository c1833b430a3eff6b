import { Paragraph } from '@utrecht/component-library-react'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { planStatusLabel } from './labels.ts'

/** The saved element as a conflict (409) carries it. */
export interface SavedElement {
  status: string
  body: string
  version: number
  updatedByLabel: string | null
}

export function isSavedElement(value: unknown): value is SavedElement {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value && 'version' in value
}

/** A stale save (409): the saved version beside the user's input, which stays in the form. */
export function ConflictNotice({ message, saved, yours }: { message?: string; saved: SavedElement; yours: { status: string; body: string } }) {
  return (
    <ConflictPanel
      title="Iemand anders heeft dit onderdeel intussen gewijzigd"
      headingLevel={3}
      id="conflict-onderdeel"
      intro={
        <>
          <Paragraph>{message ?? 'Uw wijziging is niet opgeslagen.'}</Paragraph>
          <Paragraph>
            Uw invoer staat nog in het formulier. Vergelijk hem met de opgeslagen versie
            {saved.updatedByLabel ? ` van ${saved.updatedByLabel}` : ''}; sla daarna opnieuw op om de opgeslagen versie te
            vervangen.
          </Paragraph>
        </>
      }
      caption="Opgeslagen versie en uw invoer"
      currentHeader="Opgeslagen"
      yoursHeader="Uw invoer"
      rows={[
        { label: 'Status', current: planStatusLabel(saved.status), yours: planStatusLabel(yours.status) },
        { label: 'Tekst', current: saved.body || '(leeg)', yours: yours.body.trim() || '(leeg)' },
      ]}
    />
  )
}

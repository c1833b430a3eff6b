// The spreadsheet upload of an import page: one CSV/XLSX file field and the two intents,
// "Controleren" (shows what would happen, stores nothing) and "Importeren" (all-or-nothing), with a
// progress note while the server works. The action reads it with readSheetUpload (sheets.server.ts).
import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FieldShell } from '#app/components/form-field.tsx'

const BUSY_TEXT = {
  controleren: { label: 'Bezig met controleren', text: 'Bestand wordt gecontroleerd…' },
  importeren: { label: 'Bezig met importeren', text: 'Bestand wordt geïmporteerd…' },
} as const

/** The upload form; `label` names the form for assistive technology, `error` is the file's error. */
export function SheetUploadForm({ label, error }: { label: string; error?: string | undefined }) {
  const navigation = useNavigation()
  const intent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null
  const busy = intent === 'controleren' || intent === 'importeren' ? BUSY_TEXT[intent] : null
  return (
    <Form method="post" encType="multipart/form-data" className="bt-form" aria-label={label}>
      <FieldShell
        id="file"
        label="Spreadsheet"
        hint="Een CSV-bestand of een Excel-bestand (.xlsx) van hoogstens 2 MB."
        error={error}
      >
        {(describedBy) => (
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="bt-file"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </FieldShell>
      <div className="utrecht-button-group bt-button-row">
        <Button
          type="submit"
          name="intent"
          value="controleren"
          appearance="primary-action-button"
          disabled={busy !== null}
        >
          Controleren
        </Button>
        <Button
          type="submit"
          name="intent"
          value="importeren"
          appearance="secondary-action-button"
          disabled={busy !== null}
        >
          Importeren
        </Button>
      </div>
      {busy ? (
        <div className="bt-progress" role="status">
          <progress aria-label={busy.label} />
          <p className="utrecht-paragraph">{busy.text} Dit kan bij een groot bestand even duren.</p>
        </div>
      ) : null}
    </Form>
  )
}

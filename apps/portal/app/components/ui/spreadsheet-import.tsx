import { Button } from '@utrecht/component-library-react'
import { FieldShell, FormError } from '#app/components/form-field.tsx'
import type { FormProblem } from '#app/lib/forms.ts'
import { RowErrors } from './row-errors.tsx'

// The parts every spreadsheet import page shares (agreements, published amounts, indicator values):
// the file field, the check/import buttons, and what a refused import says.

/** The spreadsheet file input (CSV or XLSX, at most 2 MB unless the hint says otherwise; the server checks again). */
export function SpreadsheetFileField({ error, hint = 'Een CSV-bestand of een Excel-bestand (.xlsx) van hoogstens 2 MB.' }: { error: string | undefined; hint?: string }) {
  return (
    <FieldShell id="file" label="Spreadsheet" hint={hint} error={error}>
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
  )
}

/** "Controleren" shows what would change; "Importeren" imports all-or-nothing. */
export function CheckAndImportButtons({ busy }: { busy: boolean }) {
  return (
    <div className="utrecht-button-group bt-button-row">
      <Button type="submit" name="intent" value="controleren" appearance="primary-action-button" disabled={busy}>
        Controleren
      </Button>
      <Button type="submit" name="intent" value="importeren" appearance="secondary-action-button" disabled={busy}>
        Importeren
      </Button>
    </div>
  )
}

/** A refused import: its rows' errors with nothing changed, or else the form's own message. */
export function ImportRefusal({ failure }: { failure: FormProblem | undefined }) {
  const refusedRows = failure?.rowErrors ?? []
  if (refusedRows.length > 0) {
    return (
      <RowErrors
        errors={refusedRows}
        title="Het bestand is niet geïmporteerd"
        intro={`${failure?.formError ?? 'Het bestand bevat fouten.'} Er is niets gewijzigd. Verbeter de rijen hieronder en probeer het opnieuw.`}
      />
    )
  }
  return failure && !failure.fieldErrors ? <FormError message={failure.formError} /> : null
}

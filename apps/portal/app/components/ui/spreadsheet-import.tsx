import { Button, Heading2 } from '@utrecht/component-library-react'
import { useCallback, useState, type FormEvent, type ReactNode } from 'react'
import { Form, useNavigation, useSubmit } from 'react-router'
import { FieldShell, FormError } from '#app/components/form-field.tsx'
import { formatInteger } from '#app/lib/format.ts'
import type { FormProblem } from '#app/lib/forms.ts'
import { IMPORT_PROGRESS_TYPE, readCheckStream, type CheckProgress } from '#app/lib/import-progress.ts'
import { RowErrors, type RowError } from './row-errors.tsx'

// The parts every spreadsheet import page shares (agreements' published amounts, indicator values):
// the upload form with its intents and progress, and what a refused import says. The action reads the
// form with readSheetUpload (server/sheets.server.ts).

/** "Controleren" shows what would happen and stores nothing; "Importeren" imports all-or-nothing. */
export type UploadIntent = 'controleren' | 'importeren'

const INTENT_LABELS: Record<UploadIntent, { button: string; busy: string; text: string }> = {
  controleren: { button: 'Controleren', busy: 'Bezig met controleren', text: 'Het bestand wordt gecontroleerd…' },
  importeren: { button: 'Importeren', busy: 'Bezig met importeren', text: 'Het bestand wordt geïmporteerd…' },
}

const isUploadIntent = (value: unknown): value is UploadIntent => value === 'controleren' || value === 'importeren'

/** The spreadsheet file input (CSV or XLSX, at most 2 MB unless the hint says otherwise; the server checks again). */
export function SpreadsheetFileField({
  error,
  hint = 'Een CSV-bestand of een Excel-bestand (.xlsx) van hoogstens 2 MB.',
  multiple,
}: {
  error: string | undefined
  hint?: string
  multiple?: boolean
}) {
  return (
    <FieldShell id="file" label="Spreadsheet" hint={hint} error={error}>
      {(describedBy) => (
        <input
          id="file"
          name="file"
          type="file"
          required
          multiple={multiple}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="bt-file"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  )
}

/**
 * The upload form under its heading "Bestand kiezen": the file field, a button per intent (`primary`
 * is the highlighted one, none when null) and what the server is doing. With `check`
 * (useStreamedCheck) the check shows rows checked of all; otherwise, and without JavaScript, the form
 * posts to the page's action as usual. `busy` says what is being posted when the page's other forms
 * count too (by default only this form's intents).
 */
export function SheetUploadForm({
  label,
  error,
  hint,
  intents = ['controleren', 'importeren'],
  primary = 'controleren',
  check,
  multiple,
  busy: postedIntent,
}: {
  label: string
  error?: string | undefined
  hint?: string
  intents?: readonly UploadIntent[]
  primary?: UploadIntent | null
  check?: StreamedCheck<unknown>
  multiple?: boolean
  busy?: UploadIntent | null
}) {
  const navigation = useNavigation()
  const posted = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null
  const busy = postedIntent !== undefined ? postedIntent : isUploadIntent(posted) ? posted : null
  return (
    <>
      <Heading2>Bestand kiezen</Heading2>
      <Form method="post" encType="multipart/form-data" className="bt-form" aria-label={label} onSubmit={check?.onSubmit}>
        <SpreadsheetFileField error={error} hint={hint} multiple={multiple} />
        <div className="utrecht-button-group bt-button-row">
          {intents.map((intent) => (
            <Button
              key={intent}
              type="submit"
              name="intent"
              value={intent}
              appearance={intent === primary ? 'primary-action-button' : 'secondary-action-button'}
              disabled={busy !== null || check?.running}
            >
              {INTENT_LABELS[intent].button}
            </Button>
          ))}
        </div>
        {busy ? <BusyNote intent={busy} /> : check?.progress ? <RowProgress progress={check.progress} /> : null}
      </Form>
    </>
  )
}

/** The server is at work and cannot say how far (a request without progress lines). */
export function BusyNote({ intent }: { intent: UploadIntent }) {
  const { busy, text } = INTENT_LABELS[intent]
  return (
    <div className="bt-progress" role="status">
      <progress aria-label={busy} />
      <p className="utrecht-paragraph">{text} Dit kan bij een groot bestand even duren.</p>
    </div>
  )
}

/** How far a streamed check is: indeterminate while the file is sent and read, then rows checked of all. */
export function RowProgress({ progress }: { progress: CheckProgress }) {
  if (progress.phase === 'reading') {
    return (
      <div className="bt-progress" role="status">
        <progress aria-label="Bestand wordt gelezen" />
        <p className="utrecht-paragraph">Het bestand wordt verzonden en gelezen…</p>
      </div>
    )
  }
  const { checked, total } = progress
  return (
    <div className="bt-progress">
      <progress value={checked} max={Math.max(total, 1)} aria-label="Voortgang van de controle" />
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {formatInteger(checked)} van {formatInteger(total)} rijen gecontroleerd
      </p>
    </div>
  )
}

/** A check streamed from `url` (server/indicator-import.server.ts): progress while it runs, then its result. */
export interface StreamedCheck<TResult> {
  running: boolean
  progress: CheckProgress | null
  result: TResult | null
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  reset: () => void
}

const IDLE = { running: false, progress: null, result: null }

/**
 * Post the form to a streaming check instead of the page's action. When the answer is no streamed
 * check (the session ended, a proxy refused the size), or the browser cannot read one, the form goes
 * to the page's action as it would without this.
 */
export function useStreamedCheck<TResult>(url: string): StreamedCheck<TResult> {
  const [state, setState] = useState<Pick<StreamedCheck<TResult>, 'running' | 'progress' | 'result'>>(IDLE)
  const submit = useSubmit()
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (typeof TextDecoderStream === 'undefined') return
      event.preventDefault()
      const native = event.nativeEvent
      const submitter = typeof SubmitEvent !== 'undefined' && native instanceof SubmitEvent ? native.submitter : null
      // Read before the buttons are disabled, so the button's intent goes along.
      const body = new FormData(event.currentTarget, submitter)
      const postToAction = () => {
        setState(IDLE)
        void submit(body, { method: 'post', encType: 'multipart/form-data' })
      }
      setState({ running: true, progress: { phase: 'reading' }, result: null })
      fetch(url, { method: 'POST', body, headers: { Accept: IMPORT_PROGRESS_TYPE } })
        .then((response) => readCheckStream(response, (progress) => setState((s) => ({ ...s, progress }))))
        .then((done) => {
          if (!done) return postToAction()
          // The result is what the check's route answers: the same shape as the page's action data.
          setState((s) => ({ running: false, progress: s.progress?.phase === 'checking' ? s.progress : null, result: done.result as TResult }))
        }, postToAction)
    },
    [url, submit],
  )
  const reset = useCallback(() => setState(IDLE), [])
  return { ...state, onSubmit, reset }
}

/** What an import did (`imported`) or what a check found in order (`checked`), announced as a status. */
export function ImportOutcome({ kind, title, children }: { kind: 'imported' | 'checked'; title: string; children: ReactNode }) {
  const id = kind === 'imported' ? 'geimporteerd' : 'controle'
  return (
    <section className={`utrecht-alert utrecht-alert--${kind === 'imported' ? 'ok' : 'info'} bt-preview`} role="status" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  )
}

/** A check that found rows in error (nothing was stored): their table, under what `intro` says of the file. */
export function CheckErrors<T extends { errors: readonly RowError[] }>({ preview, intro }: { preview: T | null | undefined; intro: (preview: T) => string }) {
  if (!preview || preview.errors.length === 0) return null
  return <RowErrors errors={preview.errors} title="Het bestand bevat fouten" intro={intro(preview)} />
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

import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { data, Form, Link, useNavigation } from 'react-router'
import { z } from 'zod'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { RowErrors } from '#app/components/ui/row-errors.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { CheckErrors, ImportOutcome, SheetUploadForm } from '#app/components/ui/spreadsheet-import.tsx'
import { pageMeta } from '#app/lib/format.ts'
import type { FormProblem } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import { readSheetUpload, SHEET_NO_FILE } from '#app/server/sheets.server.ts'
import { MAX_AGREEMENT_SHEET_FILES, readAgreementSheetFiles } from '#app/server/agreement-sheet-files.server.ts'
import { RecordNumberSchema } from '@bt/domain'
import type { Route } from './+types/importeren'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { forbidden, regionSlugOf } from '#app/server/agreement-forms.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => [...pageMeta(`Afspraken importeren – ${regionOfMatches(matches)?.name ?? 'regio'}`, 'Afspraken van de regio importeren uit een CSV- of Excel-bestand, met een controle per rij.')]

/**
 * "Controleren" checks the chosen file(s) and keeps them in the database; "Importeren" commits the
 * kept file by its id (no second upload); "Opnieuw controleren" checks the kept file again after a conflict.
 */
const IntentSchema = z.enum(['controleren', 'importeren', 'opnieuw'])

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const api = getApi(context)
  const overview = await api.region.agreements({ slug }).catch(toRouteError)
  if (!overview.permissions.canEdit) forbidden('Alleen redacteuren van deze regio kunnen afspraken importeren.')
  return null
}

type ImportFailure = FormProblem & { intent?: string; values?: Record<string, unknown> }

export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const upload = await readSheetUpload(request, { maxFiles: MAX_AGREEMENT_SHEET_FILES })
  if (!upload.ok) return data<ImportFailure>({ fieldErrors: { file: [upload.message] } }, { status: upload.status })
  const intent = IntentSchema.safeParse(upload.values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const api = getApi(context)
  if (intent.data !== 'controleren') {
    const importId = RecordNumberSchema.safeParse(upload.values.importId)
    if (!importId.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
    const input = { regionSlug: slug, importId: importId.data }
    return formAction(upload.values, async () => {
      if (intent.data === 'opnieuw') return { intent: 'controleren' as const, ...(await api.agreement.recheckSheet(input)) }
      return { intent: 'importeren' as const, ...(await api.agreement.commitSheet(input)) }
    })
  }
  if (upload.files.length === 0) return data<ImportFailure>({ fieldErrors: { file: [SHEET_NO_FILE] }, intent: intent.data }, { status: 400 })
  const read = await readAgreementSheetFiles(upload.files)
  if (!read.ok) return data<ImportFailure>({ fieldErrors: { file: [read.message] }, intent: intent.data }, { status: 400 })
  const filename = upload.files.map((f) => f.filename).join(', ')
  return formAction(async () => ({ intent: 'controleren' as const, ...(await api.agreement.stageSheet({ regionSlug: slug, filename, ...read.tables })) }))
}

function countsText(c: { creates: number; updates: number; unchanged: number }): string {
  return `${c.creates} nieuw, ${c.updates} gewijzigd, ${c.unchanged} ongewijzigd`
}

/** A button that posts an intent for the kept (staged) file: no file field, no second upload. */
function KeptFileForm({ importId, intent, label, busy }: { importId: number; intent: 'importeren' | 'opnieuw'; label: string; busy: boolean }) {
  return (
    <Form method="post" className="bt-form" aria-label={label}>
      <input type="hidden" name="importId" value={importId} />
      <Button type="submit" name="intent" value={intent} appearance="primary-action-button" disabled={busy}>
        {label}
      </Button>
    </Form>
  )
}

export default function ImportAgreements({ actionData }: Route.ComponentProps) {
  const region = useRegion()
  const navigation = useNavigation()
  const busyIntent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null
  const result = actionData && 'intent' in actionData && 'rowCount' in actionData ? actionData : undefined
  // The action returns either a result (with intent) or an ImportFailure.
  const failure = actionData && !result ? (actionData as ImportFailure) : undefined
  const preview = result?.intent === 'controleren' ? result : undefined
  const imported = result?.intent === 'importeren' ? result : undefined
  const fileError = failure?.fieldErrors?.file?.[0]
  const refusedRows = failure?.rowErrors ?? []
  // after a refused commit (a conflict) the kept file can be checked again without choosing it
  const keptImport = Number(failure?.values?.importId)
  const keptId = Number.isInteger(keptImport) && keptImport > 0 ? keptImport : undefined
  const base = `/regio/${region.slug}`
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { to: `${base}/afspraken`, label: 'Afspraken' }, { label: 'Importeren' }]} />
      <Heading1>Afspraken importeren</Heading1>
      <Paragraph>
        Werk de afspraken van {region.name} bij met een spreadsheet. Begin met een export (
        <a href={`${base}/afspraken/export.xlsx`} download>
          Excel
        </a>
        , met de bladen Afspraken, Mijlpalen en Vertragingen, of CSV:{' '}
        <a href={`${base}/afspraken/export.csv`} download>
          afspraken
        </a>
        ,{' '}
        <a href={`${base}/afspraken/export.csv?blad=mijlpalen`} download>
          mijlpalen
        </a>{' '}
        en{' '}
        <a href={`${base}/afspraken/export.csv?blad=vertragingen`} download>
          vertragingen
        </a>
        ), pas die aan en lees hem hier weer in.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        <li>De eerste rij is de kopregel met de kolommen van de export, zoals <code>id</code>, <code>titel</code> en <code>themas</code>.</li>
        <li>Een rij zonder id is een nieuwe afspraak; een rij met id werkt die afspraak bij.</li>
        <li>Lijsten scheidt u met een puntkomma, datums schrijft u als JJJJ-MM-DD.</li>
        <li>
          Mijlpalen: de rijen van een afspraak zijn haar mijlpalen (verwijder een rij om een mijlpaal te schrappen). Vertragingen: een
          vastgelegde vertraging blijft staan; een rij zonder nummer legt een nieuwe vast. Zonder blad of bestand blijven ze zoals ze zijn.
        </li>
        <li>Alles of niets: is één rij fout, dan wordt niets geïmporteerd. Na &lsquo;Controleren&rsquo; importeert u zonder het bestand opnieuw te kiezen.</li>
      </ul>

      {imported ? (
        <ImportOutcome kind="imported" title="Het bestand is geïmporteerd">
          <Paragraph>
            {imported.filename}: {imported.rowCount} rijen; {imported.created} nieuw, {imported.updated} gewijzigd, {imported.unchanged}{' '}
            ongewijzigd. Bekijk de <Link to={`${base}/afspraken`}>afspraken van de regio</Link> of het{' '}
            <Link to={`${base}/logboek`}>logboek</Link>.
          </Paragraph>
        </ImportOutcome>
      ) : null}
      {preview && preview.errors.length === 0 ? (
        <ImportOutcome kind="checked" title="Het bestand is in orde">
          <Paragraph>
            {preview.filename}: {preview.rowCount} rijen gelezen; {countsText(preview)}.{' '}
            {preview.creates + preview.updates === 0
              ? 'Importeren verandert niets.'
              : 'Er is nog niets gewijzigd. Het bestand is bewaard: kies \u2018Importeren\u2019 als dit klopt.'}
          </Paragraph>
          {preview.importId !== null ? <KeptFileForm importId={preview.importId} intent="importeren" label="Importeren" busy={busyIntent != null} /> : null}
        </ImportOutcome>
      ) : null}
      <CheckErrors
        preview={preview}
        intro={(p) =>
          `${p.filename}: ${p.rowCount} rijen gelezen. Zo kan het bestand niet worden geïmporteerd. Verbeter de rijen hieronder en controleer opnieuw. Zonder fouten: ${countsText(p)}.`
        }
      />
      {refusedRows.length > 0 ? (
        <RowErrors
          errors={refusedRows}
          title="Het bestand is niet geïmporteerd"
          rowLabel={keptId ? 'Afspraak' : 'Rij'}
          caption={keptId ? 'Gewijzigde afspraken' : undefined}
          intro={`${failure?.formError ?? 'Het bestand bevat fouten.'}${keptId ? '' : ' Er is niets gewijzigd. Verbeter de rijen hieronder en probeer het opnieuw.'}`}
        />
      ) : null}
      {failure && !failure.fieldErrors && refusedRows.length === 0 ? <FormError message={failure.formError} /> : null}
      {keptId && refusedRows.length > 0 ? (
        <KeptFileForm importId={keptId} intent="opnieuw" label="Opnieuw controleren" busy={busyIntent != null} />
      ) : null}

      <SheetUploadForm
        label="Afspraken controleren"
        error={fileError}
        hint="Een Excel-bestand (.xlsx), of CSV-bestanden (afspraken, en zo nodig mijlpalen en vertragingen), samen hoogstens 2 MB."
        intents={['controleren']}
        multiple
        busy={busyIntent == null ? null : busyIntent === 'importeren' ? 'importeren' : 'controleren'}
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

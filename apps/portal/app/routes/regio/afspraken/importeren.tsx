import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, Link, useNavigation } from 'react-router'
import { z } from 'zod'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { RowErrors } from '#app/components/ui/row-errors.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FieldShell, FormError } from '#app/components/form-field.tsx'
import { pageMeta } from '#app/lib/format.ts'
import type { FormProblem } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import { readSheetFile, readSheetUpload, SHEET_NO_FILE } from '#app/server/sheets.server.ts'
import type { Route } from './+types/importeren'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { forbidden, regionSlugOf } from '#app/server/agreement-forms.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => [...pageMeta(`Afspraken importeren – ${regionOfMatches(matches)?.name ?? 'regio'}`, 'Afspraken van de regio importeren uit een CSV- of Excel-bestand, met een controle per rij.')]

/** "Controleren" shows what would change; "Importeren" imports all-or-nothing. */
const IntentSchema = z.enum(['controleren', 'importeren'])

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const api = getApi(context)
  const overview = await api.region.agreements({ slug }).catch(toRouteError)
  if (!overview.permissions.canEdit) forbidden('Alleen redacteuren van deze regio kunnen afspraken importeren.')
  return null
}

type ImportFailure = FormProblem & { intent?: string }

export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const upload = await readSheetUpload(request)
  if (!upload.ok) return data<ImportFailure>({ fieldErrors: { file: [upload.message] } }, { status: upload.status })
  const intent = IntentSchema.safeParse(upload.values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  if (!upload.file) return data<ImportFailure>({ fieldErrors: { file: [SHEET_NO_FILE] }, intent: intent.data }, { status: 400 })
  const sheet = await readSheetFile(upload.file)
  if (!sheet.ok) return data<ImportFailure>({ fieldErrors: { file: [sheet.message] }, intent: intent.data }, { status: 400 })
  const api = getApi(context)
  const filename = upload.file.filename
  const result = await formAction(async () => {
    if (intent.data === 'controleren') {
      const plan = await api.agreement.previewSheet({ regionSlug: slug, rows: sheet.rows })
      return {
        intent: 'controleren' as const,
        filename,
        rowCount: plan.rowCount,
        errors: plan.errors,
        creates: plan.creates.length,
        updates: plan.updates.length,
        unchanged: plan.unchanged,
      }
    }
    const done = await api.agreement.importSheet({ regionSlug: slug, rows: sheet.rows })
    return { intent: 'importeren' as const, filename, rowCount: sheet.rows.length, ...done }
  })
  return result
}

function countsText(c: { creates: number; updates: number; unchanged: number }): string {
  return `${c.creates} nieuw, ${c.updates} gewijzigd, ${c.unchanged} ongewijzigd`
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
  const base = `/regio/${region.slug}`
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { to: `${base}#afspraken`, label: 'Afspraken' }, { label: 'Importeren' }]} />
      <Heading1>Afspraken importeren</Heading1>
      <Paragraph>
        Werk de afspraken van {region.name} bij met een spreadsheet. Begin met een export (
        <a href={`${base}/afspraken/export.xlsx`} download>
          Excel
        </a>{' '}
        of{' '}
        <a href={`${base}/afspraken/export.csv`} download>
          CSV
        </a>
        ), pas die aan en lees hem hier weer in.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        <li>De eerste rij is de kopregel met de kolommen van de export, zoals <code>id</code>, <code>titel</code> en <code>themas</code>.</li>
        <li>Een rij zonder id is een nieuwe afspraak; een rij met id werkt die afspraak bij.</li>
        <li>Lijsten scheidt u met een puntkomma, datums schrijft u als JJJJ-MM-DD.</li>
        <li>Alles of niets: is één rij fout, dan wordt niets geïmporteerd. Kies eerst &lsquo;Controleren&rsquo;.</li>
      </ul>

      {imported ? (
        <section className="utrecht-alert utrecht-alert--ok bt-preview" role="status" aria-labelledby="geimporteerd">
          <Heading2 id="geimporteerd">Het bestand is geïmporteerd</Heading2>
          <Paragraph>
            {imported.filename}: {imported.rowCount} rijen; {imported.created} nieuw, {imported.updated} gewijzigd, {imported.unchanged}{' '}
            ongewijzigd. Bekijk de <Link to={`${base}#afspraken`}>afspraken van de regio</Link> of het{' '}
            <Link to={`${base}/logboek`}>logboek</Link>.
          </Paragraph>
        </section>
      ) : null}
      {preview && preview.errors.length === 0 ? (
        <section className="utrecht-alert utrecht-alert--info bt-preview" role="status" aria-labelledby="controle">
          <Heading2 id="controle">Het bestand is in orde</Heading2>
          <Paragraph>
            {preview.filename}: {preview.rowCount} rijen gelezen; {countsText(preview)}.{' '}
            {preview.creates + preview.updates === 0
              ? 'Importeren verandert niets.'
              : 'Er is nog niets gewijzigd: kies het bestand opnieuw en daarna \u2018Importeren\u2019 als dit klopt.'}
          </Paragraph>
        </section>
      ) : null}
      {preview && preview.errors.length > 0 ? (
        <RowErrors
          errors={preview.errors}
          title="Het bestand bevat fouten"
          intro={`${preview.filename}: ${preview.rowCount} rijen gelezen. Zo kan het bestand niet worden geïmporteerd. Verbeter de rijen hieronder en controleer opnieuw. Zonder fouten: ${countsText(preview)}.`}
        />
      ) : null}
      {refusedRows.length > 0 ? (
        <RowErrors
          errors={refusedRows}
          title="Het bestand is niet geïmporteerd"
          intro={`${failure?.formError ?? 'Het bestand bevat fouten.'} Er is niets gewijzigd. Verbeter de rijen hieronder en probeer het opnieuw.`}
        />
      ) : null}
      {failure && !failure.fieldErrors && refusedRows.length === 0 ? <FormError message={failure.formError} /> : null}

      <Heading2>Bestand kiezen</Heading2>
      <Form method="post" encType="multipart/form-data" className="bt-form" aria-label="Afspraken importeren">
        <FieldShell id="file" label="Spreadsheet" hint="Een CSV-bestand of een Excel-bestand (.xlsx) van hoogstens 2 MB." error={fileError}>
          {(describedBy) => (
            <input
              id="file"
              name="file"
              type="file"
              required
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="bt-file"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </FieldShell>
        <div className="utrecht-button-group bt-button-row">
          <Button type="submit" name="intent" value="controleren" appearance="primary-action-button" disabled={busyIntent != null}>
            Controleren
          </Button>
          <Button type="submit" name="intent" value="importeren" appearance="secondary-action-button" disabled={busyIntent != null}>
            Importeren
          </Button>
        </div>
        {busyIntent ? (
          <div className="bt-progress" role="status">
            <progress aria-label={busyIntent === 'importeren' ? 'Bezig met importeren' : 'Bezig met controleren'} />
            <p className="utrecht-paragraph">
              {busyIntent === 'importeren' ? 'Bestand wordt geïmporteerd…' : 'Bestand wordt gecontroleerd…'} Dit kan bij een groot bestand even
              duren.
            </p>
          </div>
        ) : null}
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

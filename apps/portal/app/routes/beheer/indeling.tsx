import { IndelingImportSchema, MAX_INDELING_CSV_LENGTH } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, useNavigation } from 'react-router'
import { z } from 'zod'
import { ErrorPage } from '#app/components/error-page.tsx'
import { RowErrors } from '#app/components/ui/row-errors.tsx'
import { FieldShell, FormError, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/indeling'
import { AdminBreadcrumb, submitted } from '#app/components/admin/shared.tsx'
import { ImportDone, Preview } from '#app/components/admin/indeling-result.tsx'

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Regio-indeling importeren – Beheer', 'De regio-indeling importeren, met een controle vooraf.'),
]

const TOO_LARGE = 'Het bestand is te groot (hoogstens 1 MB).'

/** "Controleren" shows what would change; "Importeren" imports all-or-nothing. */
const IntentSchema = z.enum(['controleren', 'importeren'])

// Multipart framing and the other fields need a little room beside the file itself.
const MAX_REQUEST_BYTES = MAX_INDELING_CSV_LENGTH + 64_000

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const [regions, overview] = await Promise.all([
    api.admin.regions.list(),
    api.region.list(),
  ]).catch(toRouteError)
  return {
    regions: regions.map((r) => ({ code: r.code, name: r.name, slug: r.slug })),
    isExampleIndeling: overview.isExampleIndeling,
  }
}

export async function action({ request, context }: Route.ActionArgs) {
  // Refuse an oversized upload before reading it.
  if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES) {
    return data<FormFailure>(
      { fieldErrors: { file: [TOO_LARGE] }, values: {} },
      { status: 413 },
    )
  }
  const formData = await request.formData()
  const intent = IntentSchema.safeParse(formData.get('intent'))
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const pasted = formData.get('csv')
  const validFrom = formData.get('validFrom')
  const values = {
    intent: intent.data,
    validFrom: typeof validFrom === 'string' ? validFrom : '',
    csv: typeof pasted === 'string' ? pasted : '',
  }
  const file = formData.get('file')
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_INDELING_CSV_LENGTH) {
      return data<FormFailure>(
        { fieldErrors: { file: [TOO_LARGE] }, values: { ...values, csv: '' } },
        { status: 400 },
      )
    }
    // A chosen file wins over pasted text. Its content goes back to the form, so that without
    // JavaScript "Importeren" can follow "Controleren" without choosing the file again.
    values.csv = await file.text()
  }
  return formAction(values, async () => {
    const input = parseValues(values, IndelingImportSchema)
    const api = getApi(context)
    if (intent.data === 'controleren') {
      return { intent: intent.data, plan: await api.admin.indeling.preview(input), csv: values.csv }
    }
    return { intent: intent.data, plan: await api.admin.indeling.import(input), csv: values.csv }
  })
}

export default function Indeling({ loaderData, actionData }: Route.ComponentProps) {
  const { regions, isExampleIndeling } = loaderData
  const result = actionData && 'plan' in actionData ? actionData : undefined
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const { form, onSubmit, errorFor } = useValidatedForm({
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busyIntent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null
  const csvDefault = result?.csv ?? submitted(failure?.values, 'csv') ?? ''
  const validFromDefault = result?.plan.validFrom ?? submitted(failure?.values, 'validFrom') ?? ''
  const rowErrors =
    (failure?.rowErrors) ??
    (result?.intent === 'controleren' ? result.plan.errors : [])
  const csvError = errorFor('csv')
  const fileError = errorFor('file')

  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Regio-indeling' }]} />
      <Heading1>Regio-indeling importeren</Heading1>
      <Paragraph>
        {isExampleIndeling
          ? 'Nu geldt de voorbeeldindeling die met het portaal is meegeleverd, niet de officiële.'
          : 'Nu geldt een geïmporteerde indeling.'}{' '}
        Met een import legt u vast welke gemeente vanaf welke datum bij welke centrumgemeente hoort.
        Oude lidmaatschappen worden afgesloten, niet overschreven, en een regio zonder gemeenten
        blijft bestaan.
      </Paragraph>
      <Heading2>Het bestand</Heading2>
      <ul className="utrecht-unordered-list">
        <li>
          Een CSV-bestand met in de kopregel de kolommen <code>gemeentecode</code> en{' '}
          <code>centrumgemeentecode</code>, gescheiden door komma&apos;s of puntkomma&apos;s. Andere
          kolommen, zoals gemeentenaam, mogen erbij staan.
        </li>
        <li>Elke gemeente staat er precies één keer in, ook de gemeenten die niet verhuizen.</li>
        <li>Een centrumgemeente hoort bij haar eigen regio.</li>
        <li>
          Alles of niets: is één rij fout, dan wordt niets geïmporteerd. Kies eerst
          &lsquo;Controleren&rsquo; om te zien wat er verandert.
        </li>
      </ul>
      <pre className="bt-example">
        {'gemeentecode,centrumgemeentecode\nGM0193,GM0193\nGM0166,GM0193\nGM0014,GM0014\n…'}
      </pre>

      {result?.intent === 'importeren' ? <ImportDone plan={result.plan} regions={regions} /> : null}
      {failure && !failure.fieldErrors && !rowErrors.length ? (
        <FormError message={failure.formError} />
      ) : null}
      {rowErrors.length > 0 ? (
        <RowErrors
          errors={rowErrors}
          tableLabel="Fouten in het bestand"
          title={failure ? 'De indeling is niet geïmporteerd' : 'Het bestand bevat fouten'}
          intro={
            failure
              ? `${failure.formError ?? 'Het bestand bevat fouten.'} Er is niets gewijzigd. Verbeter de rijen hieronder en probeer het opnieuw.`
              : 'Zo kan het bestand niet worden geïmporteerd. Verbeter de rijen hieronder en controleer opnieuw.'
          }
        />
      ) : null}
      {result?.intent === 'controleren' && result.plan.errors.length === 0 ? (
        <Preview plan={result.plan} regions={regions} />
      ) : null}

      <Heading2>Importeren</Heading2>
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        onSubmit={onSubmit}
        className="bt-form"
      >
        <TextField
          id="validFrom"
          label="Geldig vanaf"
          type="date"
          hint="De datum waarop de nieuwe indeling ingaat, bijvoorbeeld 2026-01-01. Die ligt na de ingangsdatum van de huidige indeling."
          defaultValue={validFromDefault}
          error={errorFor('validFrom')}
          {...form.register('validFrom')}
        />
        <FieldShell id="file" label="CSV-bestand" hint="Hoogstens 1 MB." error={fileError}>
          {(describedBy) => (
            <input
              id="file"
              type="file"
              accept=".csv,text/csv"
              className="bt-file"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
              {...form.register('file')}
            />
          )}
        </FieldShell>
        <TextAreaField
          id="csv"
          label="Of plak de inhoud van het bestand"
          hint="Wordt alleen gebruikt als u geen bestand kiest."
          error={csvError}
          className="bt-textarea bt-textarea--code"
          rows={8}
          spellCheck={false}
          defaultValue={csvDefault}
          {...form.register('csv')}
        />
        <div className="utrecht-button-group bt-button-row">
          <Button
            type="submit"
            name="intent"
            value="controleren"
            appearance="primary-action-button"
            disabled={busyIntent != null}
          >
            Controleren
          </Button>
          <Button
            type="submit"
            name="intent"
            value="importeren"
            appearance="secondary-action-button"
            disabled={busyIntent != null}
          >
            Importeren
          </Button>
        </div>
        {busyIntent ? (
          <p className="utrecht-paragraph" role="status">
            {busyIntent === 'importeren' ? 'Bezig met importeren…' : 'Bezig met controleren…'}
          </p>
        ) : null}
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import {
  CalcDatasetImportSchema,
  MAX_CALC_CSV_LENGTH,
  type CalcDatasetImportInput,
} from '@bt/domain'
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, Link, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { RowErrors } from '#app/components/ui/row-errors.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { CALC_FILES, FileOrText } from '#app/components/admin/calc-files.tsx'
import { formatCents, formatDateTime, formatInteger, pageMeta } from '#app/lib/format.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, parseValues } from '#app/server/forms.server.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { Route } from './+types/rekendata'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'

// /beheer/rekendata: an administrator imports real calculation tables, all-or-nothing, with every bad
// cell named by file, row and column. The newest data set is today's; once real tables are in,
// the voorbeeldbedragen label disappears from /rekenen.

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Rekendata importeren – Beheer', "Rekendata importeren voor de rekenscenario's."),
]

const TOO_LARGE = 'Het bestand is te groot (hoogstens 2 MB).'
// Three files and the other fields need room beside each other.
const MAX_REQUEST_BYTES = 3 * MAX_CALC_CSV_LENGTH + 64_000

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const datasets = await getApi(context).calc.datasets().catch(toRouteError)
  return { datasets }
}

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES) {
    return data<FormFailure<unknown, Record<string, string>>>({ formError: TOO_LARGE, values: {} }, { status: 413 })
  }
  const formData = await request.formData()
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : ''
  }
  const values: Record<string, string> = {
    label: text('label'),
    budgetYear: text('budgetYear'),
    macroBudgetEuros: text('macroBudgetEuros'),
  }
  for (const { name } of CALC_FILES) {
    values[name] = text(name)
    const file = formData.get(`${name}File`)
    // A chosen file wins over pasted text; its content goes back to the form on an error.
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_CALC_CSV_LENGTH)
        return data<FormFailure<unknown, Record<string, string>>>(
          { fieldErrors: { [name]: [TOO_LARGE] }, values },
          { status: 400 },
        )
      values[name] = await file.text()
    }
  }
  return formAction(values, async () => {
    parseValues(values, CalcDatasetImportSchema)
    // Unchecked on purpose: the API parses the dataset and names each wrong cell.
    const imported = await getApi(context).calc.importDataset(values as CalcDatasetImportInput)
    return { imported }
  })
}

export default function Rekendata({ loaderData, actionData }: Route.ComponentProps) {
  const { datasets } = loaderData
  const imported = actionData && 'imported' in actionData ? actionData.imported : undefined
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const values = (failure?.values ?? {})
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: values,
    serverErrors: failure && 'fieldErrors' in failure ? failure.fieldErrors : undefined,
  })
  const rowErrors =
    (failure && 'rowErrors' in failure
      ? (failure.rowErrors)
      : undefined) ?? []
  const busy = useNavigation().state === 'submitting'
  const current = datasets[0]
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Rekendata' }]} />
      <Heading1>Rekendata importeren</Heading1>
      <Paragraph>
        {current
          ? current.kind === 'example'
            ? `Nu rekent /rekenen met voorbeeldbedragen: fictieve cijfers (‘${current.label}’). Na een import van echte tabellen verdwijnt dat label.`
            : `Nu rekent /rekenen met ‘${current.label}’.`
          : 'Er is nog geen rekendata: /rekenen kan pas rekenen na een import.'}{' '}
        Opgeslagen scenario&apos;s houden hun uitkomst; ze kunnen opnieuw worden berekend met de
        nieuwste gegevens.
      </Paragraph>
      <Paragraph>
        Gepubliceerde bedragen uit het rekenbestand en de Wmo-integratie-uitkering leest u in via{' '}
        <Link to="/beheer/rekendata/gepubliceerd">gepubliceerde bedragen importeren</Link>.
      </Paragraph>
      {imported ? (
        <Alert type="ok">
          <Paragraph>
            De rekendata is geïmporteerd ({imported.note}). Vanaf nu rekent /rekenen met deze
            gegevens.
          </Paragraph>
        </Alert>
      ) : null}
      {rowErrors.length > 0 ? (
        <RowErrors
          errors={rowErrors}
          title="De rekendata is niet geïmporteerd"
          intro={`${failure?.formError ?? ''} Er is niets gewijzigd. Verbeter de rijen hieronder en probeer het opnieuw.`}
          tableLabel="Tabel: fouten in de bestanden"
        />
      ) : null}

      <Heading2>Importeren</Heading2>
      <Paragraph>
        Drie CSV-bestanden, gescheiden door komma&apos;s of puntkomma&apos;s. Alles of niets: is één
        cel fout, dan wordt niets geïmporteerd. Bedragen en waarden mogen een decimale komma hebben.
      </Paragraph>
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        onSubmit={onSubmit}
        className="bt-form"
      >
        <FormError
          message={
            failure && rowErrors.length === 0 && !('fieldErrors' in failure && failure.fieldErrors)
              ? failure.formError
              : undefined
          }
        />
        <TextField
          id="label"
          label="Naam van de gegevensset"
          hint="Bijvoorbeeld: Septembercirculaire 2026."
          defaultValue={values.label ?? ''}
          error={errorFor('label')}
          {...form.register('label')}
        />
        <TextField
          id="budgetYear"
          label="Begrotingsjaar"
          inputMode="numeric"
          defaultValue={values.budgetYear ?? ''}
          error={errorFor('budgetYear')}
          {...form.register('budgetYear')}
        />
        <TextField
          id="macroBudgetEuros"
          label="Macrobudget (euro)"
          inputMode="decimal"
          defaultValue={values.macroBudgetEuros ?? ''}
          error={errorFor('macroBudgetEuros')}
          {...form.register('macroBudgetEuros')}
        />
        {CALC_FILES.map((file) => (
          <FileOrText
            key={file.name}
            file={file}
            value={values[file.name] ?? ''}
            error={errorFor(file.name)}
          />
        ))}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Importeren
        </Button>
        {busy ? (
          <p className="utrecht-paragraph" role="status">
            Bezig met importeren…
          </p>
        ) : null}
      </Form>

      <Heading2>Gegevenssets</Heading2>
      <DataTable caption="Gegevenssets, nieuwste (in gebruik) eerst" label="Tabel: gegevenssets" rows={datasets} rowKey={(d) => d.id} columns={[
        { key: 'naam', header: 'Naam', rowHeader: true, cell: (d) => d.label },
        { key: 'soort', header: 'Soort', cell: (d) => (d.kind === 'example' ? 'Voorbeeldbedragen (fictief)' : 'Geïmporteerd') },
        { key: 'jaar', header: 'Begrotingsjaar', cell: (d) => d.budgetYear },
        { key: 'macrobudget', header: 'Macrobudget', numeric: true, cell: (d) => formatCents(d.macroBudgetCents) },
        { key: 'rijen', header: 'Rijen', cell: (d) => `${formatInteger(d.rows.historical)} historisch, ${formatInteger(d.rows.measures)} maatstaven, ${formatInteger(d.rows.values)} waarden` },
        { key: 'toegevoegd', header: 'Toegevoegd', cell: (d) => `${formatDateTime(d.createdAt)}${d.createdByName ? ` door ${d.createdByName}` : ''}` },
      ]} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

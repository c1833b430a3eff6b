import { AREA_LEVEL_LABELS, INDICATOR_IMPORT_COLUMNS, VALUE_STATES, VALUE_STATE_LABELS } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { data, Form, Link, useNavigation } from 'react-router'
import { z } from 'zod'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { CheckErrors, ImportOutcome, SheetUploadForm, useStreamedCheck } from '#app/components/ui/spreadsheet-import.tsx'
import { formatInteger, pageMeta } from '#app/lib/format.ts'
import type { FormProblem } from '#app/lib/forms.ts'
import { getApi, requireActor } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import { checkInBatches, readIndicatorFile, readIndicatorUpload } from '#app/server/indicator-import.server.ts'
import type { Route } from './+types/import'

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Indicatorwaarden importeren', 'Indicatorwaarden uit een CSV- of Excelbestand controleren en importeren.'),
]

export function loader({ request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const roles = new Set(actor.grants.map((g) => g.role))
  if (!roles.has('vng_analyst') && !roles.has('region_editor')) {
    throw data({ message: 'Alleen VNG-analisten en regioredacteuren kunnen indicatorwaarden importeren.' }, { status: 403 })
  }
  return { isAnalyst: roles.has('vng_analyst') }
}

const IntentSchema = z.enum(['controleren', 'importeren'])
const CommitSchema = z.object({ importId: z.coerce.number().int().positive() })

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const upload = await readIndicatorUpload(request)
  if (!upload.ok) return data<FormProblem>({ fieldErrors: { file: [upload.message] } }, { status: upload.status })
  const intent = IntentSchema.safeParse(upload.values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const api = getApi(context)
  if (intent.data === 'importeren') {
    const commit = CommitSchema.safeParse(upload.values)
    if (!commit.success) throw data({ message: 'Kies eerst een bestand en controleer het.' }, { status: 400 })
    return formAction(async () => ({ intent: 'importeren' as const, ...(await api.indicator.commitImport(commit.data)) }))
  }
  const file = await readIndicatorFile(upload)
  if (!file.ok) return data<FormProblem>(file.problem, { status: file.status })
  // Without JavaScript the whole file is one batch; with it, import-check.ts streams the same check in batches.
  const { filename, rows } = file
  return formAction(async () => ({ intent: 'controleren' as const, filename, ...(await checkInBatches((input) => api.indicator.previewImport(input), { filename, rows })) }))
}

/** Where the page's check goes with JavaScript, to show its progress (routes/indicatoren/import-check.ts). */
const STREAMED_CHECK = '/indicatoren/importeren/controle'

export default function ImportIndicatorValues({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null
  const check = useStreamedCheck<NonNullable<typeof actionData>>(STREAMED_CHECK)
  const { reset } = check
  // A newer answer of the action (the commit) replaces a streamed check's result.
  useEffect(() => reset(), [actionData, reset])
  const answer = check.result ?? actionData
  const result = answer && 'intent' in answer ? answer : undefined
  // The action returns either a result (with intent) or a FormProblem.
  const failure = answer && !result ? (answer as FormProblem) : undefined
  const preview = result?.intent === 'controleren' ? result : undefined
  const committed = result?.intent === 'importeren' ? result : undefined
  const fileError = failure?.fieldErrors?.file?.[0]
  return (
    <>
      <Breadcrumb items={[{ to: '/indicatoren', label: 'Indicatoren' }, { label: 'Importeren' }]} />
      <Heading1>Indicatorwaarden importeren</Heading1>
      <Paragraph>
        {loaderData.isAnalyst
          ? 'Lees waarden in voor elke gemeente, regio of het land, bijvoorbeeld een CBS-tabel.'
          : 'Lees waarden in voor uw regio en haar gemeenten.'}{' '}
        Begin met het <a href="/indicatoren/sjabloon.csv" download>sjabloon (CSV)</a>.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        <li>Kolommen: {INDICATOR_IMPORT_COLUMNS.map((c) => c.header).join(', ')}. Verplicht: indicator, niveau, gebiedscode, periode.</li>
        <li>Niveau: {Object.values(AREA_LEVEL_LABELS).join(', ')}. Gebiedscode: een CBS-gemeentecode (GM0193), de code van de centrumgemeente voor een regio, of NL.</li>
        <li>Periode: 2025, 2025-H1 of 2025-Q3. Een sterretje (2025-H1*) betekent voorlopig, zoals bij CBS.</li>
        <li>Status: {VALUE_STATES.map((s) => VALUE_STATE_LABELS[s]).join(', ')}; leeg is definitief. In de kolom waarde betekenen de CBS-tekens . en x geheim, en - nihil.</li>
        <li>Verhoudingen (aandelen, wachttijden) vult u in met teller en noemer; de waarde wordt berekend.</li>
        <li>Alles of niets: is één rij fout, dan wordt niets opgeslagen. Een rij die al zo is opgeslagen, blijft ongewijzigd.</li>
      </ul>

      {committed ? (
        <ImportOutcome kind="imported" title="De waarden zijn opgeslagen">
          <Paragraph>
            {formatInteger(committed.total)} rijen: {formatInteger(committed.inserted)} nieuw, {formatInteger(committed.updated)} gewijzigd,{' '}
            {formatInteger(committed.unchanged)} ongewijzigd. Bekijk de <Link to="/indicatoren">indicatoren</Link>.
          </Paragraph>
        </ImportOutcome>
      ) : null}
      <CheckErrors
        preview={preview}
        intro={(p) =>
          `${p.filename}: ${formatInteger(p.rowCount)} rijen gelezen, ${formatInteger(p.errorCount)} fouten${p.errorCount > p.errors.length ? ` (de eerste ${p.errors.length} staan hieronder)` : ''}. Er is niets opgeslagen. Verbeter de rijen en controleer opnieuw.`
        }
      />
      {preview && preview.errors.length === 0 && preview.importId && preview.counts ? (
        <ImportOutcome kind="checked" title="Het bestand is in orde">
          <Paragraph>
            {preview.filename}: {formatInteger(preview.rowCount)} rijen; {formatInteger(preview.counts.added)} nieuw, {formatInteger(preview.counts.changed)} gewijzigd,{' '}
            {formatInteger(preview.counts.unchanged)} ongewijzigd. Er is nog niets opgeslagen.
          </Paragraph>
          <Form method="post" encType="multipart/form-data" aria-label="Import opslaan">
            <input type="hidden" name="importId" value={preview.importId} />
            <Button type="submit" name="intent" value="importeren" appearance="primary-action-button" disabled={busy != null || check.running}>
              Importeren
            </Button>
          </Form>
        </ImportOutcome>
      ) : null}
      {failure?.formError ? <FormError message={failure.formError} /> : null}

      <SheetUploadForm
        label="Bestand controleren"
        error={fileError}
        hint="Een CSV-bestand of een Excel-bestand (.xlsx) van hoogstens 16 MB en 200.000 regels."
        intents={['controleren']}
        primary={preview?.importId ? null : 'controleren'}
        check={check}
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

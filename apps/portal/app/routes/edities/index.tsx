import { EDITION_STATE_LABELS, OpenEditionSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { useValidatedForm, type FormFailure } from '#app/lib/forms.ts'
import { getApi, requestContext, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Halfjaareditie', 'De halfjaarlijkse beelden per regio: openen, beoordelen, bevestigen of betwisten, bevriezen, en wat er veranderde.'),
]

export async function loader({ context }: Route.LoaderArgs) {
  const actor = context.get(requestContext).scope.actor
  const editions = await getApi(context).edition.list().catch(toRouteError)
  return { editions, canOpen: actor?.grants.some((g) => g.role === 'vng_analyst') ?? false }
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues(values, OpenEditionSchema)
    await getApi(context).edition.open(input)
    return redirect(`/edities/${input.key}`)
  })
}

type EditionRow = Route.ComponentProps['loaderData']['editions'][number]

const COLUMNS: readonly Column<EditionRow>[] = [
  {
    key: 'editie',
    header: 'Editie',
    cell: (e) => (
      <Link to={`/edities/${e.key}`}>
        {e.label} ({e.key})
      </Link>
    ),
  },
  { key: 'stand', header: 'Stand', cell: (e) => EDITION_STATE_LABELS[e.state] },
  { key: 'datum', header: 'Uiterste datum', cell: (e) => formatIsoDate(e.dueDate) },
  { key: 'ingediend', header: 'Regio’s ingediend', cell: (e) => `${e.counts.reported} van ${e.counts.total}` },
  { key: 'bevestigd', header: 'Bevestigd', cell: (e) => e.counts.byState.confirmed },
]

export default function Editions({ loaderData, actionData }: Route.ComponentProps) {
  const { editions, canOpen } = loaderData
  const failure = actionData
  const open = editions.some((e) => e.state === 'open')
  return (
    <>
      <Heading1>Halfjaareditie</Heading1>
      <Paragraph>
        Twee keer per jaar (juli en december) maakt VNG met elke regio een beeld: de NvO-niveaus, de afspraken, het plan en
        de indicatoren. De regio dient het in, de VNG-regioadviseur beoordeelt het, de regio bevestigt het of betwist
        onderdelen met een reden, en de analist bevriest de editie. Een bevroren editie verandert nooit meer.
      </Paragraph>
      <DataTable caption="Alle edities, nieuwste eerst" label="Edities" columns={COLUMNS} rows={editions} rowKey={(e) => e.key} />
      {editions.length === 0 ? <Paragraph>Er is nog geen editie.</Paragraph> : null}
      {canOpen && !open ? <OpenEditionForm failure={failure} /> : null}
    </>
  )
}

/** The analyst opens the next edition; the action checks the fields. */
function OpenEditionForm({ failure }: { failure: FormFailure | undefined }) {
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors: failure?.fieldErrors })
  const posted = (name: string) => (typeof failure?.values[name] === 'string' ? String(failure.values[name]) : undefined)
  return (
    <section aria-labelledby="openen" className="bt-section">
      <Heading2 id="openen">Editie openen</Heading2>
      <Form method="post" noValidate className="bt-stack" onSubmit={onSubmit}>
        <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
        <TextField id="key" label="Halfjaar" hint="Bijvoorbeeld 2027-H1." defaultValue={posted('key')} error={errorFor('key')} {...form.register('key')} />
        <TextField id="windowOpens" type="date" label="Invulperiode open vanaf" defaultValue={posted('windowOpens')} error={errorFor('windowOpens')} {...form.register('windowOpens')} />
        <TextField id="windowCloses" type="date" label="Invulperiode sluit op" defaultValue={posted('windowCloses')} error={errorFor('windowCloses')} {...form.register('windowCloses')} />
        <TextField id="dueDate" type="date" label="Uiterste datum" defaultValue={posted('dueDate')} error={errorFor('dueDate')} {...form.register('dueDate')} />
        <TextField
          id="bandPeriods"
          inputMode="numeric"
          label="Perioden voor de controle van waarden"
          hint="De eigen reeks van de regio waartegen een nieuwe waarde wordt gelegd."
          defaultValue={posted('bandPeriods') ?? '8'}
          error={errorFor('bandPeriods')}
          {...form.register('bandPeriods')}
        />
        <TextField
          id="bandMadFactor"
          inputMode="decimal"
          label="Toegestane afwijking (aantal mediane absolute afwijkingen)"
          defaultValue={posted('bandMadFactor') ?? '3'}
          error={errorFor('bandMadFactor')}
          {...form.register('bandMadFactor')}
        />
        <Button type="submit" appearance="primary-action-button">
          Editie openen
        </Button>
      </Form>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

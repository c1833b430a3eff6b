import { AddDecisionMomentSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/moments'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = () => [
  ...pageMeta('Besluitmomenten', 'De besluitmomenten waarop de status van de bouwstenen wordt vastgelegd, en een nieuw moment toevoegen.'),
]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const { moments, canManage } = await getApi(context).overview.moments().catch(toRouteError)
  return { moments, canManage, added: new URL(request.url).searchParams.get('toegevoegd') }
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues(values, AddDecisionMomentSchema)
    const moment = await getApi(context).overview.addMoment(input)
    return redirect(`/bouwstenen/besluitmomenten?toegevoegd=${moment.id}`)
  })
}

export default function Moments({ loaderData, actionData }: Route.ComponentProps) {
  const { moments, canManage, added } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  return (
    <>
      <Breadcrumb items={[{ to: '/', label: 'Landelijk overzicht' }, { label: 'Besluitmomenten' }]} />
      <Heading1>Besluitmomenten</Heading1>
      <Paragraph lead>
        Statussen van bouwstenen veranderen op een besluitmoment: een Bestuurlijk Overleg (BO) van Rijk en VNG. Een status
        voor een besluitmoment in de toekomst blijft onzichtbaar voor anderen tot die datum.
      </Paragraph>
      {added && !actionData ? <Notice>Het besluitmoment is toegevoegd.</Notice> : null}
      <ul>
        {moments.map((m) => (
          <li key={m.id}>
            {formatIsoDate(m.momentDate)}: {m.label}
            {m.prepared ? ' (nog niet gepubliceerd)' : ''}
          </li>
        ))}
      </ul>
      {canManage ? (
        <MomentForm values={failure?.values} serverErrors={failure?.fieldErrors} formError={failure?.fieldErrors ? undefined : failure?.formError} />
      ) : null}
    </>
  )
}

function MomentForm({ values, serverErrors, formError }: { values?: Record<string, unknown>; serverErrors?: FieldErrors; formError?: string }) {
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors })
  const busy = useNavigation().state === 'submitting'
  const text = (name: string) => (typeof values?.[name] === 'string' ? values[name] : undefined)
  return (
    <section aria-labelledby="add-heading">
      <Heading2 id="add-heading">Besluitmoment toevoegen</Heading2>
      <FormError message={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        <TextField id="momentDate" type="date" label="Datum van het BO" defaultValue={text('momentDate')} error={errorFor('momentDate')} {...form.register('momentDate')} />
        <TextField
          id="label"
          label="Naam"
          hint='Bijvoorbeeld "BO 7 december 2020".'
          autoComplete="off"
          defaultValue={text('label')}
          error={errorFor('label')}
          {...form.register('label')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Besluitmoment toevoegen
        </Button>
      </Form>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

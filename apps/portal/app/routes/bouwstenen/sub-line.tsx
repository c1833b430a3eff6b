import { BuildingBlockNumberSchema, RecordNumberSchema, SetSubLineStatusSchema, STATUS_KEYS, STATUSES } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Form, redirect, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, SelectField, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { StatusTimeline } from '#app/components/progress/status-timeline.tsx'
import { MomentOptions } from '#app/components/progress/as-of-picker.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/sub-line'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Status wijzigen${data ? `: ${data.line.label}` : ''}`, 'De status van een onderdeel van een bouwsteen vastleggen, met zijn geschiedenis.'),
]

function address(params: { nr: string; id: string }) {
  const number = BuildingBlockNumberSchema.safeParse(params.nr)
  const id = RecordNumberSchema.safeParse(params.id)
  if (!number.success || !id.success) notFound('Dit onderdeel bestaat niet.')
  return { number: number.data, id: id.data }
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const { number, id } = address(params)
  const status = await getApi(context).overview.buildingBlock({ number }).catch(toRouteError)
  if (!status.canManage) throw data({ message: 'Alleen VNG-analisten wijzigen statussen.' }, { status: 403 })
  const line = status.subLineTimeline.find((l) => l.id === id)
  if (!line) notFound('Dit onderdeel bestaat niet.')
  return { block: status.block, line, moments: status.moments }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const { number, id } = address(params)
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues({ ...values, subLineId: id }, SetSubLineStatusSchema)
    await getApi(context).overview.setSubLineStatus(input)
    return redirect(`/bouwstenen/${number}?gewijzigd=${id}`)
  })
}

export default function SubLineStatus({ loaderData, actionData }: Route.ComponentProps) {
  const { block, line, moments } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const latest = line.changes.at(-1)
  return (
    <>
      <Breadcrumb
        items={[{ to: '/', label: 'Landelijk overzicht' }, { to: `/bouwstenen/${block.number}`, label: `Bouwsteen ${block.number}` }, { label: 'Status wijzigen' }]}
      />
      <Heading1>Status wijzigen</Heading1>
      <Paragraph lead>{line.label}</Paragraph>
      <Heading2 id="history-heading">Tot nu toe</Heading2>
      <StatusTimeline label={line.label} changes={line.changes} headingId="history-heading" />
      {failure?.current ? <FormError message={failure.formError} /> : null}
      <StatusForm
        key={line.version}
        subLine={{ id: line.id, version: line.version, status: latest?.status }}
        moments={moments}
        values={failure?.values}
        serverErrors={failure?.fieldErrors}
        formError={failure && !failure.current && !failure.fieldErrors ? failure.formError : undefined}
      />
    </>
  )
}

interface StatusFormProps {
  subLine: { id: number; version: number; status: string | undefined }
  moments: readonly { id: number; momentDate: string; label: string; prepared: boolean }[]
  values?: Record<string, unknown>
  serverErrors?: FieldErrors
  formError?: string
}

function StatusForm({ subLine, moments, values, serverErrors, formError }: StatusFormProps) {
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors })
  const busy = useNavigation().state === 'submitting'
  const text = (name: string) => (typeof values?.[name] === 'string' ? values[name] : undefined)
  const noteError = errorFor('note')
  const statusError = errorFor('status')
  const chosenStatus = text('status') ?? subLine.status
  return (
    <section aria-labelledby="form-heading">
      <Heading2 id="form-heading">Nieuwe status</Heading2>
      <FormError message={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        <input type="hidden" defaultValue={subLine.id} {...form.register('subLineId')} />
        <input type="hidden" defaultValue={subLine.version} {...form.register('version')} />
        <SelectField id="momentId" label="Besluitmoment" hint="Een besluitmoment in de toekomst blijft onzichtbaar voor anderen tot die datum." error={errorFor('momentId')} defaultValue={text('momentId') ?? String(moments.at(-1)?.id ?? '')} {...form.register('momentId')}>
          <MomentOptions moments={moments} preparedNote=" (nog niet gepubliceerd)" />
        </SelectField>
        <fieldset className="utrecht-form-fieldset bt-fieldset" aria-describedby={statusError ? 'status-error' : undefined}>
          <legend className="utrecht-form-fieldset__legend">Status</legend>
          {statusError ? <div className="utrecht-form-field-error-message bt-field__error" id="status-error">{statusError}</div> : null}
          {STATUS_KEYS.map((key) => (
            <div key={key} className="bt-radio">
              <input type="radio" id={`status-${key}`} value={key} defaultChecked={chosenStatus === key} {...form.register('status')} />{' '}
              <label htmlFor={`status-${key}`}>
                <span aria-hidden="true">{STATUSES[key].symbol}</span> {STATUSES[key].label}
              </label>
            </div>
          ))}
        </fieldset>
        <TextAreaField
          id="note"
          label="Toelichting"
          hint="Verplicht: waarom verandert de status?"
          error={noteError}
          className="bt-textarea"
          rows={4}
          defaultValue={text('note')}
          {...form.register('note')}
        />
        <TextField id="plannedDate" type="date" label="Gepland gereed (niet verplicht)" defaultValue={text('plannedDate')} error={errorFor('plannedDate')} {...form.register('plannedDate')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Status opslaan
        </Button>
      </Form>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

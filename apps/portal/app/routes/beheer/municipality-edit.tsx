import { MunicipalityCodeSchema, SetMunicipalityValiditySchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect, useNavigation } from 'react-router'
import { AdminBreadcrumb, AdminConflictIntro, submitted } from '#app/components/admin/shared.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/municipality-edit'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`${data?.municipality.name ?? 'Gemeente'} – Beheer`, 'Van wanneer tot wanneer een gemeentecode bestaat.')]

function codeOf(params: { code: string }) {
  const code = MunicipalityCodeSchema.safeParse(params.code)
  if (!code.success) notFound('Deze gemeente bestaat niet.')
  return code.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const municipality = await getApi(context).admin.municipalities.get({ code: codeOf(params) }).catch(toRouteError)
  const asked = new URL(request.url).searchParams
  return { municipality, saved: asked.get('opgeslagen') === 'ja', merged: asked.get('samengevoegd') === 'ja' }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const code = codeOf(params)
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues({ ...values, code }, SetMunicipalityValiditySchema)
    await getApi(context).admin.municipalities.setValidity(input)
    return redirect(`/beheer/gemeenten/${code}?opgeslagen=ja`)
  })
}

interface Validity {
  existsFrom: string | null
  existsUntil: string | null
}

const shown = (date: string | null) => (date ? formatIsoDate(date) : '(leeg)')

export default function MunicipalityEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { municipality: m, saved, merged } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  // The API sends the saved period with a stale edit (staleEdit in the municipalities service).
  const current = failure?.current as Validity | undefined
  const base: Validity = current ?? m
  const busy = useNavigation().state === 'submitting'
  const err = (name: string) => failure?.fieldErrors?.[name]?.[0]
  return (
    <>
      <AdminBreadcrumb trail={[{ to: '/beheer/gemeenten', label: 'Gemeenten' }, { label: m.name }]} />
      <Heading1>{m.name} ({m.code})</Heading1>
      {saved && !actionData ? <Notice>De geldigheid is opgeslagen.</Notice> : null}
      {merged && !actionData ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            De samenvoeging is vastgelegd: {m.name} bestaat vanaf {m.existsFrom ? formatIsoDate(m.existsFrom) : 'de ingangsdatum'}, de
            opgegane gemeenten tot die dag. Het logboek vermeldt de samenvoeging.
          </p>
        </div>
      ) : null}
      {m.valuesOutside > 0 ? (
        <Paragraph>
          Let op: {m.valuesOutside} opgeslagen indicatorwaarden van {m.name} vallen buiten deze periode. Ze blijven bewaard;
          nieuwe waarden buiten de periode weigert de import.
        </Paragraph>
      ) : null}
      {current ? (
        <ConflictPanel
          intro={<AdminConflictIntro message={failure?.formError} />}
          rows={[
            { label: 'Bestaat vanaf', current: shown(current.existsFrom), yours: submitted(failure?.values, 'existsFrom') || '(leeg)' },
            { label: 'Bestaat tot', current: shown(current.existsUntil), yours: submitted(failure?.values, 'existsUntil') || '(leeg)' },
          ]}
        />
      ) : null}
      <FormError message={failure && !current && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" noValidate className="bt-form" key={`${base.existsFrom}-${base.existsUntil}`}>
        <input type="hidden" name="previous.existsFrom" value={base.existsFrom ?? ''} />
        <input type="hidden" name="previous.existsUntil" value={base.existsUntil ?? ''} />
        <TextField id="existsFrom" name="existsFrom" type="date" label="Bestaat vanaf" hint="Leeg: al zo lang als de gegevens teruggaan." defaultValue={submitted(failure?.values, 'existsFrom') ?? base.existsFrom ?? ''} error={err('existsFrom')} />
        <TextField id="existsUntil" name="existsUntil" type="date" label="Bestaat tot (die dag niet meer)" hint="Leeg: bestaat nog. Bij een herindeling: de dag waarop de nieuwe gemeente begint." defaultValue={submitted(failure?.values, 'existsUntil') ?? base.existsUntil ?? ''} error={err('existsUntil')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>Geldigheid opslaan</Button>
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

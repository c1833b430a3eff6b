import { AddMunicipalityMergerSchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect, useNavigation } from 'react-router'
import { AdminBreadcrumb, submitted } from '#app/components/admin/shared.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, SelectField, TextField } from '#app/components/form-field.tsx'
import type { FieldErrors } from '#app/lib/forms.ts'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/municipality-merger'

// A municipal merger (issue 12): the new CBS code from a date, the merged codes ending the day before,
// and the region the new municipality joins (admin.municipalities.addMerger, one audited transaction).

export const meta: Route.MetaFunction = () => [...pageMeta('Samenvoeging vastleggen – Beheer', 'Een gemeentelijke herindeling vastleggen: de nieuwe gemeente, de gemeenten die erin opgaan en de regio.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const regions = await getApi(context).admin.regions.list().catch(toRouteError)
  return { regions: regions.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')) }
}

/** The merged codes as typed in one field: separated by spaces, commas or semicolons. */
function codesOf(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/[\s,;]+/).filter((code) => code !== '') : []
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues({ ...values, mergedCodes: codesOf(values.mergedCodes) }, AddMunicipalityMergerSchema)
    const merger = await getApi(context).admin.municipalities.addMerger(input)
    return redirect(`/beheer/gemeenten/${merger.code}?samengevoegd=ja`)
  })
}

/**
 * The message for the merged-codes field: the schema checks each code on its own ('mergedCodes.1');
 * the field names the code it means, since they share one input.
 */
function mergedCodesError(fieldErrors: FieldErrors | undefined, typed: string | undefined): string | undefined {
  if (!fieldErrors) return undefined
  const whole = fieldErrors.mergedCodes?.[0]
  if (whole) return whole
  const codes = codesOf(typed)
  const [name, messages] = Object.entries(fieldErrors).find(([key]) => key.startsWith('mergedCodes.')) ?? []
  const message = messages?.[0]
  if (!name || !message) return undefined
  const code = codes[Number(name.slice('mergedCodes.'.length))]
  return code ? `${code}: ${message}` : message
}

export default function MunicipalityMerger({ loaderData, actionData }: Route.ComponentProps) {
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const values = failure?.values
  const busy = useNavigation().state === 'submitting'
  const err = (name: string) => failure?.fieldErrors?.[name]?.[0]
  return (
    <>
      <AdminBreadcrumb trail={[{ to: '/beheer/gemeenten', label: 'Gemeenten' }, { label: 'Samenvoeging vastleggen' }]} />
      <Heading1>Samenvoeging vastleggen</Heading1>
      <Paragraph>
        Bij een herindeling krijgt de nieuwe gemeente een nieuwe CBS-code. Vanaf de ingangsdatum bestaat de nieuwe gemeente
        en hoort zij bij de gekozen regio; de gemeenten die erin opgaan bestaan tot die dag en verlaten hun regio. Het
        inwonertal is de som van de opgaande gemeenten. De indeling krijgt een nieuwe versie; eerdere perioden blijven
        gerekend met de indeling van toen.
      </Paragraph>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" noValidate className="bt-form">
        <TextField id="code" name="code" label="Code van de nieuwe gemeente" hint="GM en vier cijfers, bijvoorbeeld GM1980." autoComplete="off" spellCheck={false} defaultValue={submitted(values, 'code')} error={err('code')} />
        <TextField id="name" name="name" label="Naam van de nieuwe gemeente" autoComplete="off" defaultValue={submitted(values, 'name')} error={err('name')} />
        <TextField id="province" name="province" label="Provincie" autoComplete="off" defaultValue={submitted(values, 'province')} error={err('province')} />
        <TextField id="validFrom" name="validFrom" type="date" label="Ingangsdatum" hint="De eerste dag van de nieuwe gemeente, meestal 1 januari." defaultValue={submitted(values, 'validFrom')} error={err('validFrom')} />
        <TextField
          id="mergedCodes"
          name="mergedCodes"
          label="Gemeenten die opgaan in de nieuwe gemeente"
          hint="Hun gemeentecodes, gescheiden door spaties of komma's, bijvoorbeeld GM0148, GM0166."
          autoComplete="off"
          spellCheck={false}
          defaultValue={submitted(values, 'mergedCodes')}
          error={mergedCodesError(failure?.fieldErrors, submitted(values, 'mergedCodes'))}
        />
        <SelectField id="regionCode" name="regionCode" label="Regio van de nieuwe gemeente" defaultValue={submitted(values, 'regionCode') ?? ''} error={err('regionCode')}>
          <option value="">Kies een regio</option>
          {loaderData.regions.map((r) => (
            <option key={r.code} value={r.code}>{r.name}</option>
          ))}
        </SelectField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>Samenvoeging vastleggen</Button>
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { SaveSignalThresholdsSchema, type SignalThresholds } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/drempels'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Drempels voor signalen – Stuurgroep', 'De drempels waarmee signalen worden berekend; een VNG-analist stelt ze in.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const current = await getApi(context).signal.thresholds().catch(toRouteError)
  return { current, canEdit: actor.grants.some((g) => g.role === 'vng_analyst'), saved: new URL(request.url).searchParams.get('opgeslagen') === 'ja' }
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const { version, ...thresholds } = values
    await getApi(context).signal.saveThresholds(parseValues({ version, thresholds }, SaveSignalThresholdsSchema))
    return redirect('/stuurgroep/drempels?opgeslagen=ja')
  })
}

const FIELDS: { name: keyof SignalThresholds; label: string; hint: string; type: string }[] = [
  { name: 'agreementDelayDays', label: 'Vertraging van een afspraak (dagen)', hint: 'Een signaal als de datum in totaal meer dan dit aantal dagen is opgeschoven.', type: 'number' },
  { name: 'visionAdoptionDeadline', label: 'Uiterste datum vaststelling regiovisie', hint: 'Na deze datum een signaal voor elke regio waar niet alle raden de regiovisie vaststelden.', type: 'date' },
  { name: 'budgetDropPercent', label: 'Daling van het budget (%)', hint: 'Een signaal als het budget in het referentiescenario in één jaar meer dan dit percentage daalt.', type: 'number' },
  { name: 'offTargetPeriods', label: 'Perioden niet op koers', hint: 'Een signaal als een indicator zoveel perioden op rij niet op koers naar het doel ligt (minstens 2).', type: 'number' },
]

export default function Thresholds({ loaderData, actionData }: Route.ComponentProps) {
  const { current, canEdit, saved } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const busy = useNavigation().state === 'submitting'
  // The API's staleEdit carries the thresholds as they are saved now (services/bottlenecks/signals.ts)
  const stale = failure?.current as typeof current | undefined
  const base = stale ?? current
  const fieldError = (name: string) => failure?.fieldErrors?.[`thresholds.${name}`]?.[0]
  const posted = (name: keyof SignalThresholds) => (typeof failure?.values[name] === 'string' ? String(failure.values[name]) : String(base.thresholds[name]))
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep', label: 'Stuurgroep' }, { to: '/stuurgroep/signalen', label: 'Signalen' }, { label: 'Drempels' }]} />
      <Heading1>Drempels voor signalen</Heading1>
      <Paragraph>
        {current.updatedAt ? `Laatst gewijzigd op ${formatDateTime(current.updatedAt)} door ${current.updatedByLabel ?? ''}.` : 'Nog niet gewijzigd: dit zijn de standaardwaarden.'} Elke wijziging staat in het
        logboek; de volgende berekening gebruikt de nieuwe drempels.
      </Paragraph>
      {saved && !actionData ? <Notice>De drempels zijn opgeslagen.</Notice> : null}
      {stale ? (
        <ConflictPanel
          intro={<Paragraph>{failure?.formError}</Paragraph>}
          rows={FIELDS.map((f) => ({ label: f.label, current: String(stale.thresholds[f.name]), yours: posted(f.name) }))}
        />
      ) : null}
      {canEdit ? (
        <>
          <FormError message={failure && !stale && !failure.fieldErrors ? failure.formError : undefined} />
          <Form method="post" className="bt-form" key={base.version}>
            <input type="hidden" name="version" value={base.version} />
            {FIELDS.map((f) => (
              <TextField key={f.name} id={f.name} name={f.name} type={f.type} step={f.name === 'budgetDropPercent' ? '0.1' : undefined} label={f.label} hint={f.hint} defaultValue={posted(f.name)} error={fieldError(f.name)} />
            ))}
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              Drempels opslaan
            </Button>
          </Form>
        </>
      ) : (
        <dl className="bt-facts">
          {FIELDS.map((f) => (
            <div key={f.name}>
              <dt>{f.label}</dt>
              <dd>{f.name === 'visionAdoptionDeadline' ? formatIsoDate(current.thresholds.visionAdoptionDeadline) : String(current.thresholds[f.name])}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

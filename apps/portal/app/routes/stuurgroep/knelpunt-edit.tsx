import { BOTTLENECK_STATE_LABELS, BottleneckFieldsSchema, RecordNumberSchema, type BottleneckContent } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { data, redirect } from 'react-router'
import { BottleneckForm, withPosted, type BottleneckFormValues } from '#app/components/bottlenecks/bottleneck-form.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { blockLabel } from '#app/lib/bottlenecks.ts'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { bottleneckFieldValues } from '#app/server/bottlenecks.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/knelpunt-edit'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`${data?.detail.bottleneck.title ?? 'Knelpunt'} bewerken – Stuurgroep`, 'Een knelpunt bewerken: eigenaar, streefdatum, risico en koppelingen.'),
]

function idOf(params: { id: string }): number {
  const id = RecordNumberSchema.safeParse(params.id)
  if (!id.success) notFound('Dit knelpunt bestaat niet.')
  return id.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const [detail, options] = await Promise.all([api.bottleneck.get({ id: idOf(params) }), api.bottleneck.formOptions()]).catch(toRouteError)
  if (!detail.canManage) throw data({ message: 'Alleen de stuurgroep en VNG-analisten bewerken knelpunten.' }, { status: 403 })
  return { detail, options }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const id = idOf(params)
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const fields = parseValues(bottleneckFieldValues(values), BottleneckFieldsSchema)
    const version = RecordNumberSchema.parse(values.version)
    await getApi(context).bottleneck.update({ id, version, fields })
    return redirect(`/stuurgroep/knelpunten/${id}?opgeslagen=ja`)
  })
}

/** The saved bottleneck as the form's values. */
interface Saved extends BottleneckContent {
  version: number
  state: string
}

function toValues(b: Saved): BottleneckFormValues {
  return {
    title: b.title,
    description: b.description,
    buildingBlocks: b.buildingBlocks,
    regionCodes: b.regionCodes,
    severity: b.severity,
    likelihood: b.likelihood,
    ownerUserId: b.ownerUserId ?? '',
    dueDate: b.dueDate ?? '',
    agreementIdsText: b.agreementIds.join(', '),
    indicatorKeysText: b.indicatorKeys.join(', '),
  }
}

export default function EditBottleneck({ loaderData, actionData }: Route.ComponentProps) {
  const { detail, options } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  // The API's staleEdit carries the saved bottleneck row (services/bottlenecks/changes.ts)
  const current = failure?.current as Saved | undefined
  const base: Saved = current ?? detail.bottleneck
  const posted = withPosted(toValues(base), failure?.values)
  const ownerName = (id: string | null) => options.owners.find((o) => o.id === id)?.name ?? 'Nog niemand'
  return (
    <>
      <Breadcrumb
        items={[
          { to: '/stuurgroep', label: 'Stuurgroep' },
          { to: '/stuurgroep/knelpunten', label: 'Knelpunten' },
          { to: `/stuurgroep/knelpunten/${detail.bottleneck.id}`, label: detail.bottleneck.title },
          { label: 'Bewerken' },
        ]}
      />
      <Heading1>Knelpunt bewerken</Heading1>
      <Paragraph>Status: {BOTTLENECK_STATE_LABELS[detail.bottleneck.state]}. De status wijzigt u op de pagina van het knelpunt.</Paragraph>
      {current ? (
        <ConflictPanel
          intro={<Paragraph>{failure?.formError} Uw invoer staat nog in het formulier hieronder.</Paragraph>}
          rows={[
            { label: 'Titel', current: current.title, yours: posted.title },
            { label: 'Bouwstenen', current: current.buildingBlocks.map(blockLabel).join(', '), yours: posted.buildingBlocks.map(blockLabel).join(', ') },
            { label: 'Ernst', current: current.severity, yours: posted.severity },
            { label: 'Kans', current: current.likelihood, yours: posted.likelihood },
            { label: 'Eigenaar', current: ownerName(current.ownerUserId), yours: ownerName(posted.ownerUserId || null) },
            { label: 'Streefdatum', current: current.dueDate ?? 'Geen', yours: posted.dueDate || 'Geen' },
          ]}
        />
      ) : null}
      <BottleneckForm
        key={base.version}
        values={posted}
        hidden={{ version: base.version }}
        regions={options.regions}
        owners={options.owners}
        canManage
        serverErrors={failure?.fieldErrors}
        formError={failure && !current && !failure.fieldErrors ? failure.formError : undefined}
        submitLabel="Wijzigingen opslaan"
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

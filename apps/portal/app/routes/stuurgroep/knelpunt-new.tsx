import { BottleneckFieldsSchema, RecordNumberSchema } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link, redirect } from 'react-router'
import { BottleneckForm, EMPTY_BOTTLENECK, withPosted, type BottleneckFormValues } from '#app/components/bottlenecks/bottleneck-form.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { bottleneckFieldValues } from '#app/server/bottlenecks.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/knelpunt-new'

export const meta: Route.MetaFunction = () => [...pageMeta('Nieuw knelpunt – Stuurgroep', 'Een knelpunt melden bij de stuurgroep, eventueel vanuit een signaal.')]

/** The signal to promote (?signaal=12), or null. */
function signalIdOf(request: Request): number | null {
  const parsed = RecordNumberSchema.safeParse(new URL(request.url).searchParams.get('signaal') ?? undefined)
  return parsed.success ? parsed.data : null
}

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const signalId = signalIdOf(request)
  const [options, signal] = await Promise.all([api.bottleneck.formOptions(), signalId ? api.signal.get({ id: signalId }) : null]).catch(toRouteError)
  const values: BottleneckFormValues = signal
    ? {
        ...EMPTY_BOTTLENECK,
        title: signal.signal.summary.slice(0, 200),
        description: `Uit het signaal “${signal.signal.summary}”.`,
        buildingBlocks: [signal.signal.buildingBlock],
        regionCodes: signal.signal.regionCode ? [signal.signal.regionCode] : [],
      }
    : EMPTY_BOTTLENECK
  return { options, signal: signal?.signal ?? null, values }
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const fields = parseValues(bottleneckFieldValues(values), BottleneckFieldsSchema)
    const signalId = RecordNumberSchema.safeParse(values.signalId)
    const created = await getApi(context).bottleneck.create({ fields, signalId: signalId.success ? signalId.data : null })
    return redirect(`/stuurgroep/knelpunten/${created.id}?gemeld=ja`)
  })
}

export default function NewBottleneck({ loaderData, actionData }: Route.ComponentProps) {
  const { options, signal, values } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep', label: 'Stuurgroep' }, { to: '/stuurgroep/knelpunten', label: 'Knelpunten' }, { label: 'Nieuw knelpunt' }]} />
      <Heading1>Nieuw knelpunt</Heading1>
      {signal ? (
        <Paragraph>
          Vanuit het signaal <Link to={`/stuurgroep/signalen/${signal.id}`}>{signal.summary}</Link>. Het bewijs van het signaal gaat mee met het knelpunt.
        </Paragraph>
      ) : null}
      <BottleneckForm
        values={withPosted(values, failure?.values)}
        hidden={signal ? { signalId: signal.id } : {}}
        regions={options.regions}
        owners={options.owners}
        canManage={options.canManage}
        serverErrors={failure?.fieldErrors}
        formError={failure?.formError}
        submitLabel="Knelpunt melden"
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

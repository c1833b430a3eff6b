import { fieldErrorsFromZod, indicatorDefinitionFromForm, IndicatorDefinitionSchema, IndicatorKeySchema, INDICATOR_UNIT_LABELS, ordinalLevelsToText, type IndicatorDefinition } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { data, redirect } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { CatalogueForm } from '#app/components/indicators/catalogue-form.tsx'
import { AdminConflictIntro, submitted } from '#app/components/admin/shared.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, formFailure, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/edit'

// /indicatoren/nieuw and /indicatoren/:key/bewerken: an analyst adds or edits a catalogue entry
// (audited by the API; a stale edit shows the saved entry beside the input).

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(data?.entry ? `${data.entry.label} bewerken` : 'Indicator toevoegen', 'Een indicator van de monitoringscatalogus toevoegen of bewerken.'),
]

type Entry = IndicatorDefinition & { version: number }

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  if (!actor.grants.some((g) => g.role === 'vng_analyst')) throw data({ message: 'Alleen analisten van VNG beheren de indicatorcatalogus.' }, { status: 403 })
  const { indicators, buildingBlocks } = await getApi(context).indicator.catalogue().catch(toRouteError)
  if (params.key === undefined) return { entry: null, buildingBlocks }
  const key = IndicatorKeySchema.safeParse({ key: params.key })
  const entry = key.success ? indicators.find((i) => i.key === key.data.key) : undefined
  if (!entry) notFound('Deze indicator bestaat niet.')
  return { entry, buildingBlocks }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  const { input, fieldErrors } = indicatorDefinitionFromForm({ ...values, key: params.key ?? values.key })
  if (Object.keys(fieldErrors).length) {
    // Every problem at once: the form's own and the schema's.
    const checked = IndicatorDefinitionSchema.safeParse(input)
    const all = { ...(checked.success ? {} : fieldErrorsFromZod(checked.error)), ...fieldErrors }
    return formFailure(values, { fieldErrors: all, formError: 'Niet alle velden zijn goed ingevuld; zie de velden.' }, 400)
  }
  return formAction(values, async () => {
    const indicator = parseValues({ ...input }, IndicatorDefinitionSchema)
    const api = getApi(context).indicator
    if (params.key === undefined) await api.create(indicator)
    else await api.update({ indicator, version: Number(values.version) })
    return redirect(`/indicatoren/${indicator.key}?opgeslagen=ja`)
  })
}

/** The fields a conflict compares: saved version against what the user posted. */
function conflictRows(current: Entry, values: Record<string, unknown> | undefined) {
  const yours = (name: string) => submitted(values, name) ?? ''
  return [
    { label: 'Naam', current: current.label, yours: yours('label') },
    { label: 'Definitie', current: current.definition, yours: yours('definition') },
    { label: 'Eenheid', current: INDICATOR_UNIT_LABELS[current.unit], yours: yours('unit') },
    { label: 'Bron', current: current.source, yours: yours('source') },
    { label: 'Niveaus (niveau-indicator)', current: ordinalLevelsToText(current.ordinalLevels) || '(geen)', yours: yours('ordinalLevels') || '(geen)' },
  ].filter((r) => r.current !== r.yours)
}

export default function EditIndicator({ loaderData, actionData }: Route.ComponentProps) {
  const { entry, buildingBlocks } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  // The API sends the saved entry with a stale edit (staleEdit in the catalogue service).
  const current = failure?.current as Entry | undefined
  const base = current ?? entry
  const title = entry ? `${entry.label} bewerken` : 'Indicator toevoegen'
  return (
    <>
      <Breadcrumb items={[{ to: '/indicatoren', label: 'Indicatoren' }, ...(entry ? [{ to: `/indicatoren/${entry.key}`, label: entry.label }] : []), { label: entry ? 'Bewerken' : 'Toevoegen' }]} />
      <Heading1>{title}</Heading1>
      <Paragraph>Wijzigingen komen in het logboek, met wie ze maakte en wanneer. Een andere eenheid, regel voor samenvoegen of andere niveaus laat de cijfers opnieuw berekenen.</Paragraph>
      {current ? <ConflictPanel intro={<AdminConflictIntro message={failure?.formError} />} rows={conflictRows(current, failure?.values)} /> : null}
      <CatalogueForm
        key={base?.version ?? 0}
        entry={base}
        blocks={buildingBlocks}
        values={failure?.values}
        errors={failure?.fieldErrors}
        formError={failure && !current ? failure.formError : undefined}
        submitLabel={entry ? 'Wijzigingen opslaan' : 'Indicator toevoegen'}
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

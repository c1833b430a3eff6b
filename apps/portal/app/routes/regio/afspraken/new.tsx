import { CreateAgreementSchema, isOneOf, PLAN_ELEMENT_KEYS } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { redirect } from 'react-router'
import { AgreementForm } from '#app/components/agreements/agreement-form.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { emptyAgreementFields, submittedAgreementFields } from '#app/components/agreements/form-values.ts'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formFailure, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/new'
import { forbidden, readForm, regionSlugOf, withRowEdited } from '#app/server/agreement-forms.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => [...pageMeta(`Nieuwe afspraak – ${regionOfMatches(matches)?.name ?? 'regio'}`, 'Een nieuwe uitvoeringsafspraak voor de regio vastleggen.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const api = getApi(context)
  const overview = await api.region.agreements({ slug }).catch(toRouteError)
  if (!overview.permissions.canEdit) forbidden('Alleen redacteuren van deze regio kunnen afspraken toevoegen.')
  // A link from a plan element (e.g. the financial agreement's task division) ticks that element.
  const element = new URL(request.url).searchParams.get('planonderdeel')
  return { planElements: isOneOf(PLAN_ELEMENT_KEYS, element) ? [element] : [] }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = regionSlugOf(params)
  const values = await readForm(request)
  // a row added or removed without JavaScript: the form again, everything typed kept, nothing saved
  const edited = withRowEdited(values)
  if (edited) return formFailure(edited, {}, 200)
  return formAction(values, async () => {
    const input = parseValues({ ...values, regionSlug: slug }, CreateAgreementSchema)
    const created = await getApi(context).agreement.create(input)
    return redirect(`/regio/${created.regionSlug}/afspraken/${created.id}?melding=aangemaakt`)
  })
}

export default function NewAgreement({ loaderData, actionData }: Route.ComponentProps) {
  const region = useRegion()
  const values = submittedAgreementFields(actionData?.values) ?? { ...emptyAgreementFields(), planElements: loaderData.planElements }
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Nieuwe afspraak' }]} />
      <Heading1>Nieuwe afspraak</Heading1>
      <Paragraph>
        Een nieuwe afspraak is een concept: alleen de regio zelf en haar VNG-regioadviseur zien hem, tot een redacteur hem
        publiceert. Titel, minstens één NvO-afspraak, thema en conditie zijn nodig om op te slaan; de rest kan later.
      </Paragraph>
      <AgreementForm
        submitLabel="Afspraak opslaan"
        cancelTo={`/regio/${region.slug}/afspraken`}
        members={region.members}
        values={values}
        currentStage="concept"
        serverErrors={actionData?.fieldErrors}
        formError={actionData?.formError}
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

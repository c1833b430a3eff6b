import { UpdateAgreementSchema } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { redirect } from 'react-router'
import { AgreementForm } from '#app/components/agreements/agreement-form.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { AgreementConflictPanel, isSavedAgreement } from '#app/components/agreements/conflict-panel.tsx'
import { agreementFieldsOf, submittedAgreementFields } from '#app/components/agreements/form-values.ts'
import { ErrorPage } from '#app/components/error-page.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useRegion } from '#app/lib/region-shell.ts'
import { getApi } from '#app/server/api.server.ts'
import { formAction, formFailure, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/edit'
import { agreementAddress, forbidden, loadAgreement, readForm, withRowEdited } from '#app/server/agreement-forms.server.ts'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`${data?.agreement.content.title ?? 'Afspraak'} bewerken`, 'Een uitvoeringsafspraak van de regio bewerken.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { agreement } = await loadAgreement(params, request, context)
  if (!agreement.permissions.canEdit || agreement.view !== 'draft' || agreement.version === null) forbidden()
  return {
    agreement: { id: agreement.id, version: agreement.version, content: agreement.content },
  }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const { id } = agreementAddress(params)
  const values = await readForm(request)
  // a row added or removed without JavaScript: the form again, everything typed kept, nothing saved
  const edited = withRowEdited(values)
  if (edited) return formFailure(edited, {}, 200)
  return formAction(values, async () => {
    const input = parseValues({ ...values, id }, UpdateAgreementSchema)
    const saved = await getApi(context).agreement.update(input)
    return redirect(`/regio/${saved.regionSlug}/afspraken/${saved.id}?melding=opgeslagen`)
  })
}

export default function EditAgreement({ loaderData, actionData }: Route.ComponentProps) {
  const { agreement } = loaderData
  const region = useRegion()
  const members = region.members
  const current: unknown = actionData?.current
  const saved = isSavedAgreement(current) ? current : undefined
  const submitted = submittedAgreementFields(actionData?.values)
  // The form continues from the version the user started on: after a conflict the saved one, after
  // invalid input the one they posted (never silently the newest, which would overwrite others' work).
  const posted = actionData?.values
  const postedVersion = Number(posted?.version) || undefined
  const postedStage = typeof posted?.baseStage === 'string' ? posted.baseStage : undefined
  const version = saved?.version ?? postedVersion ?? agreement.version
  const stage = saved?.stage ?? postedStage ?? agreement.content.stage
  const detail = `/regio/${region.slug}/afspraken/${agreement.id}`
  return (
    <>
      <Breadcrumb
        items={[
          ...regionCrumbs(region),
          { to: detail, label: agreement.content.title },
          { label: 'Bewerken' },
        ]}
      />
      <Heading1>Afspraak bewerken</Heading1>
      <Paragraph>
        U bewerkt versie {version} van “{agreement.content.title}”. Elke keer opslaan maakt een nieuwe versie; wat
        gepubliceerd is verandert pas als een redacteur opnieuw publiceert.
      </Paragraph>
      {saved && submitted ? (
        <AgreementConflictPanel
          saved={saved}
          yours={submitted}
          municipalityNames={new Map(members.map((m) => [m.code, m.name]))}
        />
      ) : null}
      <AgreementForm
        key={version}
        submitLabel="Wijzigingen opslaan"
        cancelTo={detail}
        members={members}
        values={submitted ?? agreementFieldsOf(agreement.content)}
        currentStage={stage}
        version={version}
        serverErrors={actionData?.fieldErrors}
        formError={saved ? undefined : actionData?.formError}
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

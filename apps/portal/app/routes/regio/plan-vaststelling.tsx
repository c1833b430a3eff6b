import { ConfirmPlanAdoptionSchema, RecordPlanAdoptionSchema } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { data, redirect, useLocation } from 'react-router'
import { z } from 'zod'
import { ErrorPage } from '#app/components/error-page.tsx'
import { PlanAdoptionForm } from '#app/components/plan/adoption/plan-adoption-form.tsx'
import { CouncilsSection } from '#app/components/plan/councils-section.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { failureFor } from '#app/components/plan/posted.ts'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { getApi } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import { loadRegionPlan, planRegionSlug } from '#app/server/plan-forms.server.ts'
import type { Route } from './+types/plan-vaststelling'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Vaststelling uitvoeringsplan ${data?.region.name ?? 'regio'}`, 'Welke gemeenteraden het uitvoeringsplan van de regio hebben vastgesteld, en welke stand.'),
]

export async function loader(args: Route.LoaderArgs) {
  const plan = await loadRegionPlan(args)
  return {
    region: plan.region,
    ...plan.planAdoption,
    permissions: plan.permissions,
    notice: new URL(args.request.url).searchParams.get('melding'),
  }
}

/** Which of the page's forms was posted. */
const IntentSchema = z.enum(['vaststelling', 'bevestigen'])

const NOTICES: Record<string, string> = {
  vaststelling: 'De vaststelling is vastgelegd.',
  bevestigd: 'De vaststelling is bevestigd.',
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = planRegionSlug(params)
  const values = formDataToObject(await request.formData())
  const intent = IntentSchema.safeParse(values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const api = getApi(context)
  const back = (notice: string) => redirect(`/regio/${slug}/plan/vaststelling?melding=${notice}#raden`)
  return formAction(values, async () => {
    if (intent.data === 'vaststelling') {
      await api.plan.recordPlanAdoption(parseValues({ ...values, regionSlug: slug }, RecordPlanAdoptionSchema))
      return back('vaststelling')
    }
    await api.plan.confirmPlanAdoption(parseValues(values, ConfirmPlanAdoptionSchema))
    return back('bevestigd')
  })
}

export default function PlanVaststelling({ loaderData, actionData }: Route.ComponentProps) {
  const { region, currentRevision, councils, adoptedCount, permissions, notice } = loaderData
  // Only formAction's failures carry `values`.
  const failure = actionData && 'values' in actionData ? (actionData as FormFailure) : undefined
  const noticeText = notice && !failure ? NOTICES[notice] : undefined
  const recordable = councils.filter((c) => permissions.recordableMunicipalities.includes(c.municipalityCode))
  const formKey = `${useLocation().key}-${currentRevision?.id ?? 0}`
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Vaststelling uitvoeringsplan' }]} />
      <Heading1>Vaststelling van het uitvoeringsplan</Heading1>
      <PlanPagesNav slug={region.slug} current="vaststelling" />
      <Paragraph>
        Elke gemeenteraad stelt het uitvoeringsplan van {region.name} vast. Een raad stelt het plan vast zoals het is
        gepubliceerd: elke publicatie van een onderdeel is een nieuwe revisie. Een vaststelling telt voor de revisie die de
        raad heeft vastgesteld; na een nieuwe revisie blijven eerdere vaststellingen zichtbaar.
      </Paragraph>
      {noticeText ? <Notice>{noticeText}</Notice> : null}
      <CouncilsSection
        of="plan"
        current={currentRevision ? `revisie ${currentRevision.number}` : null}
        adopted={
          currentRevision
            ? `de huidige stand vastgesteld: revisie ${currentRevision.number}, gepubliceerd op ${formatDateTime(currentRevision.publishedAt)} door ${currentRevision.publishedByLabel}.`
            : null
        }
        empty="Er is nog geen onderdeel van het uitvoeringsplan gepubliceerd, dus nog niets om vast te stellen."
        councils={councils.map((c) => ({
          ...c,
          adoptions: c.adoptions.map((a) => ({
            ...a,
            what: `Revisie ${a.revisionNumber}`,
            whatDetail: `(gepubliceerd ${formatDateTime(a.revisionPublishedAt)})`,
            counts: a.planRevisionId === currentRevision?.id,
          })),
        }))}
        adoptedCount={adoptedCount}
        confirmable={new Set(permissions.confirmableMunicipalities)}
        confirmError={failureFor(failure, 'bevestigen')?.formError}
        form={
          currentRevision && recordable.length > 0 ? (
            <PlanAdoptionForm key={formKey} councils={recordable} current={currentRevision} failure={failureFor(failure, 'vaststelling')} />
          ) : null
        }
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

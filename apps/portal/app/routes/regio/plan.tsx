import { PLAN_ELEMENTS, PublishPlanElementSchema, SavePlanElementSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { redirect, type ShouldRevalidateFunction } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { PlanElementSection } from '#app/components/plan/element-section.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { PlanStatus } from '#app/components/plan/plan-status.tsx'
import { failureFor } from '#app/components/plan/posted.ts'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { pageMeta } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { getApi } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import { loadRegionPlan, planRegionSlug } from '#app/server/plan-forms.server.ts'
import type { Route } from './+types/plan'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`Plan ${data?.region.name ?? 'regio'}`, 'De zes onderdelen van het regionale plan met hun status en tekst.')]

export async function loader(args: Route.LoaderArgs) {
  const plan = await loadRegionPlan(args)
  return {
    region: plan.region,
    completeness: plan.completeness,
    canEdit: plan.permissions.canEdit,
    // Markdown is rendered here, on the server, with raw HTML off (markdown.server.ts).
    elements: plan.elements.map((e) => ({ ...e, html: e.body.trim() ? renderMarkdown(e.body) : '' })),
    saved: new URL(args.request.url).searchParams.get('opgeslagen'),
    published: new URL(args.request.url).searchParams.get('gepubliceerd'),
  }
}

// A stale save (409) must come back with the current version (React Router skips revalidation after 4xx by default).
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = planRegionSlug(params)
  const posted = formDataToObject(await request.formData())
  if (posted.intent === 'publiceren') {
    const values = { ...posted, intent: 'publiceren' }
    return formAction(values, async () => {
      const input = parseValues({ ...values, regionSlug: slug }, PublishPlanElementSchema)
      await getApi(context).plan.publishElement(input)
      return redirect(`/regio/${slug}/plan?gepubliceerd=${input.element}#onderdeel-${input.element}`)
    })
  }
  const values = { ...posted, intent: 'onderdeel' }
  return formAction(values, async () => {
    const input = parseValues({ ...values, regionSlug: slug }, SavePlanElementSchema)
    await getApi(context).plan.saveElement(input)
    return redirect(`/regio/${slug}/plan?opgeslagen=${input.element}#onderdeel-${input.element}`)
  })
}

export default function RegionPlan({ loaderData, actionData }: Route.ComponentProps) {
  const { region, completeness, canEdit, elements, saved, published } = loaderData
  // Only formAction's failures carry `values`.
  const failure = actionData && 'values' in actionData ? (actionData as FormFailure) : undefined
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Plan' }]} />
      <Heading1>Plan {region.name}</Heading1>
      <PlanPagesNav slug={region.slug} current="plan" />
      <Paragraph>
        Het regionale uitvoeringsplan bestaat uit zes onderdelen. Per onderdeel ziet u hoe ver de regio is, de tekst van de
        regio en de afspraken die het onderdeel invullen.
      </Paragraph>
      <section aria-labelledby="volledigheid" className="bt-section">
        <Heading2 id="volledigheid">Volledigheid van het plan</Heading2>
        <p className="utrecht-paragraph bt-plan-progress">
          <strong>
            {completeness.done} van {completeness.total}
          </strong>{' '}
          onderdelen gereed
        </p>
        <DataTable caption="De zes onderdelen met hun status" label="Onderdelen van het plan" className="bt-plan-table" rows={PLAN_ELEMENTS} rowKey={(p) => p.key} columns={[
            {
              key: 'onderdeel',
              header: 'Onderdeel',
              rowHeader: true,
              className: 'bt-cell-text',
              cell: (p) => (
                <a href={`#onderdeel-${p.key}`}>
                  {p.number}. {p.label}
                </a>
              ),
            },
            { key: 'status', header: 'Status', cell: (p) => <PlanStatus status={elements.find((e) => e.element === p.key)?.status ?? 'not_started'} /> },
            { key: 'afspraken', header: 'Afspraken', numeric: true, cell: (p) => elements.find((e) => e.element === p.key)?.agreements.length ?? 0 },
          ]} />
      </section>
      {PLAN_ELEMENTS.map((p) => {
        const element = elements.find((e) => e.element === p.key)
        if (!element) return null
        return (
          <PlanElementSection
            key={p.key}
            slug={region.slug}
            element={element}
            canEdit={canEdit}
            saved={saved === p.key}
            published={published === p.key}
            failure={failureFor(failure, 'onderdeel', { name: 'element', value: p.key })}
            publishFailure={failureFor(failure, 'publiceren', { name: 'element', value: p.key })}
          />
        )
      })}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

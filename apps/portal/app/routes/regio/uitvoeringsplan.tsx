import { Heading1 } from '@utrecht/component-library-react'
import { useRouteLoaderData } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FinancePrintSection } from '#app/components/finance/print-section.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { AdoptionSection, PlanAdoptionSection } from '#app/components/plan/print/adoption-section.tsx'
import { AgreementTextsSection } from '#app/components/plan/print/agreement-texts-section.tsx'
import { ConditionsSection } from '#app/components/plan/print/conditions-section.tsx'
import { LevelsSection } from '#app/components/plan/print/levels-section.tsx'
import { PlanElementsSection } from '#app/components/plan/print/plan-elements-section.tsx'
import { PlanningSection } from '#app/components/plan/print/planning-section.tsx'
import { PrintContents, printSectionNumber } from '#app/components/plan/print/sections.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { PrintButton } from '#app/components/ui/print.tsx'
import { formatDay, pageMeta } from '#app/lib/format.ts'
import type { loader as rootLoader } from '#app/root.tsx'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import { planRegionSlug } from '#app/server/plan-forms.server.ts'
import type { Route } from './+types/uitvoeringsplan'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** A print page: its print button is a plain script (components/ui/print.tsx); served without React (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`Uitvoeringsplan ${data?.region.name ?? 'regio'}`, 'Het uitvoeringsplan van de regio, klaar om af te drukken.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = planRegionSlug(params)
  const api = getApi(context)
  const [plan, overview, finance, texts] = await Promise.all([
    api.plan.get({ slug }),
    api.region.agreements({ slug, filter: {} }),
    api.financialAgreement.get({ slug }),
    api.plan.agreementTexts({ slug }),
  ]).catch(toRouteError)
  const agreements = overview.agreements.map((a) => ({
    id: a.id,
    title: a.title,
    stage: a.stage,
    conditions: a.conditions,
    dueDate: a.dueDate,
    delayed: a.delays.length > 0,
    planningStatus: a.planningStatus,
  }))
  return {
    region: plan.region,
    printedOn: formatDay(new Date()),
    view: overview.view,
    // Markdown is rendered here, on the server, with raw HTML off (markdown.server.ts).
    elements: plan.elements.map((e) => ({
      element: e.element,
      status: e.status,
      html: e.body.trim() ? renderMarkdown(e.body) : '',
      agreements: e.agreements,
    })),
    completeness: plan.completeness,
    agreements,
    conditionTotals: overview.matrix.conditions,
    levels: overview.levels.map((l) => ({ nvoAgreement: l.nvoAgreement, level: l.level, explanation: l.explanation })),
    delays: overview.planning.delayed.map((a) => ({ id: a.id, title: a.title, delays: a.delays })),
    currentVersion: plan.currentVersion
      ? { number: plan.currentVersion.number, title: plan.currentVersion.title, documentDate: plan.currentVersion.documentDate }
      : null,
    councils: plan.councils,
    adoptedCount: plan.adoptedCount,
    finance: { content: finance.content, members: finance.members, matrix: finance.matrix, scenarios: finance.scenarios, tasks: finance.tasks },
    planAdoption: plan.planAdoption,
    // Every agreement in full, in the order of their titles; Markdown rendered here as above.
    agreementTexts: texts.agreements
      .map(({ body, ...a }) => ({ ...a, bodyHtml: body.trim() ? renderMarkdown(body) : '' }))
      .sort((a, b) => a.title.localeCompare(b.title, 'nl')),
  }
}

export default function Uitvoeringsplan({ loaderData }: Route.ComponentProps) {
  const {
    region,
    printedOn,
    view,
    elements,
    completeness,
    agreements,
    conditionTotals,
    levels,
    delays,
    currentVersion,
    councils,
    adoptedCount,
    planAdoption,
    finance,
    agreementTexts,
  } = loaderData
  const root = useRouteLoaderData<typeof rootLoader>('root')
  return (
    <article className="bt-print-plan">
      <div className="bt-no-print">
        <Breadcrumb items={[...regionCrumbs(region), { label: 'Uitvoeringsplan' }]} />
      </div>
      <Heading1>Uitvoeringsplan {region.name}</Heading1>
      <p className="utrecht-paragraph bt-print-plan__meta">
        Stand van {printedOn}.{' '}
        {view === 'draft'
          ? 'Met de concepten van de regio: afspraken die nog niet (opnieuw) zijn gepubliceerd.'
          : 'Alleen gepubliceerde afspraken.'}
        {root?.hasDemoData ? ' Demo-omgeving: alle gegevens zijn fictief.' : ''}
      </p>
      <div className="bt-no-print">
        <PlanPagesNav slug={region.slug} current="uitvoeringsplan" />
        <div className="utrecht-alert utrecht-alert--info bt-print-hint" role="note" aria-label="Afdrukken">
          <p className="utrecht-paragraph">
            Deze pagina is opgemaakt om af te drukken op A4 of op te slaan als pdf, bijvoorbeeld voor de gemeenteraad.{' '}
            <PrintButton /> Of kies &lsquo;Afdrukken&rsquo; in het menu van uw browser (Ctrl+P) en dan &lsquo;Opslaan als
            pdf&rsquo;.
          </p>
        </div>
      </div>
      <PrintContents />

      {/* In the order of PRINT_SECTIONS (components/plan/print/sections.tsx), which numbers them. */}
      <PlanElementsSection elements={elements} completeness={completeness} />
      <ConditionsSection agreements={agreements} conditionTotals={conditionTotals} />
      <AgreementTextsSection slug={region.slug} agreements={agreementTexts} />
      <LevelsSection levels={levels} />
      <PlanningSection agreements={agreements} delays={delays} />
      <FinancePrintSection number={printSectionNumber('financiele-afspraak')} finance={finance} />
      <AdoptionSection currentVersion={currentVersion} councils={councils} adoptedCount={adoptedCount} />
      <PlanAdoptionSection planAdoption={planAdoption} />
    </article>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { PublishFinancialAgreementSchema, SaveFinancialAgreementSchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect, type ShouldRevalidateFunction } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { ChoicesSection } from '#app/components/finance/choices-section.tsx'
import { MatrixSection } from '#app/components/finance/matrix-section.tsx'
import { RisksSection } from '#app/components/finance/risks-section.tsx'
import { SituationSection } from '#app/components/finance/situation-section.tsx'
import { StrategySection } from '#app/components/finance/strategy-section.tsx'
import { TasksSection } from '#app/components/finance/tasks-section.tsx'
import { failureOf } from '#app/components/finance/types.ts'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import { planRegionSlug } from '#app/server/plan-forms.server.ts'
import type { Route } from './+types/financiele-afspraak'
import { Notice } from '#app/components/ui/notice.tsx'

// A region's financial agreement (issue 21), worked out the way VNG's handreiking lays it out: six
// sections, each saved on its own through one action; the page reads one procedure.

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Financiële afspraak ${data?.agreement.region.name ?? 'regio'}`, 'De regionale financiële afspraak: huidige situatie, keuzematrix, hoofdkeuzes met bedragen per gemeente, invoeringsstrategie, taakverdeling en risico’s.'),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = planRegionSlug(params)
  const agreement = await getApi(context).financialAgreement.get({ slug }).catch(toRouteError)
  const url = new URL(request.url)
  return { agreement, saved: url.searchParams.get('opgeslagen'), published: url.searchParams.has('gepubliceerd') }
}

// A stale save (409) must come back with the current version (React Router skips revalidation after 4xx by default).
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 409 || defaultShouldRevalidate

const SECTIONS = ['situation', 'matrix', 'choices', 'strategy', 'risks'] as const
const ANCHORS: Record<(typeof SECTIONS)[number], string> = {
  situation: 'huidige-situatie',
  matrix: 'keuzematrix',
  choices: 'hoofdkeuzes',
  strategy: 'invoeringsstrategie',
  risks: 'risicos',
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = planRegionSlug(params)
  const values = formDataToObject(await request.formData())
  const intent = typeof values.intent === 'string' ? values.intent : ''
  return formAction({ ...values, intent }, async () => {
    if (intent === 'publish') {
      const input = parseValues({ regionSlug: slug, version: values.version }, PublishFinancialAgreementSchema)
      await getApi(context).financialAgreement.publish(input)
      return redirect(`/regio/${slug}/financiele-afspraak?gepubliceerd`)
    }
    const section = SECTIONS.find((s) => s === intent)
    if (!section) throw new Response('Onbekend onderdeel', { status: 400 })
    const input = parseValues({ ...values, section, regionSlug: slug }, SaveFinancialAgreementSchema)
    await getApi(context).financialAgreement.save(input)
    return redirect(`/regio/${slug}/financiele-afspraak?opgeslagen=${section}#${ANCHORS[section]}`)
  })
}

export default function FinancialAgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const { agreement, saved, published } = loaderData
  const { region } = agreement
  // Only formAction's failures carry `values`.
  const failure = actionData && 'values' in actionData ? (actionData as FormFailure) : undefined
  const savedLabel = SECTIONS.find((s) => s === saved)
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { to: `/regio/${region.slug}/plan`, label: 'Plan' }, { label: 'Financiële afspraak' }]} />
      <Heading1>Financiële afspraak {region.name}</Heading1>
      <PlanPagesNav slug={region.slug} current="financiele-afspraak" />
      <Paragraph>
        De uitwerking van planonderdeel 3 (verdeling van budget en financiële risico&apos;s) volgens de VNG-handreiking voor regionale
        financiële afspraken.{' '}
        {agreement.updatedAt ? `Laatst gewijzigd ${formatDateTime(agreement.updatedAt)} door ${agreement.updatedByLabel ?? 'onbekend'}.` : 'Nog niets vastgelegd.'}
      </Paragraph>
      {agreement.view === 'published' ? (
        <Paragraph className="bt-muted">U ziet de gepubliceerde versie; de regio werkt mogelijk aan een nieuwere.</Paragraph>
      ) : null}
      {savedLabel && !failure ? <Notice>Het onderdeel is opgeslagen.</Notice> : null}
      {agreement.publication ? (
        <PublicationPanel publication={agreement.publication} version={agreement.version} canEdit={agreement.canEdit} published={published} failure={failureOf(failure, 'publish')} />
      ) : null}
      <Paragraph>
        <Link to={`/regio/${region.slug}/uitvoeringsplan#financiele-afspraak`}>Afdrukken in het uitvoeringsplan</Link>
      </Paragraph>
      <SituationSection agreement={agreement} failure={failureOf(failure, 'situation')} />
      <MatrixSection agreement={agreement} matrix={agreement.matrix} failure={failureOf(failure, 'matrix')} />
      <ChoicesSection agreement={agreement} scenarios={agreement.scenarios} scenarioOptions={agreement.scenarioOptions} failure={failureOf(failure, 'choices')} />
      <StrategySection agreement={agreement} failure={failureOf(failure, 'strategy')} />
      <TasksSection slug={region.slug} tasks={agreement.tasks} members={agreement.members} canEdit={agreement.canEdit} />
      <RisksSection agreement={agreement} failure={failureOf(failure, 'risks')} />
    </>
  )
}

function PublicationPanel({
  publication,
  version,
  canEdit,
  published,
  failure,
}: {
  publication: { publishedVersion: number | null; publishedAt: string | Date | null; unpublishedChanges: boolean }
  version: number | null
  canEdit: boolean
  published: boolean
  failure: FormFailure | undefined
}) {
  const state =
    publication.publishedVersion === null
      ? 'Nog niet gepubliceerd: alleen de regio ziet deze afspraak.'
      : `Gepubliceerd${publication.publishedAt ? ` op ${formatDateTime(publication.publishedAt)}` : ''}${publication.unpublishedChanges ? '; er zijn wijzigingen die nog niet zijn gepubliceerd' : ''}.`
  return (
    <section aria-label="Publicatie" className="bt-publication">
      {published && !failure ? <Notice>De financiële afspraak is gepubliceerd.</Notice> : null}
      <FormError message={failure?.formError} />
      <Paragraph>{state}</Paragraph>
      {canEdit && publication.unpublishedChanges ? (
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <input type="hidden" name="version" value={version ?? 0} />
          <Button type="submit" appearance="secondary-action-button">
            Publiceren
          </Button>
        </Form>
      ) : null}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

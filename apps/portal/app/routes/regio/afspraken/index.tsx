import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { AgreementActions } from '#app/components/agreements/agreement-actions.tsx'
import { AgreementList } from '#app/components/agreements/agreement-list.tsx'
import { BulkPublishForm, type BulkPublishResult } from '#app/components/agreements/bulk-publish-form.tsx'
import { BULK_STAGE_FORM_ID, BulkStageForm, type BulkStageResult } from '#app/components/agreements/bulk-stage-form.tsx'
import { readAgreementFilter } from '#app/components/agreements/filters.ts'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { regionSlugOf } from '#app/server/agreement-forms.server.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { runBulkAction } from '#app/server/bulk-agreements.server.ts'
import { formDataToObject } from '#app/server/forms.server.ts'
import { agreementListForPage } from '#app/server/region-page-data.server.ts'
import type { Route } from './+types/index'

// A region's agreements as a list with filters and, for its editors, the bulk forms (issue 20): its own
// page, so the region page itself has nothing interactive and is served without JavaScript.

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageMeta(`Afspraken – ${regionOfMatches(matches)?.name ?? 'regio'}`, 'De uitvoeringsafspraken van een regio, te filteren op stadium, thema, conditie, NvO-afspraak, partner en gemeente.'),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  // Region-identifiable agreements need a login (DESIGN.md visibility).
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const filter = readAgreementFilter(new URL(request.url).searchParams)
  const overview = await getApi(context).region.agreements({ slug, filter }).catch(toRouteError)
  return { overview: agreementListForPage(overview), filter }
}

/** The bulk actions on the agreements ticked in the list: a stage change or publishing (all or nothing). */
export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  return runBulkAction(getApi(context), regionSlugOf(params), formDataToObject(await request.formData()))
}

export default function AgreementListPage({ loaderData, actionData }: Route.ComponentProps) {
  const { overview, filter } = loaderData
  const region = useRegion()
  // The intent says which bulk form this answer is for.
  const bulkResult = actionData as BulkStageResult | BulkPublishResult | undefined
  const canEdit = overview.permissions.canEdit
  const titles = new Map(overview.agreements.map((a) => [a.id, a.title]))
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Afspraken' }]} />
      <Heading1>Afspraken van {region.name}</Heading1>
      <Paragraph className="bt-view-note">
        {overview.view === 'draft'
          ? 'U ziet ook de concepten van deze regio: afspraken die nog niet of niet opnieuw zijn gepubliceerd.'
          : 'U ziet de gepubliceerde afspraken van deze regio.'}
      </Paragraph>
      <AgreementList
        slug={region.slug}
        overview={overview}
        filter={filter}
        members={region.members}
        selectForm={canEdit ? BULK_STAGE_FORM_ID : undefined}
        actions={
          <>
            <AgreementActions slug={region.slug} canEdit={canEdit} ownRegion={overview.view === 'draft'} />
            {canEdit && overview.agreements.length > 0 ? (
              <div className="bt-bulk-actions">
                <BulkStageForm result={bulkResult?.intent === 'stadium' ? bulkResult : undefined} titles={titles} />
                <BulkPublishForm result={bulkResult?.intent === 'publiceren' ? bulkResult : undefined} titles={titles} />
              </div>
            ) : null}
          </>
        }
      />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

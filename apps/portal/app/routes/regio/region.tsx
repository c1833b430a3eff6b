import { RegionSlugSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link, useLocation } from 'react-router'
import { AgreementList } from '#app/components/agreements/agreement-list.tsx'
import { BULK_STAGE_FORM_ID, BulkStageForm, type BulkStageResult } from '#app/components/agreements/bulk-stage-form.tsx'
import { CompletenessSummary } from '#app/components/agreements/completeness-summary.tsx'
import { CoverageMatrix } from '#app/components/agreements/coverage-matrix.tsx'
import { readAgreementFilter } from '#app/components/agreements/filters.ts'
import { PlanningSummary } from '#app/components/agreements/planning-summary.tsx'
import { RegionMembers } from '#app/components/agreements/region-members.tsx'
import { EditionChanges } from '#app/components/editions/edition-changes.tsx'
import { EditionPicker } from '#app/components/editions/edition-picker.tsx'
import { editionParam } from '#app/lib/as-of.ts'
import { RegionEditionView } from '#app/components/editions/region-edition-view.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { ExampleIndelingNotice } from '#app/components/example-indeling-notice.tsx'
import { formatInteger, pageMeta } from '#app/lib/format.ts'
import { PlanSummary } from '#app/components/plan/plan-summary.tsx'
import { getApi, notFound, requestContext, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formDataToObject } from '#app/server/forms.server.ts'
import { runBulkAction } from '#app/server/bulk-agreements.server.ts'
import { agreementsForPage } from '#app/server/region-page-data.server.ts'
import { BulkPublishForm, type BulkPublishResult } from '#app/components/agreements/bulk-publish-form.tsx'
import type { Route } from './+types/region'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { RegionLatestTable } from '#app/components/indicators/region-latest-table.tsx'
import { DecisionsSection } from '#app/components/meetings/decisions-section.tsx'

export const meta: Route.MetaFunction = ({ matches }) => [...pageMeta(regionOfMatches(matches)?.name ?? 'Regio', 'Een regio beschermd wonen: gemeenten, dekking van de afspraken, planning en volledigheid.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  // A malformed slug can name no region: answer 404 without asking the API.
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  const api = getApi(context)
  // Region-identifiable agreements need a login (DESIGN.md visibility); the shell is public.
  const signedIn = context.get(requestContext).scope.actor !== null
  const filter = readAgreementFilter(new URL(request.url).searchParams)
  const edition = editionParam(request)
  if (edition) return { ...(await loadAsOfEdition(getApi(context), { editionKey: edition, regionSlug: slug.data }, signedIn)), overview: null, plan: null, filter, indicators: null, decisions: null }
  const [overview, plan, indicators, decisions] = await Promise.all([
    signedIn ? api.region.agreements({ slug: slug.data, filter }) : null,
    signedIn ? api.plan.summary({ slug: slug.data }) : null,
    api.indicator.regionLatest({ slug: slug.data }),
    signedIn ? api.meeting.regionDecisions({ slug: slug.data }) : null,
  ]).catch(toRouteError)
  // The editions' parts are extras: the region page stands without them.
  const [editionChanges, editions] = await Promise.all([
    signedIn ? api.edition.changes({ regionSlug: slug.data }).catch(() => null) : null,
    api.edition.list().catch(() => []),
  ])
  // Only the fields the page shows: the loader data is also written into the page for hydration.
  return { overview: overview && agreementsForPage(overview), plan, filter, indicators, decisions, editionChanges, editions, asOfEdition: null }
}

/** The page as of a frozen edition: the region's picture in it (signed in), and what changed in it. */
async function loadAsOfEdition(api: ReturnType<typeof getApi>, ref: { editionKey: string; regionSlug: string }, signedIn: boolean) {
  const editions = await api.edition.list().catch(() => [])
  if (!signedIn) return { editions, editionChanges: null, asOfEdition: { data: null, missing: 'Het beeld van een regio in een editie is zichtbaar na inloggen.' } }
  const view = await api.edition.picture(ref).catch(toRouteError)
  if (view.edition.state !== 'frozen') {
    return { editions, editionChanges: null, asOfEdition: { data: null, missing: `Editie ${view.edition.key} is nog niet bevroren: een stand per editie bestaat alleen voor bevroren edities.` } }
  }
  const editionChanges = await api.edition.changes(ref).catch(() => null)
  return { editions, editionChanges, asOfEdition: { data: view, missing: null } }
}

/** The page's bulk actions on the agreements ticked in the list: a stage change or publishing (all or nothing). */
export async function action({ params, request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  return runBulkAction(getApi(context), slug.data, formDataToObject(await request.formData()))
}

export default function RegionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { overview, plan, filter, indicators, decisions, editionChanges, editions, asOfEdition } = loaderData
  const region = useRegion()
  // This page's action answers its bulk forms only; the intent says which.
  const bulkResult = actionData as BulkStageResult | BulkPublishResult | undefined
  const stageResult = bulkResult?.intent === 'stadium' ? bulkResult : undefined
  const publishResult = bulkResult?.intent === 'publiceren' ? bulkResult : undefined
  const location = useLocation()
  const ownRegion = overview?.view === 'draft'
  return (
    <>
      <Breadcrumb items={regionCrumbs(region)} />
      <Heading1>{region.name}</Heading1>
      <dl className="bt-facts">
        <div>
          <dt>Centrumgemeente</dt>
          <dd>{region.centralMunicipalityName}</dd>
        </div>
        <div>
          <dt>Provincie</dt>
          <dd>{region.province}</dd>
        </div>
        <div>
          <dt>Gemeenten</dt>
          <dd>{region.members.length}</dd>
        </div>
        <div>
          <dt>Inwoners</dt>
          <dd>{formatInteger(region.inhabitants)}</dd>
        </div>
        {overview ? (
          <div>
            <dt>Afspraken</dt>
            <dd>{overview.total}</dd>
          </div>
        ) : null}
      </dl>
      {region.isExampleIndeling ? <ExampleIndelingNotice /> : null}
      <EditionPicker editions={editions} selected={asOfEdition?.data?.edition.key ?? null} what="De regio" />
      {asOfEdition ? (
        <RegionEditionView data={asOfEdition.data} missing={asOfEdition.missing} livePath={`/regio/${region.slug}`} />
      ) : overview ? (
        <>
          <nav aria-label="Op deze pagina" className="bt-page-nav">
            <ul>
              <li>
                <a href="#dekking">Dekking</a>
              </li>
              <li>
                <a href="#plan">Plan en regiovisie</a>
              </li>
              <li>
                <a href="#planning">Planning</a>
              </li>
              <li>
                <a href="#volledigheid">Volledigheid</a>
              </li>
              <li>
                <a href="#afspraken">Afspraken</a>
              </li>
              <li>
                <a href="#indicatoren">Indicatoren</a>
              </li>
              <li>
                <a href="#gemeenten">Gemeenten</a>
              </li>
              <li>
                <Link to={`/regio/${region.slug}/niveaus`}>NvO-niveaus</Link>
              </li>
              <li>
                <Link to={`/regio/${region.slug}/plan`}>Regionaal plan</Link>
              </li>
              <li>
                <Link to={`/regio/${region.slug}/regiovisie`}>Regiovisie</Link>
              </li>
              <li>
                <Link to={`/regio/${region.slug}/uitvoeringsplan`}>Uitvoeringsplan</Link>
              </li>
              <li>
                <Link to={`/regio/${region.slug}/monitoring`}>Monitoring</Link>
              </li>
              <li>
                <Link to={`/regio/${region.slug}/zoeken`}>Zoeken in deze regio</Link>
              </li>
              {ownRegion ? (
                <li>
                  <Link to={`/regio/${region.slug}/logboek`}>Logboek</Link>
                </li>
              ) : null}
            </ul>
          </nav>
          {ownRegion ? (
            <Paragraph className="bt-view-note">U ziet ook de concepten van deze regio: afspraken die nog niet of niet opnieuw zijn gepubliceerd.</Paragraph>
          ) : (
            <Paragraph className="bt-view-note">U ziet de gepubliceerde afspraken van deze regio.</Paragraph>
          )}
          <CoverageMatrix slug={region.slug} matrix={overview.matrix} levels={overview.levels} />
          {plan ? <PlanSummary slug={region.slug} plan={plan} /> : null}
          <PlanningSummary slug={region.slug} planning={overview.planning} />
          <CompletenessSummary
            slug={region.slug}
            completeness={overview.completeness}
            lastChange={overview.lastChange}
            total={overview.total}
          />
          <AgreementList
            slug={region.slug}
            overview={overview}
            filter={filter}
            members={region.members}
            selectForm={overview.permissions.canEdit ? BULK_STAGE_FORM_ID : undefined}
            actions={
              <>
                {overview.permissions.canEdit ? (
                  <p className="utrecht-paragraph bt-actions">
                    <Link to={`/regio/${region.slug}/afspraken/nieuw`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
                      Nieuwe afspraak
                    </Link>{' '}
                    <Link to={`/regio/${region.slug}/afspraken/importeren`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
                      Afspraken importeren
                    </Link>
                  </p>
                ) : null}
                {ownRegion ? (
                  <p className="utrecht-paragraph">
                    Downloaden als spreadsheet:{' '}
                    <a href={`/regio/${region.slug}/afspraken/export.xlsx`} download>
                      Excel (.xlsx)
                    </a>{' '}
                    of{' '}
                    <a href={`/regio/${region.slug}/afspraken/export.csv`} download>
                      CSV
                    </a>
                  </p>
                ) : null}
                {overview.permissions.canEdit && overview.agreements.length > 0 ? (
                  <div className="bt-bulk-actions">
                    <BulkStageForm result={stageResult} titles={new Map(overview.agreements.map((a) => [a.id, a.title]))} />
                    <BulkPublishForm result={publishResult} titles={new Map(overview.agreements.map((a) => [a.id, a.title]))} />
                  </div>
                ) : null}
              </>
            }
          />
        </>
      ) : (
        <section aria-labelledby="afspraken" className="bt-section">
          <Heading2 id="afspraken">Afspraken</Heading2>
          <Paragraph>
            De uitvoeringsafspraken, de dekking per conditie en de planning van een regio zijn alleen zichtbaar na inloggen.
          </Paragraph>
          <Paragraph>
            <Link to={`/inloggen?terug=${encodeURIComponent(location.pathname)}`}>Log in om de afspraken te zien</Link>
          </Paragraph>
        </section>
      )}
      {decisions ? <DecisionsSection about={region.name} count={decisions.length} decisions={decisions} /> : null}
      {indicators ? (
        <RegionLatestTable regionName={region.name} slug={region.slug} rows={indicators.rows} note={indicators.note} canEnter={overview?.permissions.canEdit ?? false} />
      ) : null}
      {editionChanges ? <EditionChanges data={editionChanges} scope={`voor ${region.name}`} showRegion={false} /> : null}
      <RegionMembers regionName={region.name} regionCode={region.code} members={region.members} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { RegionSlugSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link, redirect, useLocation } from 'react-router'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { CompletenessSummary } from '#app/components/agreements/completeness-summary.tsx'
import { CoverageMatrix } from '#app/components/agreements/coverage-matrix.tsx'
import { agreementListHref, isFiltered, readAgreementFilter } from '#app/components/agreements/filters.ts'
import { AgreementActions } from '#app/components/agreements/agreement-actions.tsx'
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
import { getApi, notFound, requestContext, toRouteError } from '#app/server/api.server.ts'
import { agreementsForPage } from '#app/server/region-page-data.server.ts'
import type { Route } from './+types/region'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { regionOfMatches, useRegion } from '#app/lib/region-shell.ts'
import { RegionLatestTable } from '#app/components/indicators/region-latest-table.tsx'
import { DecisionsSection } from '#app/components/meetings/decisions-section.tsx'

/** Nothing on it needs JavaScript (its list, filters and bulk forms are on /afspraken): served as plain HTML (ADR 047, 051). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = ({ matches }) => [...pageMeta(regionOfMatches(matches)?.name ?? 'Regio', 'Een regio beschermd wonen: gemeenten, dekking van de afspraken, planning en volledigheid.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  // A malformed slug can name no region: answer 404 without asking the API.
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  const api = getApi(context)
  // Region-identifiable agreements need a login (DESIGN.md visibility); the shell is public.
  const signedIn = context.get(requestContext).scope.actor !== null
  // The list's filters were this page's until the list got a page of its own: old links lead there.
  const filter = readAgreementFilter(new URL(request.url).searchParams)
  if (isFiltered(filter)) throw redirect(agreementListHref(slug.data, filter), 301)
  const edition = editionParam(request)
  if (edition) return { ...(await loadAsOfEdition(getApi(context), { editionKey: edition, regionSlug: slug.data }, signedIn)), overview: null, plan: null, indicators: null, decisions: null }
  const [overview, plan, indicators, decisions] = await Promise.all([
    signedIn ? api.region.agreements({ slug: slug.data }) : null,
    signedIn ? api.plan.summary({ slug: slug.data }) : null,
    api.indicator.regionLatest({ slug: slug.data }),
    signedIn ? api.meeting.regionDecisions({ slug: slug.data }) : null,
  ]).catch(toRouteError)
  // The editions' parts are extras: the region page stands without them.
  const [editionChanges, editions] = await Promise.all([
    signedIn ? api.edition.changes({ regionSlug: slug.data }).catch(() => null) : null,
    api.edition.list().catch(() => []),
  ])
  // Only the fields the page shows (the list is on /afspraken).
  return { overview: overview && agreementsForPage(overview), plan, indicators, decisions, editionChanges, editions, asOfEdition: null }
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

export default function RegionPage({ loaderData }: Route.ComponentProps) {
  const { overview, plan, indicators, decisions, editionChanges, editions, asOfEdition } = loaderData
  const region = useRegion()
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
                <Link to={agreementListHref(region.slug, {})}>Afspraken</Link>
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
          <section aria-labelledby="afspraken" className="bt-section">
            <Heading2 id="afspraken">Afspraken</Heading2>
            <Paragraph>
              {overview.total === 1 ? 'De regio heeft 1 afspraak' : `De regio heeft ${overview.total} afspraken`}
              {ownRegion ? ', concepten meegeteld.' : ' gepubliceerd.'}{' '}
              <Link to={agreementListHref(region.slug, {})}>
                {overview.permissions.canEdit ? 'Alle afspraken: filteren, stadium wijzigen en publiceren' : 'Alle afspraken, met filters'}
              </Link>
            </Paragraph>
            <AgreementActions slug={region.slug} canEdit={overview.permissions.canEdit} ownRegion={ownRegion} />
          </section>
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

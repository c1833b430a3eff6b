import { CONDITIONS, NVO_THEMES, RecordNumberSchema, RegionSlugSchema, SearchAgreementsSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link } from 'react-router'
import { SimilarAgreements } from '#app/components/agreements/similar-agreements.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { SelectField, TextField } from '#app/components/form-field.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { agreementStageLabel } from '#app/components/plan/labels.ts'
import { Snippet } from '#app/components/plan/snippet.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/zoeken'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** The search form is a GET form: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

// One module for two addresses: /zoeken (nationally, or ?regio=slug) and /regio/:slug/zoeken.

export const meta: Route.MetaFunction = ({ data }) => {
  const where = data?.region ? ` – ${data.region.name}` : ''
  const what = data?.form.q ? `Zoeken: ${data.form.q}` : 'Zoeken in afspraken'
  return [...pageMeta(`${what}${where}`, "Zoeken in de uitvoeringsafspraken van de regio's.")]
}

/** "Meer zoals dit" lists this many published agreements of other regions. */
const MORE_LIKE_THIS = 20

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const url = new URL(request.url)
  const fixedRegion = 'slug' in params && typeof params.slug === 'string'
  const slugText = fixedRegion ? (params).slug : url.searchParams.get('regio') || undefined
  const slug = slugText === undefined ? undefined : RegionSlugSchema.safeParse(slugText)
  if (slug && !slug.success) notFound('Deze regio bestaat niet.')
  const form = {
    q: url.searchParams.get('q') ?? '',
    thema: url.searchParams.get('thema') ?? '',
    conditie: url.searchParams.get('conditie') ?? '',
    regio: slug?.data ?? '',
  }
  const api = getApi(context)
  // The region's name comes from the list the form needs anyway (under regio/:slug the layout
  // has already answered 404 for an unknown region).
  const regions = await api.region
    .list()
    .then((r) => r.regions.map((g) => ({ slug: g.slug, name: g.name })))
    .catch(toRouteError)
  const region = slug ? regions.find((r) => r.slug === slug.data) : null
  if (region === undefined) notFound(`Regio ${slug?.data ?? ''} bestaat niet.`)
  const base = { form, regions, region, fixedRegion, similar: null }
  const likeId = url.searchParams.get('lijkt-op')
  if (likeId !== null) {
    const id = RecordNumberSchema.safeParse(likeId)
    if (!id.success) notFound('Deze afspraak bestaat niet.')
    const similar = await api.agreement.similar({ id: id.data, limit: MORE_LIKE_THIS }).catch(toRouteError)
    return { ...base, similar, result: null, queryError: undefined }
  }
  if (!url.searchParams.has('q')) return { ...base, result: null, queryError: undefined }
  const input = SearchAgreementsSchema.safeParse({
    query: form.q,
    regionSlug: slug?.data,
    theme: form.thema || undefined,
    condition: form.conditie || undefined,
  })
  if (!input.success) {
    return { ...base, result: null, queryError: input.error.issues.find((i) => i.path[0] === 'query')?.message }
  }
  const result = await api.search.agreements(input.data).catch(toRouteError)
  return { ...base, result, queryError: undefined }
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { form, regions, region, fixedRegion, result, queryError, similar } = loaderData
  const action = fixedRegion && region ? `/regio/${region.slug}/zoeken` : '/zoeken'
  return (
    <>
      {fixedRegion && region ? <Breadcrumb items={[...regionCrumbs(region), { label: 'Zoeken' }]} /> : null}
      <Heading1>{region ? `Zoeken in de afspraken van ${region.name}` : 'Zoeken in afspraken'}</Heading1>
      {fixedRegion && region ? <PlanPagesNav slug={region.slug} current="zoeken" /> : null}
      <Paragraph>
        {region
          ? 'Zoek in de afspraken van deze regio. Bent u van deze regio, dan zoekt u ook in de concepten; anders alleen in de gepubliceerde afspraken.'
          : "Zoek in de gepubliceerde afspraken van alle regio's, bijvoorbeeld om te zien hoe andere regio's een thema of conditie hebben geregeld."}{' '}
        De zoekfunctie kent Nederlandse woordvormen: &lsquo;woning&rsquo; vindt ook &lsquo;woningen&rsquo;.
      </Paragraph>
      <Form method="get" action={action} className="bt-form bt-search-form" role="search" aria-label="Afspraken zoeken">
        <TextField
          id="q"
          name="q"
          type="search"
          label="Zoekterm"
          hint="Eén of meer woorden; gebruik aanhalingstekens voor een exacte woordgroep."
          defaultValue={form.q}
          error={queryError}
        />
        <div className="bt-row">
          <SelectField id="thema" label="Thema" name="thema" defaultValue={form.thema}>
            <option value="">Alle thema&apos;s</option>
            {NVO_THEMES.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </SelectField>
          <SelectField id="conditie" label="Conditie" name="conditie" defaultValue={form.conditie}>
            <option value="">Alle condities</option>
            {CONDITIONS.map((c) => (
              <option key={c.key} value={c.key}>
                {c.number}. {c.label}
              </option>
            ))}
          </SelectField>
          {fixedRegion ? null : (
            <SelectField id="regio" label="Regio" name="regio" defaultValue={form.regio}>
              <option value="">Alle regio&apos;s (gepubliceerde afspraken)</option>
              {regions.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
      </Form>
      {result ? <Results result={result} query={form.q} /> : null}
      {similar ? (
        <SimilarAgreements
          similar={similar.similar}
          heading={`Afspraken van andere regio's zoals ‘${similar.agreement.title}’ (${similar.agreement.region.name})`}
        />
      ) : null}
      {fixedRegion && region ? (
        <Paragraph>
          <Link to="/zoeken">Zoeken in alle regio&apos;s</Link>
        </Paragraph>
      ) : null}
    </>
  )
}

type Result = NonNullable<Route.ComponentProps['loaderData']['result']>

function Results({ result, query }: { result: Result; query: string }) {
  const { hits, truncated, view } = result
  const count = hits.length === 1 ? '1 afspraak' : `${truncated ? 'Meer dan ' : ''}${hits.length} afspraken`
  return (
    <section aria-labelledby="resultaten" className="bt-section bt-search-results">
      <Heading2 id="resultaten">Resultaten</Heading2>
      <p className="utrecht-paragraph" role="status">
        {hits.length === 0 ? `Geen afspraken gevonden voor ‘${query}’.` : `${count} gevonden voor ‘${query}’`}
        {hits.length > 0 ? (view === 'draft' ? ', ook in concepten.' : ', alleen gepubliceerde afspraken.') : null}
      </p>
      {truncated ? (
        <Paragraph>U ziet de {hits.length} best passende. Maak de zoekvraag specifieker of kies een thema of conditie.</Paragraph>
      ) : null}
      {hits.length > 0 ? (
        <ol className="bt-hits">
          {hits.map((hit) => (
            <li key={hit.id} className="bt-hit">
              <h3 className="utrecht-heading-3 bt-hit__title">
                <Link to={`/regio/${hit.regionSlug}/afspraken/${hit.id}`}>{hit.title}</Link>
              </h3>
              <p className="utrecht-paragraph bt-hit__meta">
                <Link to={`/regio/${hit.regionSlug}`}>{hit.regionName}</Link> · {agreementStageLabel(hit.stage)} ·{' '}
                <Link to={`/zoeken?lijkt-op=${hit.id}`} aria-label={`Meer zoals dit: ${hit.title}`}>
                  Meer zoals dit
                </Link>
              </p>
              <p className="utrecht-paragraph bt-hit__snippet">
                <Snippet snippet={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { NVO_AGREEMENTS, SetNvoLevelSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link, redirect, type ShouldRevalidateFunction } from 'react-router'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { levelLabel, nvoLabel } from '#app/components/agreements/labels.ts'
import { LevelForm } from '#app/components/agreements/level-form.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/levels'
import { readForm, regionSlugOf } from '#app/server/agreement-forms.server.ts'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`NvO-niveaus – ${data?.levels.region.name ?? 'regio'}`, 'De niveaus van de regio op de afspraken uit de Norm voor Opdrachtgeverschap, met hun geschiedenis.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = regionSlugOf(params)
  const levels = await getApi(context).region.nvoLevels({ slug }).catch(toRouteError)
  return { levels, saved: new URL(request.url).searchParams.get('melding') === 'opgeslagen' }
}

// A stale level (409) must come back with its current version (React Router skips revalidation after 4xx by default).
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = regionSlugOf(params)
  const values = await readForm(request)
  return formAction(values, async () => {
    const input = parseValues({ ...values, regionSlug: slug }, SetNvoLevelSchema)
    await getApi(context).agreement.setNvoLevel(input)
    return redirect(`/regio/${slug}/niveaus?melding=opgeslagen#niveau-${input.nvoAgreement}`)
  })
}

export default function RegionLevels({ loaderData, actionData }: Route.ComponentProps) {
  const { levels, saved } = loaderData
  const { region, history, canSetLevels } = levels
  const byAgreement = new Map(levels.levels.map((l) => [l.nvoAgreement, l]))
  const failure = actionData && 'values' in actionData ? actionData : undefined
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'NvO-niveaus' }]} />
      <Heading1>NvO-niveaus {region.name}</Heading1>
      <Paragraph>
        Per afspraak uit de Norm voor Opdrachtgeverschap het niveau dat de regio heeft bereikt, met haar toelichting. De
        regio stelt het niveau voor; de VNG-regioadviseur bevestigt het in de halfjaarlijkse editie. Niveaus worden nooit
        gemiddeld.
      </Paragraph>
      {saved && !failure ? <Notice>Het niveau is opgeslagen.</Notice> : null}
      {NVO_AGREEMENTS.map((n) => {
        const current = byAgreement.get(n.key)
        return (
          <section key={n.key} aria-labelledby={`niveau-${n.key}`} className="bt-section bt-level">
            <Heading2 id={`niveau-${n.key}`}>{nvoLabel(n.key)}</Heading2>
            <p className="utrecht-paragraph bt-muted">{n.text}</p>
            <dl className="bt-facts">
              <div>
                <dt>Niveau</dt>
                <dd>{current ? levelLabel(current.level) : 'Nog niet bepaald'}</dd>
              </div>
              {current ? (
                <div>
                  <dt>Laatst gewijzigd</dt>
                  <dd className="bt-facts__small">
                    {formatDateTime(current.updatedAt)} door {current.updatedByLabel}
                  </dd>
                </div>
              ) : null}
            </dl>
            {current?.explanation ? (
              <Paragraph>
                <strong>Toelichting:</strong> {current.explanation}
              </Paragraph>
            ) : null}
            {canSetLevels ? (
              <details className="bt-level__edit" open={failure?.values.nvoAgreement === n.key || undefined}>
                <summary>Niveau {current ? 'wijzigen' : 'vastleggen'}</summary>
                <LevelForm
                  key={current?.version ?? 0}
                  nvoAgreement={n.key}
                  title={`${n.number}. ${n.title}`}
                  current={current}
                  failure={failure}
                />
              </details>
            ) : null}
          </section>
        )
      })}
      {history.length > 0 ? (
        <section aria-labelledby="geschiedenis" className="bt-section">
          <Heading2 id="geschiedenis">Geschiedenis</Heading2>
          <DataTable caption="Elke wijziging van een niveau, nieuwste eerst" label="Geschiedenis van de niveaus" rows={history} rowKey={(h) => h.id} columns={[
              { key: 'moment', header: 'Moment', cell: (h) => formatDateTime(h.changedAt) },
              { key: 'afspraak', header: 'NvO-afspraak', cell: (h) => nvoLabel(h.nvoAgreement) },
              { key: 'niveau', header: 'Niveau', cell: (h) => levelLabel(h.level) },
              { key: 'toelichting', header: 'Toelichting', className: 'bt-cell-text', cell: (h) => h.explanation },
              { key: 'door', header: 'Door', cell: (h) => h.changedByLabel },
            ]} />
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/regio/${region.slug}#dekking`}>Terug naar de dekking van {region.name}</Link>
      </Paragraph>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

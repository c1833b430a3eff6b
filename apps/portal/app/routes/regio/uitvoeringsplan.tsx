import { CONDITIONS, NVO_AGREEMENTS, OPEN_STAGES, PLAN_ELEMENTS } from '@bt/domain'
import { PrintButton, PrintTable } from '#app/components/ui/print.tsx'
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link, useRouteLoaderData } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { agreementStageLabel, conditionTitle, nvoLevelTitle, nvoTitle, planStatusLabel } from '#app/components/plan/labels.ts'
import { planRegionSlug } from '#app/server/plan-forms.server.ts'
import { formatDay, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import type { loader as rootLoader } from '#app/root.tsx'
import type { Route } from './+types/uitvoeringsplan'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`Uitvoeringsplan ${data?.region.name ?? 'regio'}`, 'Het uitvoeringsplan van de regio, klaar om af te drukken.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = planRegionSlug(params)
  const api = getApi(context)
  const [plan, overview] = await Promise.all([api.plan.get({ slug }), api.region.agreements({ slug, filter: {} })]).catch(toRouteError)
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
  }
}

type LoaderData = Route.ComponentProps['loaderData']
type Agreement = LoaderData['agreements'][number]

const PLANNING_LABELS: Record<string, string> = {
  overdue: 'Over tijd',
  due_soon: 'Binnen 90 dagen',
  on_schedule: 'Op schema',
  undated: 'Geen datum',
  closed: 'Afgerond',
}

function AgreementRows({ slug, agreements }: { slug: string; agreements: Agreement[] }) {
  return agreements.map((a) => (
    <tr key={a.id} className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
        <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link>
      </th>
      <td className="utrecht-table__cell">{agreementStageLabel(a.stage)}</td>
      <td className="utrecht-table__cell bt-nowrap">
        {a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}
        {a.delayed ? ' (vertraagd)' : ''}
      </td>
    </tr>
  ))
}

export default function Uitvoeringsplan({ loaderData }: Route.ComponentProps) {
  const { region, printedOn, view, elements, completeness, agreements, conditionTotals, levels, delays, currentVersion, councils, adoptedCount } =
    loaderData
  const root = useRouteLoaderData<typeof rootLoader>('root')
  const levelOf = new Map(levels.map((l) => [l.nvoAgreement, l]))
  const withoutCondition = agreements.filter((a) => a.conditions.length === 0)
  const open = agreements
    .filter((a) => OPEN_STAGES.includes(a.stage))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title, 'nl'))
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
      <nav aria-label="Inhoud van het uitvoeringsplan" className="bt-print-toc">
        <ol>
          <li>
            <a href="#onderdelen">De zes onderdelen van het plan</a>
          </li>
          <li>
            <a href="#condities">Afspraken per conditie</a>
          </li>
          <li>
            <a href="#niveaus">NvO-niveaus</a>
          </li>
          <li>
            <a href="#planning">Planning</a>
          </li>
          <li>
            <a href="#vaststelling">Vaststelling van de regiovisie</a>
          </li>
        </ol>
      </nav>

      <section aria-labelledby="onderdelen" className="bt-print-section">
        <Heading2 id="onderdelen">1. De zes onderdelen van het plan</Heading2>
        <Paragraph>
          {completeness.done} van {completeness.total} onderdelen zijn gereed.
        </Paragraph>
        {PLAN_ELEMENTS.map((p) => {
          const element = elements.find((e) => e.element === p.key)
          return (
            <div key={p.key} className="bt-print-element">
              <Heading3>
                1.{p.number} {p.label}
              </Heading3>
              <p className="utrecht-paragraph bt-print-element__status">
                <strong>Status:</strong> {planStatusLabel(element?.status ?? 'not_started')}
              </p>
              <p className="utrecht-paragraph bt-muted bt-print-element__about">{p.description}</p>
              {element?.html ? (
                // Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup.
                <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: element.html }} />
              ) : (
                <p className="utrecht-paragraph">Nog geen tekst van de regio.</p>
              )}
              <p className="utrecht-paragraph">
                <strong>Afspraken:</strong>{' '}
                {element && element.agreements.length > 0
                  ? element.agreements.map((a, i) => (
                      <span key={a.id}>
                        {i > 0 ? '; ' : ''}
                        <Link to={`/regio/${region.slug}/afspraken/${a.id}`}>{a.title}</Link> ({agreementStageLabel(a.stage).toLowerCase()})
                      </span>
                    ))
                  : 'nog geen.'}
              </p>
            </div>
          )
        })}
      </section>

      <section aria-labelledby="condities" className="bt-print-section">
        <Heading2 id="condities">2. Afspraken per conditie</Heading2>
        <Paragraph>
          De acht condities voor sociale inclusie van de commissie Dannenberg, met de afspraken die eraan bijdragen. Een
          witte vlek is een conditie zonder enige (niet vervallen) afspraak.
        </Paragraph>
        <PrintTable caption="Aantal afspraken per conditie" head={['Conditie', 'Afspraken', 'Witte vlek']}>
          {conditionTotals.map((c) => (
            <tr key={c.condition} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                {conditionTitle(c.condition)}
              </th>
              <td className="utrecht-table__cell">{c.total}</td>
              <td className="utrecht-table__cell">{c.isWhiteSpot ? 'Ja, witte vlek' : 'Nee'}</td>
            </tr>
          ))}
        </PrintTable>
        {CONDITIONS.map((c) => {
          const rows = agreements.filter((a) => a.conditions.includes(c.key))
          return (
            <div key={c.key} className="bt-print-block">
              <Heading3>
                2.{c.number} {c.label}
              </Heading3>
              {rows.length === 0 ? (
                <Paragraph>Geen afspraken: een witte vlek.</Paragraph>
              ) : (
                <PrintTable
                  caption={`Afspraken bij conditie ${c.number}. ${c.label}`}
                  captionHidden
                  head={['Afspraak', 'Stadium', 'Streefdatum']}
                >
                  <AgreementRows slug={region.slug} agreements={rows} />
                </PrintTable>
              )}
            </div>
          )
        })}
        {withoutCondition.length > 0 ? (
          <div className="bt-print-block">
            <Heading3>Afspraken zonder conditie</Heading3>
            <PrintTable caption="Afspraken waarbij nog geen conditie is gekozen" captionHidden head={['Afspraak', 'Stadium', 'Streefdatum']}>
              <AgreementRows slug={region.slug} agreements={withoutCondition} />
            </PrintTable>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="niveaus" className="bt-print-section">
        <Heading2 id="niveaus">3. NvO-niveaus</Heading2>
        <Paragraph>Per afspraak uit de Norm voor Opdrachtgeverschap het niveau dat de regio heeft bereikt (0 tot en met 4).</Paragraph>
        <PrintTable caption="Niveau per NvO-afspraak" head={['NvO-afspraak', 'Niveau', 'Toelichting']}>
          {NVO_AGREEMENTS.map((n) => {
            const level = levelOf.get(n.key)
            return (
              <tr key={n.key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                  {nvoTitle(n.key)}
                </th>
                <td className="utrecht-table__cell">{level ? nvoLevelTitle(level.level) : 'Nog niet bepaald'}</td>
                <td className="utrecht-table__cell">{level?.explanation || '–'}</td>
              </tr>
            )
          })}
        </PrintTable>
      </section>

      <section aria-labelledby="planning" className="bt-print-section">
        <Heading2 id="planning">4. Planning</Heading2>
        {open.length === 0 ? (
          <Paragraph>Er zijn geen open afspraken.</Paragraph>
        ) : (
          <PrintTable caption="Open afspraken op volgorde van streefdatum" head={['Afspraak', 'Streefdatum', 'Stadium', 'Stand']}>
            {open.map((a) => (
              <tr key={a.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                  <Link to={`/regio/${region.slug}/afspraken/${a.id}`}>{a.title}</Link>
                </th>
                <td className="utrecht-table__cell bt-nowrap">{a.dueDate ? formatIsoDate(a.dueDate) : 'geen'}</td>
                <td className="utrecht-table__cell">{agreementStageLabel(a.stage)}</td>
                <td className="utrecht-table__cell">
                  {PLANNING_LABELS[a.planningStatus] ?? a.planningStatus}
                  {a.delayed ? ', vertraagd' : ''}
                </td>
              </tr>
            ))}
          </PrintTable>
        )}
        {delays.length > 0 ? (
          <div className="bt-print-block">
            <Heading3>Vertragingen en hun reden</Heading3>
            <ul className="utrecht-unordered-list">
              {delays.map((a) => (
                <li key={a.id}>
                  {a.title}:{' '}
                  {a.delays
                    .map((d) => `van ${d.previousDate ? formatIsoDate(d.previousDate) : 'geen datum'} naar ${formatIsoDate(d.newDate)} (${d.reason})`)
                    .join('; ')}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="vaststelling" className="bt-print-section">
        <Heading2 id="vaststelling">5. Vaststelling van de regiovisie</Heading2>
        {currentVersion ? (
          <Paragraph>
            Huidige versie: versie {currentVersion.number}, &lsquo;{currentVersion.title}&rsquo; van{' '}
            {formatIsoDate(currentVersion.documentDate)}. {adoptedCount} van {councils.length} gemeenteraden hebben deze
            versie vastgesteld.
          </Paragraph>
        ) : (
          <Paragraph>Er is nog geen versie van de regiovisie vastgelegd.</Paragraph>
        )}
        <PrintTable caption="Vaststelling per gemeenteraad" head={['Gemeente', 'Huidige versie', 'Vaststellingen']}>
          {councils.map((c) => (
            <tr key={c.municipalityCode} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                {c.municipalityName}
              </th>
              <td className="utrecht-table__cell bt-nowrap">{c.adoptsCurrent ? 'Vastgesteld' : 'Niet vastgesteld'}</td>
              <td className="utrecht-table__cell">
                {c.adoptions.length === 0
                  ? '–'
                  : c.adoptions
                      .map(
                        (a) =>
                          `versie ${a.versionNumber} op ${formatIsoDate(a.decisionDate)}${a.confirmedAt ? `, bevestigd op ${formatDay(a.confirmedAt)}` : ', niet bevestigd'}`,
                      )
                      .join('; ')}
              </td>
            </tr>
          ))}
        </PrintTable>
      </section>
    </article>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { REFERENCE_TEXT_KINDS } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import type { Route } from './+types/texts'
import { AdminBreadcrumb, TEXT_KINDS } from '#app/components/admin/shared.tsx'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = () => [...pageMeta('Teksten – Beheer', 'De teksten van de Norm voor Opdrachtgeverschap beheren.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const texts = await getApi(context).admin.referenceTexts.list().catch(toRouteError)
  return {
    groups: REFERENCE_TEXT_KINDS.map((kind) => ({
      kind,
      texts: texts
        .filter((t) => t.kind === kind)
        .map((t) => ({
          key: t.key,
          title: t.title,
          hasBody: t.body.trim() !== '',
          version: t.version,
          updatedAt: t.updatedAt,
        })),
    })),
  }
}

export default function Texts({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Teksten' }]} />
      <Heading1>Teksten van de Norm voor Opdrachtgeverschap</Heading1>
      <Paragraph>
        De titels en teksten van de afspraken en thema&apos;s uit de Norm voor Opdrachtgeverschap
        (NvO) die het portaal toont. Elke wijziging komt in het logboek.
      </Paragraph>
      {loaderData.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`soort-${group.kind}`}>
          <Heading2 id={`soort-${group.kind}`}>
            {TEXT_KINDS[group.kind]?.plural ?? group.kind}
          </Heading2>
          {group.texts.length === 0 ? (
            <Paragraph>Er zijn geen teksten van deze soort.</Paragraph>
          ) : (
            <DataTable caption={`${TEXT_KINDS[group.kind]?.plural ?? group.kind}: ${group.texts.length}`} label={TEXT_KINDS[group.kind]?.plural ?? group.kind} rows={group.texts} rowKey={(t) => t.key} columns={[
                { key: 'titel', header: 'Titel', rowHeader: true, cell: (t) => <Link to={`/beheer/teksten/${group.kind}/${encodeURIComponent(t.key)}`}>{t.title}</Link> },
                { key: 'sleutel', header: 'Sleutel', cell: (t) => <code>{t.key}</code> },
                { key: 'tekst', header: 'Tekst', cell: (t) => (t.hasBody ? 'Ingevuld' : 'Leeg') },
                { key: 'gewijzigd', header: 'Laatst gewijzigd', cell: (t) => (t.version > 1 ? formatDateTime(t.updatedAt) : 'Nooit (oorspronkelijke tekst)') },
              ]} />
          )}
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

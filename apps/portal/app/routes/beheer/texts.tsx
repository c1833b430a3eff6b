import { REFERENCE_TEXT_KINDS } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { Route } from './+types/texts'
import { AdminBreadcrumb, TEXT_KINDS } from '#app/components/admin/shared.tsx'

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
            <TableScroll label={TEXT_KINDS[group.kind]?.plural ?? group.kind}>
              <table className="utrecht-table utrecht-table--html-table">
                <caption className="utrecht-table__caption">
                  {TEXT_KINDS[group.kind]?.plural ?? group.kind}: {group.texts.length}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      Titel
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      Sleutel
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      Tekst
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      Laatst gewijzigd
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {group.texts.map((t) => (
                    <tr key={t.key} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        <Link to={`/beheer/teksten/${group.kind}/${encodeURIComponent(t.key)}`}>
                          {t.title}
                        </Link>
                      </th>
                      <td className="utrecht-table__cell">
                        <code>{t.key}</code>
                      </td>
                      <td className="utrecht-table__cell">{t.hasBody ? 'Ingevuld' : 'Leeg'}</td>
                      <td className="utrecht-table__cell">
                        {t.version > 1
                          ? formatDateTime(t.updatedAt)
                          : 'Nooit (oorspronkelijke tekst)'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

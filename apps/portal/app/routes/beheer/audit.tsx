import { auditActionLabel } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { Route } from './+types/audit'
import { AdminBreadcrumb, TEXT_KINDS } from '#app/components/admin/shared.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Logboek – Beheer', 'Het logboek van alle wijzigingen in het portaal.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const [entries, users, regions] = await Promise.all([
    api.admin.auditLog.recent(),
    api.admin.users.list(),
    api.admin.regions.list(),
  ]).catch(toRouteError)
  const userNames = new Map(users.map((u) => [u.id, u.name]))
  const regionNames = new Map(regions.map((r) => [r.code, r.name]))
  return {
    entries: entries.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt,
      actorLabel: e.actorLabel,
      action: e.action,
      subject: subjectOf(e, userNames, regionNames),
    })),
  }
}

/** What an entry is about, in words, with a link to where it can be seen. */
function subjectOf(
  entry: { entityType: string; entityId: string; regionCode: string | null },
  userNames: ReadonlyMap<string, string>,
  regionNames: ReadonlyMap<string, string>,
): { label: string; to: string | null } {
  switch (entry.entityType) {
    case 'user':
      return {
        label: `Gebruiker ${userNames.get(entry.entityId) ?? entry.entityId}`,
        to: `/beheer/gebruikers/${entry.entityId}`,
      }
    case 'region':
      return {
        label: regionNames.get(entry.entityId) ?? `Regio ${entry.entityId}`,
        to: '/beheer/regios',
      }
    case 'reference_text': {
      const [kind = '', key = ''] = entry.entityId.split('/')
      return {
        label: `${TEXT_KINDS[kind]?.label ?? kind} ${key}`,
        to: `/beheer/teksten/${kind}/${encodeURIComponent(key)}`,
      }
    }
    case 'indeling':
      return { label: `Regio-indeling (versie ${entry.entityId})`, to: '/regio' }
    default: {
      const region = entry.regionCode
        ? ` (${regionNames.get(entry.regionCode) ?? entry.regionCode})`
        : ''
      return { label: `${entry.entityType} ${entry.entityId}${region}`, to: null }
    }
  }
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { entries } = loaderData
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Logboek' }]} />
      <Heading1>Logboek</Heading1>
      <Paragraph>
        De laatste 100 wijzigingen in het hele portaal, nieuwste eerst. Het logboek wordt alleen
        aangevuld, nooit gewijzigd.
      </Paragraph>
      {entries.length === 0 ? (
        <Paragraph>Er zijn nog geen wijzigingen vastgelegd.</Paragraph>
      ) : (
        <TableScroll label="Laatste wijzigingen">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Laatste wijzigingen</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Moment
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Door
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wijziging
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Betreft
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {entries.map((e) => (
                <tr key={e.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDateTime(e.occurredAt)}</td>
                  <td className="utrecht-table__cell">{e.actorLabel}</td>
                  <td className="utrecht-table__cell">{auditActionLabel(e.action)}</td>
                  <td className="utrecht-table__cell">
                    {e.subject.to ? (
                      <Link to={e.subject.to}>{e.subject.label}</Link>
                    ) : (
                      e.subject.label
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/outbox'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Uitgaande mail – Beheer', 'De mails die het portaal verstuurt of nog moet versturen.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return { outbox: await getApi(context).admin.outbox.list().catch(toRouteError) }
}

function statusText(mail: { status: string; attempts: number; nextAttemptAt: Date | string; sentAt: Date | string | null }, smtp: boolean) {
  if (mail.status === 'sent') return `Verzonden ${mail.sentAt ? formatDateTime(mail.sentAt) : ''}`
  if (mail.status === 'failed') return `Mislukt na ${mail.attempts} ${mail.attempts === 1 ? 'poging' : 'pogingen'}; opnieuw vanaf ${formatDateTime(mail.nextAttemptAt)}`
  if (mail.status === 'sending') return 'Wordt verzonden'
  return smtp ? 'Wacht op verzending' : 'In de outbox (geen SMTP ingesteld)'
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { smtpConfigured, counts, mails } = loaderData.outbox
  return (
    <>
      <AdminBreadcrumb trail={[{ label: 'Uitgaande mail' }]} />
      <Heading1>Uitgaande mail</Heading1>
      <Paragraph>
        {smtpConfigured
          ? 'Mail gaat via de ingestelde SMTP-server. Een mail die niet verzonden kon worden, wordt opnieuw geprobeerd en blijft hier zichtbaar tot hij verzonden is.'
          : 'Er is geen SMTP-server ingesteld (zie de README). Elke mail blijft hier staan; zodra SMTP is ingesteld, worden de wachtende mails alsnog verzonden.'}
      </Paragraph>
      <Paragraph>
        {counts.unsent} nog niet verzonden{counts.failed > 0 ? `, waarvan ${counts.failed} na een mislukte poging` : ''}. De nieuwste 200 mails
        staan hieronder, niet-verzonden eerst.
      </Paragraph>
      {mails.length === 0 ? (
        <Paragraph>Er is nog geen mail.</Paragraph>
      ) : (
        <TableScroll label="Uitgaande mail">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Uitgaande mail</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Aangemaakt</th>
                <th scope="col" className="utrecht-table__header-cell">Aan</th>
                <th scope="col" className="utrecht-table__header-cell">Onderwerp en tekst</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {mails.map((m) => (
                <tr key={m.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell bt-nowrap">{formatDateTime(m.createdAt)}</td>
                  <td className="utrecht-table__cell">{m.toAddress}</td>
                  <td className="utrecht-table__cell">
                    <details className="bt-details">
                      <summary>{m.subject}</summary>
                      <p className="utrecht-paragraph bt-pre">{m.body}</p>
                      <p className="utrecht-paragraph">Link: {m.link}</p>
                    </details>
                  </td>
                  <td className="utrecht-table__cell">
                    {statusText(m, smtpConfigured)}
                    {m.lastError ? <span className="bt-muted"> · Fout: {m.lastError}</span> : null}
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

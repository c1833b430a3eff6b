import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/outbox'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'

/** Nothing here needs JavaScript: served as plain HTML (lib/hydration.ts). */
export const handle = NO_HYDRATION

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
        <DataTable caption="Uitgaande mail" rows={mails} rowKey={(m) => m.id} columns={[
            { key: 'aangemaakt', header: 'Aangemaakt', className: 'bt-nowrap', cell: (m) => formatDateTime(m.createdAt) },
            { key: 'aan', header: 'Aan', cell: (m) => m.toAddress },
            {
              key: 'onderwerp',
              header: 'Onderwerp en tekst',
              cell: (m) => (
                <details className="bt-details">
                  <summary>{m.subject}</summary>
                  <p className="utrecht-paragraph bt-pre">{m.body}</p>
                  <p className="utrecht-paragraph">Link: {m.link}</p>
                </details>
              ),
            },
            {
              key: 'status',
              header: 'Status',
              cell: (m) => (
                <>
                  {statusText(m, smtpConfigured)}
                  {m.lastError ? <span className="bt-muted"> · Fout: {m.lastError}</span> : null}
                </>
              ),
            },
          ]} />
      )}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

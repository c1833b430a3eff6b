import { MarkNotificationsReadSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { z } from 'zod'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatMediumDateTime, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, parseForm } from '#app/server/forms.server.ts'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [...pageMeta('Mijn werk', 'Uw meldingen en taken op Beschermd Thuis.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  return { work: await getApi(context).work.mine().catch(toRouteError) }
}

// One notification ('gelezen' with its id), or all of them ('alles-gelezen').
const ReadFormSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('gelezen'), id: MarkNotificationsReadSchema.shape.ids.unwrap().element }),
  z.object({ intent: z.literal('alles-gelezen') }),
])

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  return formAction(async () => {
    const form = await parseForm(request, ReadFormSchema)
    await getApi(context).notification.markRead(form.intent === 'gelezen' ? { ids: [form.id] } : {})
    return redirect('/mijn-werk#meldingen')
  })
}

export default function MyWork({ loaderData, actionData }: Route.ComponentProps) {
  const { work } = loaderData
  const { notifications, sections } = work
  const failed = actionData && 'fieldErrors' in actionData
  return (
    <>
      <Heading1>Mijn werk</Heading1>
      <Paragraph>Wat er voor u klaarstaat, {work.name}.</Paragraph>

      <section aria-labelledby="meldingen" className="bt-section">
        <Heading2 id="meldingen">Meldingen ({notifications.unread} ongelezen)</Heading2>
        {failed ? (
          <p className="bt-form-error" role="alert">
            Deze melding kon niet als gelezen worden gemarkeerd. Vernieuw de pagina en probeer het opnieuw.
          </p>
        ) : null}
        {notifications.items.length === 0 ? (
          <Paragraph>U heeft geen ongelezen meldingen.</Paragraph>
        ) : (
          <>
            <ul className="bt-work-list">
              {notifications.items.map((n) => (
                <li key={n.id} className="bt-work-item">
                  <Link to={n.link}>{n.text}</Link>
                  <span className="bt-muted"> · {formatMediumDateTime(n.createdAt)}</span>
                  <Form method="post" className="bt-inline-form">
                    <input type="hidden" name="intent" value="gelezen" />
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="utrecht-button utrecht-button--subtle">
                      Gelezen<span className="bt-visually-hidden">: {n.text}</span>
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
            <Form method="post">
              <input type="hidden" name="intent" value="alles-gelezen" />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                Alle meldingen als gelezen markeren
              </button>
            </Form>
          </>
        )}
        <Paragraph>
          <Link to="/mijn-werk/meldingen">Meldingen per mail instellen</Link>
        </Paragraph>
      </section>

      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`taak-${section.key}`} className="bt-section">
          <Heading2 id={`taak-${section.key}`}>{section.title}</Heading2>
          {section.description ? <Paragraph>{section.description}</Paragraph> : null}
          {section.items.length === 0 ? (
            <Paragraph className="bt-muted">{section.emptyText}</Paragraph>
          ) : (
            <ul className="bt-work-list">
              {section.items.map((item, i) => (
                <li key={`${item.href}-${i}`} className="bt-work-item">
                  <Link to={item.href}>{item.label}</Link>
                  {item.detail ? <span className="bt-muted"> · {item.detail}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

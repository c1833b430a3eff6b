import type { RouterInputs } from '@bt/api'
import { MAIL_DELIVERIES, MAIL_DELIVERY_LABELS } from '@bt/domain'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import type { Route } from './+types/settings'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Meldingen per mail', 'Kiezen welke meldingen u per mail ontvangt.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const url = new URL(request.url)
  return { settings: await getApi(context).notification.settings().catch(toRouteError), saved: url.searchParams.has('opgeslagen') }
}

/** A text field of a posted form; a file or nothing is ''. */
function textField(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : ''
}

/** Fields are named `bezorging.<kind>`; the API checks every kind and delivery (an unknown kind is named). */
export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const form = await request.formData()
  const settings = [...form.entries()]
    .filter(([name]) => name.startsWith('bezorging.'))
    .map(([name, value]) => ({ kind: name.slice('bezorging.'.length), delivery: typeof value === 'string' ? value : '' }))
  return formAction(async () => {
    // Unchecked on purpose: the API checks every kind and delivery and names an unknown one.
    const posted = settings as RouterInputs['notification']['saveSettings']['settings']
    await getApi(context).notification.saveSettings({ userId: textField(form.get('userId')), settings: posted })
    return redirect('/mijn-werk/meldingen?opgeslagen')
  })
}

export default function MailSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { settings, saved } = loaderData
  const errors = actionData && 'fieldErrors' in actionData ? Object.values(actionData.fieldErrors ?? {}).flat() : []
  const formError = actionData && 'formError' in actionData ? actionData.formError : undefined
  return (
    <>
      <Breadcrumb items={[{ to: '/mijn-werk', label: 'Mijn werk' }, { label: 'Meldingen per mail' }]} />
      <Heading1>Meldingen per mail</Heading1>
      <Paragraph>
        Elke melding staat in Mijn werk. Kies per soort of u er ook een mail over krijgt op {settings.email}: direct, in één
        overzicht per dag (vanaf 7.00 uur), of niet.
      </Paragraph>
      {saved ? <Notice>Uw keuzes zijn opgeslagen.</Notice> : null}
      {errors.length > 0 || formError ? (
        <div role="alert" className="bt-form-error">
          <p>Uw keuzes zijn niet opgeslagen:</p>
          <ul>
            {[...(formError ? [formError] : []), ...errors].map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" className="bt-form">
        <input type="hidden" name="userId" value={settings.userId} />
        {settings.kinds.map((k) => (
          <fieldset key={k.kind} className="bt-fieldset">
            <legend>{k.label}</legend>
            <p className="bt-muted">Voor: {k.recipients}.</p>
            {k.mailable ? (
              <div className="bt-choice-group">
                {MAIL_DELIVERIES.map((delivery) => (
                  <label key={delivery} className="bt-choice">
                    <input type="radio" name={`bezorging.${k.kind}`} value={delivery} defaultChecked={k.delivery === delivery} />{' '}
                    {MAIL_DELIVERY_LABELS[delivery]}
                  </label>
                ))}
              </div>
            ) : (
              <p>Deze melding wordt nooit gemaild.</p>
            )}
          </fieldset>
        ))}
        <div className="bt-button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Keuzes opslaan
          </button>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

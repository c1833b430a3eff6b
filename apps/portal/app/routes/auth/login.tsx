import { LoginSchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect, useNavigation } from 'react-router'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useValidatedForm } from '#app/lib/forms.ts'
import { requestContext } from '#app/server/api.server.ts'
import { formAction, parseForm } from '#app/server/forms.server.ts'
import { safeRedirectPath } from '#app/server/redirects.server.ts'
import { sessionCookie } from '#app/server/session.server.ts'
import type { Route } from './+types/login'

/** Where a sign-in lands without a `terug` target: the person's own work. */
const AFTER_LOGIN = '/mijn-werk'

export const meta: Route.MetaFunction = () => [...pageMeta('Inloggen', 'Inloggen op Beschermd Thuis.')]

export function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url)
  if (context.get(requestContext).scope.actor) throw redirect(safeRedirectPath(url.searchParams.get('terug'), AFTER_LOGIN))
  return { passwordSet: url.searchParams.get('wachtwoord') === 'ingesteld' }
}

export function action({ request, context }: Route.ActionArgs) {
  return formAction(async () => {
    const { runtime, clientAddress } = context.get(requestContext)
    const input = await parseForm(request, LoginSchema)
    const session = await runtime.login({ ...input, clientAddress })
    const back = safeRedirectPath(new URL(request.url).searchParams.get('terug'), AFTER_LOGIN)
    return redirect(back, { headers: { 'Set-Cookie': sessionCookie(session.token, session.expiresAt) } })
  })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { onSubmit, field } = useValidatedForm({ serverErrors: actionData?.fieldErrors })
  const busy = useNavigation().state === 'submitting'
  return (
    <div className="bt-narrow">
      <Heading1>Inloggen</Heading1>
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw account bij Beschermd Thuis.</Paragraph>
      {loaderData.passwordSet ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">Uw wachtwoord is ingesteld. U kunt nu inloggen.</p>
        </div>
      ) : null}
      <FormError message={actionData?.formError} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label="E-mailadres" type="email" autoComplete="username" {...field('email')} />
        <TextField label="Wachtwoord" type="password" autoComplete="current-password" {...field('password')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Inloggen
        </Button>
      </Form>
      <Paragraph small>Wachtwoord vergeten? Vraag de beheerder van uw organisatie om een nieuwe link.</Paragraph>
    </div>
  )
}

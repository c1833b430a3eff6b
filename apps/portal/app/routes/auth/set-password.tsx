import { PASSWORD_MIN_LENGTH, SetPasswordSchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect } from 'react-router'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useValidatedForm } from '#app/lib/forms.ts'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/set-password'

export const meta: Route.MetaFunction = () => [...pageMeta('Wachtwoord instellen', 'Een wachtwoord instellen met een eenmalige link.'), { name: 'referrer', content: 'no-referrer' }]

export async function loader({ params, context }: Route.LoaderArgs) {
  const user = await getApi(context).account.passwordLink({ token: params.token }).catch(toRouteError)
  return { user }
}

export function action({ request, params, context }: Route.ActionArgs) {
  return formAction(async () => {
    const values = formDataToObject(await request.formData())
    const input = parseValues({ ...values, token: params.token }, SetPasswordSchema)
    await getApi(context).account.setPassword(input)
    return redirect('/inloggen?wachtwoord=ingesteld')
  })
}

export default function SetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { onSubmit, field } = useValidatedForm({ serverErrors: actionData?.fieldErrors })
  const { user } = loaderData
  return (
    <div className="bt-narrow">
      <Heading1>Wachtwoord instellen</Heading1>
      <Paragraph>
        Welkom, {user.name}. Kies een wachtwoord voor {user.email}. Deze link werkt één keer.
      </Paragraph>
      <FormError message={actionData?.fieldErrors ? undefined : actionData?.formError} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField
          label="Nieuw wachtwoord"
          type="password"
          autoComplete="new-password"
          hint={`Minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
          {...field('password')}
        />
        <TextField label="Herhaal het wachtwoord" type="password" autoComplete="new-password" {...field('confirmPassword')} />
        <Button type="submit" appearance="primary-action-button">
          Wachtwoord opslaan
        </Button>
      </Form>
    </div>
  )
}

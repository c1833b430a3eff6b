import { CreateUserSchema, type RoleKey } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { FormProvider } from 'react-hook-form'
import { data, Form, Link, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { RoleAssignmentFields } from '#app/components/role-assignment-fields.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useValidatedForm } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, NO_STORE, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/user-new'
import { assignmentInput, oneTimeLink } from '#app/server/admin-forms.server.ts'
import { AdminBreadcrumb, OneTimeLinkPanel, submitted, submittedList } from '#app/components/admin/shared.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta('Gebruiker toevoegen – Beheer', 'Een gebruiker toevoegen en rollen toekennen.')]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const regions = await getApi(context).admin.regions.list().catch(toRouteError)
  return { regions: regions.map((r) => ({ code: r.code, name: r.name })) }
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues(values, CreateUserSchema)
    const { userId, link } = await getApi(context).admin.users.create({
      ...input,
      assignment: assignmentInput(input.assignment),
    })
    // The one-time link is shown once, in this response: never in a redirect or query string.
    return data(
      {
        created: { userId, name: input.name, email: input.email, link: oneTimeLink(request, link) },
      },
      { headers: NO_STORE },
    )
  })
}

export default function NewUser({ loaderData, actionData }: Route.ComponentProps) {
  const created = actionData && 'created' in actionData ? actionData.created : undefined
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const { form, onSubmit, errorFor, field } = useValidatedForm({
    serverErrors: failure?.fieldErrors,
  })
  const busy = useNavigation().state === 'submitting'

  if (created) {
    return (
      <>
        <AdminBreadcrumb
          trail={[
            { to: '/beheer/gebruikers', label: 'Gebruikers' },
            { label: 'Gebruiker toevoegen' },
          ]}
        />
        <Heading1>Gebruiker aangemaakt</Heading1>
        <OneTimeLinkPanel
          title="Eenmalige link om een wachtwoord in te stellen"
          intro={
            <>
              Het account van <strong>{created.name}</strong> ({created.email}) is aangemaakt. Met
              deze link stelt {created.name} een wachtwoord in en kan daarna inloggen.
            </>
          }
          url={created.link.url}
          expiresAt={created.link.expiresAt}
        />
        <ul className="utrecht-unordered-list">
          <li>
            <Link to={`/beheer/gebruikers/${created.userId}`}>
              Naar de gebruiker {created.name}
            </Link>
          </li>
          <li>
            <Link to="/beheer/gebruikers/nieuw">Nog een gebruiker toevoegen</Link>
          </li>
          <li>
            <Link to="/beheer/gebruikers">Naar alle gebruikers</Link>
          </li>
        </ul>
      </>
    )
  }

  const values = failure?.values
  return (
    <>
      <AdminBreadcrumb
        trail={[
          { to: '/beheer/gebruikers', label: 'Gebruikers' },
          { label: 'Gebruiker toevoegen' },
        ]}
      />
      <Heading1>Gebruiker toevoegen</Heading1>
      <Paragraph>
        Na het opslaan krijgt u een eenmalige link waarmee de nieuwe gebruiker een wachtwoord
        instelt. Die link geeft u persoonlijk door; het portaal verstuurt geen e-mail.
      </Paragraph>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <FormProvider {...form}>
        <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
          <TextField label="Naam" autoComplete="off" defaultValue={submitted(values, 'name')} {...field('name')} />
          <TextField
            label="E-mailadres"
            type="email"
            autoComplete="off"
            spellCheck={false}
            hint="Hiermee logt de gebruiker in."
            defaultValue={submitted(values, 'email')}
            {...field('email')}
          />
          <RoleAssignmentFields
            regions={loaderData.regions}
            errorFor={errorFor}
            defaults={{
              // Posted text: the role select offers RoleKeys only; the API checks it again.
              role: (submitted(values, 'assignment', 'role') ?? '') as RoleKey | '',
              regionCodes: submittedList(values, 'assignment', 'regionCodes') ?? [],
              municipalityCode: submitted(values, 'assignment', 'municipalityCode') ?? '',
            }}
          />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            Gebruiker aanmaken
          </Button>
        </Form>
      </FormProvider>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

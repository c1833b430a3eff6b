import { UpdateReferenceTextSchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, redirect, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import type { Route } from './+types/text-edit'
import { AdminBreadcrumb, AdminConflictIntro, submitted, TEXT_KINDS } from '#app/components/admin/shared.tsx'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`${data?.text.title ?? 'Tekst'} – Beheer`, 'Een tekst van de Norm voor Opdrachtgeverschap bewerken.'),
]

const TextAddressSchema = UpdateReferenceTextSchema.pick({ kind: true, key: true })

/** The text's kind and key from the URL; a malformed address names no text. */
function textAddress(params: { kind: string; key: string }) {
  const address = TextAddressSchema.safeParse(params)
  if (!address.success) notFound('Deze tekst bestaat niet.')
  return address.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const address = textAddress(params)
  const text = await getApi(context).admin.referenceTexts.get(address).catch(toRouteError)
  return { text, saved: new URL(request.url).searchParams.get('opgeslagen') === 'ja' }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const address = textAddress(params)
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues({ ...values, ...address }, UpdateReferenceTextSchema)
    await getApi(context).admin.referenceTexts.update(input)
    return redirect(`/beheer/teksten/${input.kind}/${encodeURIComponent(input.key)}?opgeslagen=ja`)
  })
}

/** A text as the API returns it (`get`, and `current` on a conflict). */
interface TextRecord {
  kind: string
  key: string
  title: string
  body: string
  version: number
}

export default function EditText({ loaderData, actionData }: Route.ComponentProps) {
  const { text, saved } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  // A stale edit (409) carries the saved text as `current` (admin.updateText).
  const current = failure?.current as TextRecord | undefined
  const base = current ?? text
  const kind = TEXT_KINDS[text.kind]
  return (
    <>
      <AdminBreadcrumb
        trail={[{ to: '/beheer/teksten', label: 'Teksten' }, { label: text.title }]}
      />
      <Heading1>{text.title}</Heading1>
      <Paragraph>
        {kind?.label ?? text.kind} <code>{text.key}</code>. Wat u hier opslaat, ziet iedereen in het
        portaal; de vorige tekst blijft in het logboek bewaard.
      </Paragraph>
      {saved && !actionData ? <Notice>De tekst is opgeslagen.</Notice> : null}
      {current ? (
        <ConflictPanel
          intro={<AdminConflictIntro message={failure?.formError} />}
          rows={[
            {
              label: 'Titel',
              current: current.title,
              yours: submitted(failure?.values, 'title') ?? '',
            },
            {
              label: 'Tekst',
              current: current.body || '(leeg)',
              yours: submitted(failure?.values, 'body') || '(leeg)',
            },
          ]}
        />
      ) : null}
      <TextForm
        // After saving, or on a conflict, the form continues from the newest version.
        key={base.version}
        text={base}
        values={failure?.values}
        serverErrors={failure?.fieldErrors}
        formError={failure && !current && !failure.fieldErrors ? failure.formError : undefined}
      />
    </>
  )
}

function TextForm({
  text,
  values,
  serverErrors,
  formError,
}: {
  text: TextRecord
  values: Record<string, unknown> | undefined
  serverErrors: FieldErrors | undefined
  formError: string | undefined
}) {
  const { form, onSubmit, errorFor, field } = useValidatedForm({ serverErrors })
  const busy = useNavigation().state === 'submitting'
  const bodyError = errorFor('body')
  return (
    <>
      <FormError message={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        <input type="hidden" defaultValue={text.kind} {...form.register('kind')} />
        <input type="hidden" defaultValue={text.key} {...form.register('key')} />
        <input type="hidden" defaultValue={text.version} {...form.register('version')} />
        <TextField label="Titel" autoComplete="off" defaultValue={submitted(values, 'title') ?? text.title} {...field('title')} />
        <TextAreaField
          id="body"
          label="Tekst"
          hint="Hoogstens 5.000 tekens. Een lege regel begint een nieuwe alinea."
          error={bodyError}
          className="bt-textarea"
          rows={12}
          defaultValue={submitted(values, 'body') ?? text.body}
          {...form.register('body')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Tekst opslaan
        </Button>
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

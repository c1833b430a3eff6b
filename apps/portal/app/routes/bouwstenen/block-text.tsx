import { BuildingBlockNumberSchema, SetBlockTextSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import type { ComponentProps } from 'react'
import { data, Form, redirect, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, SelectField, TextAreaField } from '#app/components/form-field.tsx'
import { MomentOptions } from '#app/components/progress/as-of-picker.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { pageMeta } from '#app/lib/format.ts'
import { useValidatedForm, type FieldErrors, type FormFailure } from '#app/lib/forms.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/block-text'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`Toelichting en implementatie wijzigen${data ? `: bouwsteen ${data.block.number}` : ''}`, 'De toelichting en implementatietekst van een bouwsteen vastleggen voor een besluitmoment.'),
]

function blockNumber(nr: string | undefined) {
  const number = BuildingBlockNumberSchema.safeParse(nr)
  if (!number.success) notFound('Deze bouwsteen bestaat niet.')
  return number.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const status = await getApi(context).overview.buildingBlock({ number: blockNumber(params.nr) }).catch(toRouteError)
  if (!status.canManage || status.textVersion === null) throw data({ message: 'Alleen VNG-analisten wijzigen de tekst van een bouwsteen.' }, { status: 403 })
  // The latest text an analyst can see (a prepared one included) is what they edit on.
  const latest = status.textTimeline.at(-1)
  return {
    block: status.block,
    version: status.textVersion,
    explanation: latest?.explanation ?? '',
    implementation: latest?.implementation ?? '',
    moments: status.moments,
  }
}

/** The saved text a stale edit is shown beside (changes.ts `currentBlockText`). */
interface SavedText {
  version: number | null
  explanation: string
  implementation: string
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const number = blockNumber(params.nr)
  const values = formDataToObject(await request.formData())
  return formAction<Response, SavedText>(values, async () => {
    const input = parseValues(values, SetBlockTextSchema)
    await getApi(context).overview.setBlockText(input)
    return redirect(`/bouwstenen/${number}?tekst=gewijzigd`)
  })
}

export default function BlockText({ loaderData, actionData }: Route.ComponentProps) {
  const { block, moments } = loaderData
  const failure: FormFailure<SavedText> | undefined = actionData && 'values' in actionData ? actionData : undefined
  const saved = failure?.current
  const text = (name: string) => (typeof failure?.values[name] === 'string' ? failure.values[name] : undefined)
  return (
    <>
      <Breadcrumb items={[{ to: '/', label: 'Landelijk overzicht' }, { to: `/bouwstenen/${block.number}`, label: `Bouwsteen ${block.number}` }, { label: 'Tekst wijzigen' }]} />
      <Heading1>Toelichting en implementatie wijzigen</Heading1>
      <Paragraph lead>
        Bouwsteen {block.number}: {block.label}
      </Paragraph>
      {saved ? (
        <ConflictPanel
          focusKey={saved.version}
          intro={failure?.formError}
          rows={[
            { label: 'Toelichting', current: saved.explanation || '(leeg)', yours: text('explanation') ?? '' },
            { label: 'Implementatie', current: saved.implementation || '(leeg)', yours: text('implementation') ?? '' },
          ]}
        />
      ) : null}
      <TextForm
        key={saved?.version ?? loaderData.version}
        buildingBlock={block.key}
        version={saved?.version ?? loaderData.version}
        explanation={text('explanation') ?? loaderData.explanation}
        implementation={text('implementation') ?? loaderData.implementation}
        note={text('note')}
        momentId={text('momentId')}
        moments={moments}
        serverErrors={failure?.fieldErrors}
        formError={failure && !saved && !failure.fieldErrors ? failure.formError : undefined}
      />
    </>
  )
}

interface TextFormProps {
  buildingBlock: string
  version: number
  explanation: string
  implementation: string
  note: string | undefined
  momentId: string | undefined
  moments: readonly { id: number; momentDate: string; label: string; prepared: boolean }[]
  serverErrors?: FieldErrors
  formError?: string
}

/** The page's text areas, all of one size. */
function TextArea(props: ComponentProps<typeof TextAreaField>) {
  return <TextAreaField className="bt-textarea" rows={5} {...props} />
}

function TextForm({ buildingBlock, version, explanation, implementation, note, momentId, moments, serverErrors, formError }: TextFormProps) {
  const { form, onSubmit, errorFor, field } = useValidatedForm({ serverErrors })
  const busy = useNavigation().state === 'submitting'
  return (
    <section aria-labelledby="form-heading">
      <Heading2 id="form-heading">Nieuwe tekst</Heading2>
      <FormError message={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form">
        <input type="hidden" defaultValue={buildingBlock} {...form.register('buildingBlock')} />
        <input type="hidden" defaultValue={version} {...form.register('version')} />
        <SelectField id="momentId" label="Besluitmoment" hint="Een besluitmoment in de toekomst blijft onzichtbaar voor anderen tot die datum." error={errorFor('momentId')} defaultValue={momentId ?? String(moments.at(-1)?.id ?? '')} {...form.register('momentId')}>
          <MomentOptions moments={moments} preparedNote=" (nog niet gepubliceerd)" />
        </SelectField>
        <TextArea label="Toelichting" hint="Waar de bouwsteen staat (mag leeg zijn)." defaultValue={explanation} {...field('explanation')} />
        <TextArea label="Implementatie" hint="Een datum, een volgende stap of n.v.t. (mag leeg zijn)." defaultValue={implementation} {...field('implementation')} />
        <TextArea label="Toelichting bij de wijziging" hint="Verplicht: waarom verandert de tekst?" defaultValue={note} {...field('note')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Tekst opslaan
        </Button>
      </Form>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { commentsFromFields, ConfirmFieldsSchema, ConfirmPictureSchema, disputesFromFields, ReturnFieldsSchema, ReturnPictureSchema, SavePictureSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link, redirect } from 'react-router'
import { EditionChanges } from '#app/components/editions/edition-changes.tsx'
import { PictureDisputes } from '#app/components/editions/picture-disputes.tsx'
import { PictureHistory } from '#app/components/editions/picture-history.tsx'
import { PictureTables } from '#app/components/editions/picture-tables.tsx'
import { ConfirmForm, FindingsForm, ReviewForms } from '#app/components/editions/picture-forms.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/picture'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(
    `${data?.view.region.name ?? 'Regio'} in editie ${data?.view.edition.key ?? ''}`,
    'Het beeld van de regio in de halfjaareditie, met opmerkingen van de adviseur en betwiste onderdelen.',
  ),
]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const api = getApi(context)
  const ref = { editionKey: params.key, regionSlug: params.slug }
  const view = await api.edition.picture(ref).catch(toRouteError)
  const preview = view.actions.includes('submit') ? await api.edition.preview(ref).catch(toRouteError) : null
  const changes = view.picture ? await api.edition.changes(ref).catch(() => null) : null
  return { view, preview, changes, notice: new URL(request.url).searchParams.get('melding') }
}

/** The posted entries under a prefix ('explanations.x' → { x: … }); names may hold dots inside keys. */
function entriesUnder(formData: FormData, prefix: string): [string, string][] {
  return [...formData.entries()].flatMap(([name, value]) => (name.startsWith(prefix) && typeof value === 'string' ? [[name.slice(prefix.length), value]] : []))
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const formData = await request.formData()
  const values = formDataToObject(formData)
  const ref = { editionKey: params.key, regionSlug: params.slug, version: values.version }
  const api = getApi(context)
  const done = (melding: string) => redirect(`/edities/${params.key}/${params.slug}?melding=${melding}`)
  return formAction(values, async () => {
    switch (values.intent) {
      case 'save':
      case 'submit': {
        const input = parseValues({ ...ref, explanations: Object.fromEntries(entriesUnder(formData, 'explanation:')) }, SavePictureSchema)
        await (values.intent === 'save' ? api.edition.save(input) : api.edition.submit(input))
        return done(values.intent === 'save' ? 'opgeslagen' : 'ingediend')
      }
      case 'return': {
        // Item keys hold no dots, so the form's names stay flat ('comment:adoptions').
        const comments = commentsFromFields(parseValues(values, ReturnFieldsSchema))
        await api.edition.return(parseValues({ ...ref, comments }, ReturnPictureSchema))
        return done('teruggestuurd')
      }
      case 'approve':
        await api.edition.approve(parseValues(ref, SavePictureSchema.pick({ editionKey: true, regionSlug: true, version: true })))
        return done('goedgekeurd')
      case 'confirm': {
        // The fields schema: a missing reason is named at its own item.
        const disputes = disputesFromFields(parseValues(values, ConfirmFieldsSchema))
        await api.edition.confirm(parseValues({ ...ref, disputes }, ConfirmPictureSchema))
        return done('bevestigd')
      }
      default:
        return done('')
    }
  })
}

const NOTICES: Record<string, string> = {
  opgeslagen: 'De toelichtingen zijn opgeslagen.',
  ingediend: 'Het beeld is ingediend bij de VNG-regioadviseur.',
  teruggestuurd: 'Het beeld is teruggestuurd met uw opmerkingen.',
  goedgekeurd: 'Het beeld is goedgekeurd. De regio kan het nu bevestigen.',
  bevestigd: 'Het beeld is bevestigd.',
}

export default function EditionPicture({ loaderData, actionData }: Route.ComponentProps) {
  const { view, preview, changes, notice } = loaderData
  const failure = actionData
  const { edition, region } = view
  return (
    <>
      <Breadcrumb items={[{ to: '/edities', label: 'Halfjaareditie' }, { to: `/edities/${edition.key}`, label: edition.key }, { label: region.name }]} />
      <Heading1>
        {region.name} in editie {edition.key}
      </Heading1>
      {notice && NOTICES[notice] && !failure ? <Notice>{NOTICES[notice]}</Notice> : null}
      <dl className="bt-facts">
        <div>
          <dt>Stand</dt>
          <dd>{view.stateLabel}</dd>
        </div>
        <div>
          <dt>Uiterste datum</dt>
          <dd>{formatIsoDate(edition.dueDate)}</dd>
        </div>
        {view.pictureTakenAt ? (
          <div>
            <dt>Beeld vastgelegd</dt>
            <dd>{formatDateTime(view.pictureTakenAt)}</dd>
          </div>
        ) : null}
      </dl>
      {edition.state === 'frozen' ? <Paragraph>Deze editie is bevroren: dit beeld verandert niet meer.</Paragraph> : null}
      <PictureDisputes disputes={view.disputes} />
      {preview ? <FindingsForm preview={preview} failure={failure} regionSlug={region.slug} /> : null}
      {view.actions.includes('return') ? <ReviewForms items={view.items} version={view.version} failure={failure} /> : null}
      {view.actions.includes('confirm') ? <ConfirmForm items={view.items} version={view.version} failure={failure} /> : null}
      <section aria-labelledby="beeld" className="bt-section">
        <Heading2 id="beeld">{view.picture ? 'Het ingediende beeld' : 'Het beeld zoals het nu zou worden vastgelegd'}</Heading2>
        {view.picture ? <PictureTables picture={view.picture} /> : preview ? <PictureTables picture={preview.picture} /> : <Paragraph>De regio heeft nog geen beeld ingediend.</Paragraph>}
      </section>
      <PictureHistory comments={view.comments} events={view.events} items={view.items} />
      {changes ? <EditionChanges data={changes} scope={`voor ${region.name}`} showRegion={false} /> : null}
      <Paragraph>
        <Link to={`/regio/${region.slug}`}>Naar de regiopagina van {region.name}</Link>
      </Paragraph>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { AddCommentSchema, OPEN_STAGES, PublishAgreementSchema, RecordDelaySchema, SetCoAuthorsSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, Link, redirect, type ShouldRevalidateFunction } from 'react-router'
import { z } from 'zod'
import { AgreementPlanning, AgreementTags } from '#app/components/agreements/agreement-details.tsx'
import { AgreementAttachments } from '#app/components/agreements/attachment-form.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { CoAuthors } from '#app/components/agreements/co-authors.tsx'
import { Comments } from '#app/components/agreements/comments.tsx'
import { DelayForm } from '#app/components/agreements/delay-form.tsx'
import { stageLabel } from '#app/components/agreements/labels.ts'
import { PublishPanel } from '#app/components/agreements/publish-form.tsx'
import { RevisionList } from '#app/components/agreements/revision-list.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { SimilarAgreements } from '#app/components/agreements/similar-agreements.tsx'
import { getApi, toRouteError } from '#app/server/api.server.ts'
import { withFormArraysIn } from '#app/server/form-arrays.server.ts'
import { formAction, parseValues } from '#app/server/forms.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import { ATTACHMENT_FIELD, NO_FILE, readUploadForm, uploadAttachment } from '#app/server/uploads.server.ts'
import { useRegion } from '#app/lib/region-shell.ts'
import type { Route } from './+types/agreement'
import { agreementAddress, loadAgreement } from '#app/server/agreement-forms.server.ts'
import { type FormFailure } from '#app/lib/forms.ts'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(data ? `${data.agreement.content.title} – ${data.agreement.region.name}` : 'Afspraak', 'Een uitvoeringsafspraak van de regio: tekst, planning, versies, reacties en bijlagen.'),
]

/** Notices after a successful post (post/redirect/get). */
const NOTICES: Record<string, string> = {
  aangemaakt: 'De afspraak is opgeslagen als concept.',
  opgeslagen: 'Uw wijzigingen zijn opgeslagen.',
  gepubliceerd: 'De afspraak is gepubliceerd.',
  vertraging: 'De vertraging is vastgelegd.',
  reactie: 'Uw reactie is geplaatst.',
  'mede-auteurs': 'De mede-auteurs zijn opgeslagen.',
  bijlage: 'De bijlage is toegevoegd.',
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { api, agreement } = await loadAgreement(params, request, context)
  const id = agreement.id
  // Comments and co-authors are the region's internal conversation: only readers of its drafts get them;
  // who may be mentioned (the same readers) only those who may comment.
  const draft = agreement.view === 'draft'
  const [comments, attachments, coAuthors, readers, similar] = await Promise.all([
    draft ? api.agreement.comments({ agreementId: id }) : [],
    api.attachment.list({ ownerKind: 'agreement', ownerId: id }),
    draft ? api.agreement.coAuthors({ agreementId: id }) : [],
    draft && agreement.permissions.canComment ? api.agreement.readers({ agreementId: id }) : [],
    api.agreement.similar({ id }),
  ]).catch(toRouteError)
  const notice = NOTICES[new URL(request.url).searchParams.get('melding') ?? '']
  return {
    agreement,
    bodyHtml: renderMarkdown(agreement.content.body),
    comments,
    attachments,
    coAuthors: coAuthors.map((c) => ({ userId: c.userId, name: c.name })),
    readers,
    similar: similar.similar,
    notice: notice ?? null,
  }
}

// A stale publish or delay (409) leaves the page on an old version: reload it so the forms continue
// from the current one (React Router skips revalidation after 4xx answers by default).
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate

const IntentSchema = z.object({ intent: z.enum(['publiceren', 'vertraging', 'reactie', 'bijlage', 'mede-auteurs'], { error: 'Onbekende actie.' }) })

export async function action({ params, request, context }: Route.ActionArgs) {
  const { slug, id } = agreementAddress(params)
  // Every form of this page goes through the streaming parser, so an oversized upload is refused at
  // 10 MB before it is held in memory (uploads.server.ts).
  const form = await readUploadForm(request)
  if (!form.ok) {
    return data<FormFailure>(
      { fieldErrors: { [ATTACHMENT_FIELD]: [form.message] }, intent: 'bijlage', values: { intent: 'bijlage' } },
      { status: form.status },
    )
  }
  const values = withFormArraysIn(form.values)
  const here = `/regio/${slug}/afspraken/${id}`
  return formAction(values, async () => {
    const api = getApi(context)
    const { intent } = parseValues(values, IntentSchema)
    if (intent === 'bijlage') {
      if (!form.file) return data<FormFailure>({ fieldErrors: { [ATTACHMENT_FIELD]: [NO_FILE] }, intent, values }, { status: 400 })
      await uploadAttachment(api, { ownerKind: 'agreement', ownerId: id }, form.file)
      return redirect(`${here}?melding=bijlage#bijlagen`)
    }
    if (intent === 'publiceren') {
      await api.agreement.publish(parseValues({ ...values, id }, PublishAgreementSchema))
      return redirect(`${here}?melding=gepubliceerd`)
    }
    if (intent === 'vertraging') {
      await api.agreement.recordDelay(parseValues({ ...values, id }, RecordDelaySchema))
      return redirect(`${here}?melding=vertraging#planning`)
    }
    if (intent === 'mede-auteurs') {
      await api.agreement.setCoAuthors(parseValues({ ...values, agreementId: id }, SetCoAuthorsSchema))
      return redirect(`${here}?melding=mede-auteurs#mede-auteurs`)
    }
    await api.agreement.addComment(parseValues({ ...values, agreementId: id }, AddCommentSchema))
    return redirect(`${here}?melding=reactie#reacties`)
  })
}

export default function AgreementPage({ loaderData, actionData }: Route.ComponentProps) {
  const { agreement, bodyHtml, comments, attachments, coAuthors, readers, similar, notice } = loaderData
  const { members } = useRegion()
  const { content, region, permissions, view } = agreement
  const municipalityNames = new Map(members.map((m) => [m.code, m.name]))
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const isOpen = OPEN_STAGES.includes(content.stage)
  const base = `/regio/${region.slug}/afspraken/${agreement.id}`
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { to: `/regio/${region.slug}/afspraken`, label: 'Afspraken' }, { label: content.title }]} />
      <Heading1>{content.title}</Heading1>
      {notice && !failure ? <Notice>{notice}</Notice> : null}
      {failure?.fieldErrors?.intent ? <FormError message={failure.fieldErrors.intent[0]} /> : null}
      {view === 'published' ? (
        <div className="utrecht-alert utrecht-alert--info bt-view-note" role="note">
          <p className="utrecht-paragraph">
            U ziet de gepubliceerde versie (versie {agreement.publishedRevision}
            {agreement.publishedAt ? `, gepubliceerd op ${formatDateTime(agreement.publishedAt)}` : ''}). Concepten en latere
            wijzigingen ziet alleen de regio zelf.
          </p>
        </div>
      ) : null}
      <dl className="bt-facts">
        <div>
          <dt>Stadium</dt>
          <dd>
            <span className={`bt-stage bt-stage--${content.stage}`}>{stageLabel(content.stage)}</span>
          </dd>
        </div>
        <div>
          <dt>Regio</dt>
          <dd>{region.name}</dd>
        </div>
        <div>
          <dt>Laatst gewijzigd</dt>
          <dd className="bt-facts__small">
            {formatDateTime(agreement.updatedAt)} door {agreement.updatedByLabel}
          </dd>
        </div>
        {view === 'draft' ? (
          <div>
            <dt>Versie</dt>
            <dd>{agreement.version}</dd>
          </div>
        ) : null}
      </dl>
      {content.stage === 'vervallen' && content.stageReason ? (
        <Paragraph>
          <strong>Reden vervallen:</strong> {content.stageReason}
        </Paragraph>
      ) : null}
      {permissions.canEdit && view === 'draft' ? (
        <p className="utrecht-paragraph bt-actions">
          <Link to={`${base}/bewerken`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            Afspraak bewerken
          </Link>
        </p>
      ) : null}

      {view === 'draft' && agreement.version !== null ? (
        <PublishPanel
          version={agreement.version}
          publishedRevision={agreement.publishedRevision}
          publishedAt={agreement.publishedAt}
          canEdit={permissions.canEdit}
          failure={failure}
        />
      ) : null}

      <section aria-labelledby="tekst" className="bt-section">
        <Heading2 id="tekst">Tekst van de afspraak</Heading2>
        {content.body.trim() ? (
          // Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup.
          <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        ) : (
          <Paragraph className="bt-muted">Er is nog geen tekst.</Paragraph>
        )}
        {content.explanation ? (
          <>
            <h3 className="utrecht-heading-3">Toelichting van de regio</h3>
            <p className="utrecht-paragraph bt-pre">{content.explanation}</p>
          </>
        ) : null}
      </section>

      <AgreementTags content={content} municipalityNames={municipalityNames} />
      <AgreementPlanning content={content} />
      <AgreementAttachments
        attachments={attachments}
        canUpload={permissions.canEdit && view === 'draft'}
        failure={failure?.intent === 'bijlage' ? failure : undefined}
      />

      {view === 'draft' && agreement.version !== null ? (
        <>
          {permissions.canEdit && isOpen ? (
            <DelayForm key={agreement.version} version={agreement.version} dueDate={content.dueDate} failure={failure} />
          ) : null}
          <RevisionList slug={region.slug} id={agreement.id} revisions={agreement.revisions} publishedRevision={agreement.publishedRevision} />
          <CoAuthors coAuthors={coAuthors} candidates={readers} canEdit={permissions.canEdit} failure={failure} />
          <Comments comments={comments} canComment={permissions.canComment} failure={failure} people={readers} />
        </>
      ) : null}
      <SimilarAgreements similar={similar} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

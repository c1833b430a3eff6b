import { AddVisionVersionSchema, ConfirmAdoptionSchema, RecordAdoptionSchema } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { data, redirect, useLocation } from 'react-router'
import { z } from 'zod'
import { NO_FILE_MESSAGE } from '#app/components/attachments.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { CouncilsSection } from '#app/components/plan/councils-section.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { failureFor } from '#app/components/plan/posted.ts'
import { AdoptionForm } from '#app/components/plan/vision/adoption-form.tsx'
import { VersionArticle } from '#app/components/plan/vision/version-article.tsx'
import { UploadForm, VersionForm, VersionIdSchema } from '#app/components/plan/vision/version-forms.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { pageMeta } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formFailure, parseValues } from '#app/server/forms.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import { planRegionSlug } from '#app/server/plan-forms.server.ts'
import { readUploadForm, uploadAttachment, ATTACHMENT_FIELD } from '#app/server/uploads.server.ts'
import type { Route } from './+types/regiovisie'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`Regiovisie ${data?.region.name ?? 'regio'}`, 'De versies van de regiovisie en de vaststelling door elke gemeenteraad.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = planRegionSlug(params)
  const api = getApi(context)
  const plan = await api.plan.get({ slug }).catch(toRouteError)
  const attachments = await Promise.all(
    plan.versions.map((v) => api.attachment.list({ ownerKind: 'vision_version', ownerId: v.id })),
  ).catch(toRouteError)
  return {
    region: plan.region,
    // Markdown is rendered here, on the server, with raw HTML off (markdown.server.ts).
    versions: plan.versions.map((v, i) => ({ ...v, html: v.body.trim() ? renderMarkdown(v.body) : '', attachments: attachments[i] ?? [] })),
    currentVersion: plan.currentVersion ? { id: plan.currentVersion.id, number: plan.currentVersion.number } : null,
    councils: plan.councils,
    adoptedCount: plan.adoptedCount,
    permissions: plan.permissions,
    notice: new URL(request.url).searchParams.get('melding'),
  }
}

/** Which of the page's forms was posted. */
const IntentSchema = z.enum(['versie', 'vaststelling', 'bevestigen', 'bijlage'])

const NOTICES: Record<string, string> = {
  versie: 'De nieuwe versie van de regiovisie is toegevoegd.',
  vaststelling: 'De vaststelling is vastgelegd.',
  bevestigd: 'De vaststelling is bevestigd.',
  bijlage: 'Het document is toegevoegd.',
}

/** The upload form as the action checks it: a version of this region and a chosen file. */
const UploadSchema = z.object({
  versionId: VersionIdSchema,
  file: z.literal(true, { error: NO_FILE_MESSAGE }),
})

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = planRegionSlug(params)
  // Every form of this page goes through the streaming parser, so an oversized upload is refused at
  // 10 MB before it is held in memory (uploads.server.ts).
  const form = await readUploadForm(request)
  if (!form.ok) return formFailure({ intent: 'bijlage' }, { fieldErrors: { [ATTACHMENT_FIELD]: [form.message] } }, form.status)
  const { values, file } = form
  const intent = IntentSchema.safeParse(values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const api = getApi(context)
  const back = (notice: string, anchor: string) => redirect(`/regio/${slug}/regiovisie?melding=${notice}#${anchor}`)
  return formAction(values, async () => {
    switch (intent.data) {
      case 'versie': {
        const input = parseValues({ ...values, regionSlug: slug }, AddVisionVersionSchema)
        const version = await api.plan.addVisionVersion(input)
        return back('versie', `versie-${version.number}`)
      }
      case 'vaststelling': {
        const input = parseValues({ ...values, regionSlug: slug }, RecordAdoptionSchema)
        await api.plan.recordAdoption(input)
        return back('vaststelling', `raden`)
      }
      case 'bevestigen': {
        const input = parseValues(values, ConfirmAdoptionSchema)
        await api.plan.confirmAdoption(input)
        return back('bevestigd', 'raden')
      }
      case 'bijlage': {
        const input = parseValues({ versionId: values.versionId, file: file !== null }, UploadSchema)
        const plan = await api.plan.get({ slug })
        const version = plan.versions.find((v) => v.id === input.versionId)
        if (!version || !file) return formFailure(values, { fieldErrors: { versionId: ['Kies een versie van deze regio.'] } }, 400)
        await uploadAttachment(api, { ownerKind: 'vision_version', ownerId: version.id }, file)
        return back('bijlage', `versie-${version.number}`)
      }
    }
  })
}

export default function Regiovisie({ loaderData, actionData }: Route.ComponentProps) {
  const { region, versions, currentVersion, councils, adoptedCount, permissions, notice } = loaderData
  // Only formAction's failures carry `values`.
  const failure = actionData && 'values' in actionData ? (actionData as FormFailure) : undefined
  const confirmable = new Set(permissions.confirmableMunicipalities)
  // A region editor records any member council's adoption, a municipality's signatory only their own.
  const recordable = councils.filter((c) => permissions.recordableMunicipalities.includes(c.municipalityCode))
  const noticeText = notice && !failure ? NOTICES[notice] : undefined
  // After a successful post the page is loaded anew (a new location): the forms start empty again,
  // with the newest version chosen. A refused post stays on the same location and keeps the input.
  const formKey = `${useLocation().key}-${versions[0]?.id ?? 0}`
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Regiovisie' }]} />
      <Heading1>Regiovisie {region.name}</Heading1>
      <PlanPagesNav slug={region.slug} current="regiovisie" />
      <Paragraph>
        De gemeenten in de regio stellen samen een regiovisie op, en elke gemeenteraad stelt die vast (afspraak 1 van de
        Norm voor Opdrachtgeverschap). Een vaststelling geldt voor de versie die de raad heeft vastgesteld: na een nieuwe
        versie blijven eerdere vaststellingen zichtbaar, maar tellen ze niet meer voor de huidige versie.
      </Paragraph>
      {noticeText ? <Notice>{noticeText}</Notice> : null}

      <CouncilsSection
        of="vision"
        current={currentVersion ? `versie ${currentVersion.number}` : null}
        adopted={`de huidige versie (versie ${currentVersion?.number ?? ''}) vastgesteld.`}
        empty="Er is nog geen versie van de regiovisie, dus ook nog geen vaststelling."
        councils={councils.map((c) => ({
          ...c,
          adoptions: c.adoptions.map((a) => ({ ...a, what: `Versie ${a.versionNumber}`, counts: a.visionVersionId === currentVersion?.id })),
        }))}
        adoptedCount={adoptedCount}
        confirmable={confirmable}
        confirmError={failureFor(failure, 'bevestigen')?.formError}
        form={
          recordable.length > 0 && versions.length > 0 ? (
            <AdoptionForm key={`adoption-${formKey}`} councils={recordable} versions={versions} failure={failureFor(failure, 'vaststelling')} />
          ) : null
        }
      />

      <section aria-labelledby="versies" className="bt-section">
        <Heading2 id="versies">Versies</Heading2>
        {versions.length === 0 ? <Paragraph>Er is nog geen versie van de regiovisie.</Paragraph> : null}
        {versions.map((v) => (
          <VersionArticle key={v.id} version={v} isCurrent={v.id === currentVersion?.id} />
        ))}
        {permissions.canEdit && versions.length > 0 ? (
          <UploadForm key={`upload-${formKey}`} versions={versions} failure={failureFor(failure, 'bijlage')} />
        ) : null}
        {permissions.canEdit ? <VersionForm key={`version-${formKey}`} failure={failureFor(failure, 'versie')} /> : null}
      </section>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { AddVisionVersionSchema, ConfirmAdoptionSchema, RecordAdoptionSchema } from '@bt/domain'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { Button, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { data, Form, redirect, useLocation, useNavigation } from 'react-router'
import { z } from 'zod'
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_HINT,
  AttachmentFileSchema,
  AttachmentList,
  NO_FILE_MESSAGE,
} from '#app/components/attachments.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FieldShell, FormError, TextField } from '#app/components/form-field.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { planRegionSlug } from '#app/server/plan-forms.server.ts'
import { failureFor, postedText } from '#app/components/plan/posted.ts'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formFailure, parseValues } from '#app/server/forms.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import { ATTACHMENT_FIELD, readUploadForm, uploadAttachment } from '#app/server/uploads.server.ts'
import type { Route } from './+types/regiovisie'

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

const VersionIdSchema = z.coerce.number({ error: 'Kies de versie.' }).int().positive({ error: 'Kies de versie.' })

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

type LoaderData = Route.ComponentProps['loaderData']
type Council = LoaderData['councils'][number]
type Version = LoaderData['versions'][number]

export default function Regiovisie({ loaderData, actionData }: Route.ComponentProps) {
  const { region, versions, currentVersion, councils, adoptedCount, permissions, notice } = loaderData
  // Only formAction's failures carry `values`.
  const failure = actionData && 'values' in actionData ? (actionData as FormFailure) : undefined
  const confirmable = new Set(permissions.confirmableMunicipalities)
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
      {noticeText ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{noticeText}</p>
        </div>
      ) : null}

      <section aria-labelledby="raden" className="bt-section">
        <Heading2 id="raden">Vaststelling door de gemeenteraden</Heading2>
        {currentVersion ? (
          <p className="utrecht-paragraph bt-plan-progress">
            <strong>
              {adoptedCount} van {councils.length}
            </strong>{' '}
            gemeenteraden hebben de huidige versie (versie {currentVersion.number}) vastgesteld.
          </p>
        ) : (
          <Paragraph>Er is nog geen versie van de regiovisie, dus ook nog geen vaststelling.</Paragraph>
        )}
        <CouncilTable councils={councils} currentVersion={currentVersion} confirmable={confirmable} />
        {permissions.canEdit && versions.length > 0 ? (
          <AdoptionForm key={`adoption-${formKey}`} councils={councils} versions={versions} failure={failureFor(failure, 'vaststelling')} />
        ) : null}
        <FormError message={failureFor(failure, 'bevestigen')?.formError} />
      </section>

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

function VersionArticle({ version, isCurrent }: { version: Version; isCurrent: boolean }) {
  return (
    <article aria-labelledby={`versie-${version.number}`} className="bt-vision-version">
      <Heading3 id={`versie-${version.number}`}>
        Versie {version.number}: {version.title}
        {isCurrent ? <span className="bt-badge">huidige versie</span> : null}
      </Heading3>
      <dl className="bt-facts">
        <div>
          <dt>Datum van het document</dt>
          <dd className="bt-plan-fact">{formatIsoDate(version.documentDate)}</dd>
        </div>
        <div>
          <dt>Toegevoegd</dt>
          <dd className="bt-plan-fact">
            {formatDateTime(version.createdAt)} door {version.createdByLabel}
          </dd>
        </div>
      </dl>
      {version.html ? (
        <details className="bt-details">
          <summary>Tekst van versie {version.number}</summary>
          {/* Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup. */}
          <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: version.html }} />
        </details>
      ) : null}
      <p className="utrecht-paragraph bt-attachments__title">
        <strong>Bijlagen bij versie {version.number}</strong>
      </p>
      <AttachmentList attachments={version.attachments} empty="Geen bijlagen." />
    </article>
  )
}

function CouncilTable({
  councils,
  currentVersion,
  confirmable,
}: {
  councils: Council[]
  currentVersion: { id: number; number: number } | null
  confirmable: ReadonlySet<string>
}) {
  return (
    <TableScroll label="Vaststelling per gemeenteraad">
      <table className="utrecht-table utrecht-table--html-table bt-councils">
        <caption className="utrecht-table__caption">Vaststelling van de regiovisie per gemeente</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
            <th scope="col" className="utrecht-table__header-cell">Huidige versie</th>
            <th scope="col" className="utrecht-table__header-cell">Vaststellingen</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {councils.map((c) => (
            <tr key={c.municipalityCode} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-cell-text">
                {c.municipalityName}
              </th>
              <td className="utrecht-table__cell">{c.adoptsCurrent ? 'Vastgesteld' : 'Niet vastgesteld'}</td>
              <td className="utrecht-table__cell">
                {c.adoptions.length === 0 ? (
                  <span className="bt-muted">Nog geen vaststelling</span>
                ) : (
                  <ul className="bt-adoptions">
                    {c.adoptions.map((a) => (
                      <AdoptionItem
                        key={a.id}
                        adoption={a}
                        municipalityName={c.municipalityName}
                        current={currentVersion}
                        canConfirm={confirmable.has(c.municipalityCode)}
                      />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function AdoptionItem({
  adoption: a,
  municipalityName,
  current,
  canConfirm,
}: {
  adoption: Council['adoptions'][number]
  municipalityName: string
  current: { id: number; number: number } | null
  canConfirm: boolean
}) {
  const counts = a.visionVersionId === current?.id
  const busy = useNavigation().formData?.get('adoptionId') === String(a.id)
  return (
    <li className={counts ? 'bt-adoption' : 'bt-adoption bt-adoption--old'}>
      Versie {a.versionNumber}, vastgesteld op {formatIsoDate(a.decisionDate)}
      {counts ? null : <span className="bt-adoption__old"> (telt niet voor de huidige versie {current?.number})</span>}.{' '}
      <a href={a.decisionUrl} rel="noopener noreferrer" className="bt-external">
        Raadsbesluit<span className="bt-visually-hidden"> van {municipalityName} over versie {a.versionNumber}</span>
        <span className="bt-visually-hidden"> (externe website)</span>
      </a>
      <br />
      {a.confirmedAt ? (
        <span className="bt-muted">
          Bevestigd door {a.confirmedByLabel} op {formatDateTime(a.confirmedAt)}
        </span>
      ) : (
        <span className="bt-muted">Vastgelegd door {a.recordedByLabel}; nog niet bevestigd door de gemeente</span>
      )}
      {canConfirm && !a.confirmedAt ? (
        <Form method="post" className="bt-inline-form bt-confirm-form">
          <input type="hidden" name="intent" value="bevestigen" />
          <input type="hidden" name="adoptionId" value={a.id} />
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            Bevestigen<span className="bt-visually-hidden"> dat de raad van {municipalityName} versie {a.versionNumber} heeft vastgesteld</span>
          </Button>
        </Form>
      ) : null}
    </li>
  )
}

/** The adoption form in the browser: the domain schema without the region (that comes from the URL). */
const AdoptionFormSchema = RecordAdoptionSchema.omit({ regionSlug: true })

function AdoptionForm({ councils, versions, failure }: { councils: Council[]; versions: Version[]; failure?: FormFailure }) {
  const values = failure?.values
  const { form, onSubmit, errorFor } = useValidatedForm(AdoptionFormSchema, {
    defaultValues: {
      municipalityCode: postedText(values, 'municipalityCode') ?? '',
      visionVersionId: postedText(values, 'visionVersionId') ?? String(versions[0]?.id ?? ''),
      decisionDate: postedText(values, 'decisionDate') ?? '',
      decisionUrl: postedText(values, 'decisionUrl') ?? '',
    },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'vaststelling'
  const municipalityError = errorFor('municipalityCode')
  const versionError = errorFor('visionVersionId')
  return (
    <section aria-labelledby="vaststelling-vastleggen" className="bt-plan-form">
      <Heading3 id="vaststelling-vastleggen">Vaststelling vastleggen</Heading3>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="vaststelling-vastleggen">
        <input type="hidden" name="intent" value="vaststelling" />
        <div className="bt-row">
          <FieldShell id="municipalityCode" label="Gemeente" error={municipalityError}>
            {(describedBy) => (
              <select
                id="municipalityCode"
                className={`utrecht-select utrecht-select--html-select${municipalityError ? ' utrecht-select--invalid' : ''}`}
                aria-invalid={municipalityError ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('municipalityCode')}
              >
                <option value="">Kies een gemeente</option>
                {councils.map((c) => (
                  <option key={c.municipalityCode} value={c.municipalityCode}>
                    {c.municipalityName}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <FieldShell id="visionVersionId" label="Vastgestelde versie" error={versionError}>
            {(describedBy) => (
              <select
                id="visionVersionId"
                className={`utrecht-select utrecht-select--html-select${versionError ? ' utrecht-select--invalid' : ''}`}
                aria-invalid={versionError ? true : undefined}
                aria-describedby={describedBy}
                {...form.register('visionVersionId')}
              >
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    Versie {v.number}: {v.title}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        </div>
        <TextField id="decisionDate" label="Datum van het raadsbesluit" type="date" error={errorFor('decisionDate')} {...form.register('decisionDate')} />
        <TextField
          id="decisionUrl"
          label="Link naar het raadsbesluit"
          type="url"
          inputMode="url"
          hint="Het adres van het besluit op de website van de gemeente, beginnend met https://."
          className="bt-wide-input"
          error={errorFor('decisionUrl')}
          {...form.register('decisionUrl')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Vaststelling vastleggen
        </Button>
      </Form>
    </section>
  )
}

/** The new-version form in the browser: the domain schema without the region. */
const VersionFormSchema = AddVisionVersionSchema.omit({ regionSlug: true })

function VersionForm({ failure }: { failure?: FormFailure }) {
  const values = failure?.values
  const { form, onSubmit, errorFor } = useValidatedForm(VersionFormSchema, {
    defaultValues: {
      title: postedText(values, 'title') ?? '',
      documentDate: postedText(values, 'documentDate') ?? '',
      body: postedText(values, 'body') ?? '',
    },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'versie'
  const bodyError = errorFor('body')
  return (
    <section aria-labelledby="nieuwe-versie" className="bt-plan-form">
      <Heading3 id="nieuwe-versie">Nieuwe versie toevoegen</Heading3>
      <Paragraph>
        Een nieuwe versie wordt de huidige versie. Vaststellingen van eerdere versies blijven zichtbaar, maar tellen niet
        voor de nieuwe versie. Een document (bijvoorbeeld de pdf) voegt u daarna toe.
      </Paragraph>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="nieuwe-versie">
        <input type="hidden" name="intent" value="versie" />
        <TextField id="title" label="Titel" className="bt-wide-input" error={errorFor('title')} {...form.register('title')} />
        <TextField id="documentDate" label="Datum van het document" type="date" error={errorFor('documentDate')} {...form.register('documentDate')} />
        <FieldShell id="body" label="Tekst (niet verplicht)" hint="Opmaak met Markdown: een lege regel begint een nieuwe alinea, - begint een opsomming." error={bodyError}>
          {(describedBy) => (
            <textarea
              id="body"
              rows={8}
              className={`utrecht-textarea utrecht-textarea--html-textarea bt-textarea${bodyError ? ' utrecht-textarea--invalid' : ''}`}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={describedBy}
              {...form.register('body')}
            />
          )}
        </FieldShell>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Versie toevoegen
        </Button>
      </Form>
    </section>
  )
}

/** The upload form in the browser: a version and one file of at most 10 MB (the server checks again, by content). */
const UploadFormSchema = z.object({ versionId: VersionIdSchema, file: AttachmentFileSchema })

function UploadForm({ versions, failure }: { versions: Version[]; failure?: FormFailure }) {
  const { form, onSubmit, errorFor } = useValidatedForm(UploadFormSchema, {
    defaultValues: { versionId: postedText(failure?.values, 'versionId') ?? String(versions[0]?.id ?? '') },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'bijlage'
  const versionError = errorFor('versionId')
  const fileError = errorFor('file')
  return (
    <section aria-labelledby="document-toevoegen" className="bt-plan-form">
      <Heading3 id="document-toevoegen">Document toevoegen</Heading3>
      <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="bt-form" aria-labelledby="document-toevoegen">
        <input type="hidden" name="intent" value="bijlage" />
        <FieldShell id="versionId" label="Bij versie" error={versionError}>
          {(describedBy) => (
            <select
              id="versionId"
              className={`utrecht-select utrecht-select--html-select${versionError ? ' utrecht-select--invalid' : ''}`}
              aria-invalid={versionError ? true : undefined}
              aria-describedby={describedBy}
              {...form.register('versionId')}
            >
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  Versie {v.number}: {v.title}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell
          id="file"
          label="Bestand"
          hint={ATTACHMENT_HINT}
          error={fileError}
        >
          {(describedBy) => (
            <input
              id="file"
              type="file"
              className="bt-file"
              accept={ATTACHMENT_ACCEPT}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
              {...form.register('file')}
            />
          )}
        </FieldShell>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Document toevoegen
        </Button>
        {busy ? (
          <p className="utrecht-paragraph" role="status">
            Bezig met uploaden…
          </p>
        ) : null}
      </Form>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import { PLAN_ELEMENT_STATUSES, PLAN_ELEMENTS, PublishPlanElementSchema, SavePlanElementSchema } from '@bt/domain'
import { Button, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect, useNavigation, type ShouldRevalidateFunction } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FieldShell, FormError } from '#app/components/form-field.tsx'
import { PlanPagesNav } from '#app/components/plan/plan-pages-nav.tsx'
import { ElementPublicationPanel } from '#app/components/plan/element-publication.tsx'
import { ConflictNotice, isSavedElement } from '#app/components/plan/element-conflict.tsx'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { agreementStageLabel, planStatusLabel } from '#app/components/plan/labels.ts'
import { planRegionSlug } from '#app/server/plan-forms.server.ts'
import { failureFor, postedText } from '#app/components/plan/posted.ts'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { type FormFailure, useValidatedForm } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import { renderMarkdown } from '#app/server/markdown.server.ts'
import type { Route } from './+types/plan'

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`Plan ${data?.region.name ?? 'regio'}`, 'De zes onderdelen van het regionale plan met hun status en tekst.')]

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const slug = planRegionSlug(params)
  const plan = await getApi(context).plan.get({ slug }).catch(toRouteError)
  return {
    region: plan.region,
    completeness: plan.completeness,
    canEdit: plan.permissions.canEdit,
    // Markdown is rendered here, on the server, with raw HTML off (markdown.server.ts).
    elements: plan.elements.map((e) => ({ ...e, html: e.body.trim() ? renderMarkdown(e.body) : '' })),
    saved: new URL(request.url).searchParams.get('opgeslagen'),
    published: new URL(request.url).searchParams.get('gepubliceerd'),
  }
}

// A stale save (409) must come back with the current version (React Router skips revalidation after 4xx by default).
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate

export async function action({ params, request, context }: Route.ActionArgs) {
  const slug = planRegionSlug(params)
  const posted = formDataToObject(await request.formData())
  if (posted.intent === 'publiceren') {
    const values = { ...posted, intent: 'publiceren' }
    return formAction(values, async () => {
      const input = parseValues({ ...values, regionSlug: slug }, PublishPlanElementSchema)
      await getApi(context).plan.publishElement(input)
      return redirect(`/regio/${slug}/plan?gepubliceerd=${input.element}#onderdeel-${input.element}`)
    })
  }
  const values = { ...posted, intent: 'onderdeel' }
  return formAction(values, async () => {
    const input = parseValues({ ...values, regionSlug: slug }, SavePlanElementSchema)
    await getApi(context).plan.saveElement(input)
    return redirect(`/regio/${slug}/plan?opgeslagen=${input.element}#onderdeel-${input.element}`)
  })
}

/** The form in the browser: the same schema as the action, without the region (that comes from the URL). */
const ElementFormSchema = SavePlanElementSchema.omit({ regionSlug: true })

type Element = Route.ComponentProps['loaderData']['elements'][number]

export default function RegionPlan({ loaderData, actionData }: Route.ComponentProps) {
  const { region, completeness, canEdit, elements, saved, published } = loaderData
  // Only formAction's failures carry `values`.
  const failure = actionData && 'values' in actionData ? (actionData as FormFailure) : undefined
  return (
    <>
      <Breadcrumb items={[...regionCrumbs(region), { label: 'Plan' }]} />
      <Heading1>Plan {region.name}</Heading1>
      <PlanPagesNav slug={region.slug} current="plan" />
      <Paragraph>
        Het regionale uitvoeringsplan bestaat uit zes onderdelen. Per onderdeel ziet u hoe ver de regio is, de tekst van de
        regio en de afspraken die het onderdeel invullen.
      </Paragraph>
      <section aria-labelledby="volledigheid" className="bt-section">
        <Heading2 id="volledigheid">Volledigheid van het plan</Heading2>
        <p className="utrecht-paragraph bt-plan-progress">
          <strong>
            {completeness.done} van {completeness.total}
          </strong>{' '}
          onderdelen gereed
        </p>
        <TableScroll label="Onderdelen van het plan">
          <table className="utrecht-table utrecht-table--html-table bt-plan-table">
            <caption className="utrecht-table__caption">De zes onderdelen met hun status</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Onderdeel</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">Afspraken</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {PLAN_ELEMENTS.map((p) => {
                const element = elements.find((e) => e.element === p.key)
                return (
                  <tr key={p.key} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell bt-cell-text">
                      <a href={`#onderdeel-${p.key}`}>
                        {p.number}. {p.label}
                      </a>
                    </th>
                    <td className="utrecht-table__cell">
                      <PlanStatus status={element?.status ?? 'not_started'} />
                    </td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{element?.agreements.length ?? 0}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {PLAN_ELEMENTS.map((p) => {
        const element = elements.find((e) => e.element === p.key)
        if (!element) return null
        return (
          <PlanElementSection
            key={p.key}
            slug={region.slug}
            element={element}
            canEdit={canEdit}
            saved={saved === p.key}
            published={published === p.key}
            failure={failureFor(failure, 'onderdeel', { name: 'element', value: p.key })}
            publishFailure={failureFor(failure, 'publiceren', { name: 'element', value: p.key })}
          />
        )
      })}
    </>
  )
}

/** A plan element's status in words, with a mark that is not colour alone. */
function PlanStatus({ status }: { status: string }) {
  return <span className={`bt-plan-status bt-plan-status--${status}`}>{planStatusLabel(status)}</span>
}

function PlanElementSection({
  slug,
  element,
  canEdit,
  saved,
  published,
  failure,
  publishFailure,
}: {
  slug: string
  element: Element
  canEdit: boolean
  saved: boolean
  published: boolean
  failure: FormFailure | undefined
  publishFailure: FormFailure | undefined
}) {
  const info = PLAN_ELEMENTS.find((p) => p.key === element.element)
  if (!info) return null
  const headingId = `onderdeel-${element.element}`
  return (
    <section aria-labelledby={headingId} className="bt-section bt-plan-element">
      <Heading2 id={headingId}>
        {info.number}. {info.label}
      </Heading2>
      <p className="utrecht-paragraph bt-muted">{info.description}</p>
      {saved && !failure ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">Onderdeel {info.number} is opgeslagen.</p>
        </div>
      ) : null}
      <dl className="bt-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <PlanStatus status={element.status} />
          </dd>
        </div>
        {element.updatedAt ? (
          <div>
            <dt>Laatst gewijzigd</dt>
            <dd className="bt-plan-fact">
              {formatDateTime(element.updatedAt)} door {element.updatedByLabel}
            </dd>
          </div>
        ) : null}
      </dl>
      {element.publication ? (
        <ElementPublicationPanel
          element={element.element}
          label={info.label}
          version={element.version}
          publication={element.publication}
          canEdit={canEdit}
          published={published}
          error={publishFailure?.formError ?? publishFailure?.fieldErrors?.version?.[0]}
        />
      ) : null}
      <Heading3>Tekst van de regio</Heading3>
      {element.html ? (
        // Rendered on the server by micromark with raw HTML off (markdown.server.ts): only its own markup.
        <div className="bt-markdown" dangerouslySetInnerHTML={{ __html: element.html }} />
      ) : (
        <Paragraph className="bt-muted">Er is nog geen tekst.</Paragraph>
      )}
      <Heading3>Afspraken die dit onderdeel invullen</Heading3>
      {element.agreements.length === 0 ? (
        <Paragraph className="bt-muted">Nog geen afspraken.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {element.agreements.map((a) => (
            <li key={a.id}>
              <Link to={`/regio/${slug}/afspraken/${a.id}`}>{a.title}</Link>{' '}
              <span className="bt-muted">({agreementStageLabel(a.stage)})</span>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details className="bt-plan-edit" open={failure ? true : undefined}>
          <summary>
            Onderdeel {info.number} bewerken<span className="bt-visually-hidden">: {info.label}</span>
          </summary>
          <ElementForm key={`${element.element}-${element.version ?? 0}`} element={element} label={info.label} failure={failure} />
        </details>
      ) : null}
    </section>
  )
}

function ElementForm({ element, label, failure }: { element: Element; label: string; failure: FormFailure | undefined }) {
  const key = element.element
  const conflict = failure && isSavedElement(failure.current) ? failure.current : undefined
  const status = postedText(failure?.values, 'status') ?? element.status
  const body = postedText(failure?.values, 'body') ?? element.body
  const { form, onSubmit, errorFor } = useValidatedForm(ElementFormSchema, {
    // A stored element status; the select offers PLAN_ELEMENT_STATUSES only.
    defaultValues: { element: key, status: status as (typeof PLAN_ELEMENT_STATUSES)[number], body, version: element.version ?? '' },
    serverErrors: failure?.fieldErrors,
  })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('element') === key
  const statusError = errorFor('status')
  const bodyError = errorFor('body')
  return (
    <>
      {conflict ? (
        <ConflictNotice message={failure?.formError} saved={conflict} yours={{ status, body }} />
      ) : (
        <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
      )}
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form" aria-label={`Onderdeel bewerken: ${label}`}>
        <input type="hidden" {...form.register('element')} />
        <input type="hidden" {...form.register('version')} />
        <FieldShell id={`status-${key}`} label="Status" error={statusError}>
          {(describedBy) => (
            <select
              id={`status-${key}`}
              className={`utrecht-select utrecht-select--html-select${statusError ? ' utrecht-select--invalid' : ''}`}
              aria-invalid={statusError ? true : undefined}
              aria-describedby={describedBy}
              {...form.register('status')}
            >
              {PLAN_ELEMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {planStatusLabel(s)}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell
          id={`body-${key}`}
          label="Tekst"
          hint="Opmaak met Markdown: een lege regel begint een nieuwe alinea, - begint een opsomming, **vet** en ## een kop."
          error={bodyError}
        >
          {(describedBy) => (
            <textarea
              id={`body-${key}`}
              rows={10}
              className={`utrecht-textarea utrecht-textarea--html-textarea bt-textarea${bodyError ? ' utrecht-textarea--invalid' : ''}`}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={describedBy}
              {...form.register('body')}
            />
          )}
        </FieldShell>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Opslaan<span className="bt-visually-hidden">: {label}</span>
        </Button>
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

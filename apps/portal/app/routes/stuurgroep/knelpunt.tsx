import { AddBottleneckCommentSchema, BOTTLENECK_STATES, SetBottleneckCoAuthorsSchema, BOTTLENECK_STATE_LABELS, ChangeBottleneckStateSchema, LIKELIHOOD_LABELS, RISK_BAND_LABELS, RecordNumberSchema, SEVERITY_LABELS, riskBand, type BottleneckState, type RiskPoint } from '@bt/domain'
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect } from 'react-router'
import { BOTTLENECK_CO_AUTHOR_TEXTS, CoAuthors } from '#app/components/agreements/co-authors.tsx'
import { Evidence } from '#app/components/bottlenecks/evidence.tsx'
import { BottleneckHistory } from '#app/components/bottlenecks/history.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FieldShell, FormError, SelectField, TextAreaField } from '#app/components/form-field.tsx'
import { MentionTextarea } from '#app/components/ui/mention-textarea.tsx'
import { Breadcrumb } from '#app/components/ui/breadcrumb.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import { blockLabel } from '#app/lib/bottlenecks.ts'
import { formatDateTime, formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { getApi, notFound, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/knelpunt'
import { Notice } from '#app/components/ui/notice.tsx'

export const meta: Route.MetaFunction = ({ data }) => [
  ...pageMeta(`${data?.detail.bottleneck.title ?? 'Knelpunt'} – Stuurgroep`, 'Een knelpunt uit het register: status, risico, bewijs, geschiedenis en reacties.'),
]

function idOf(params: { id: string }): number {
  const id = RecordNumberSchema.safeParse(params.id)
  if (!id.success) notFound('Dit knelpunt bestaat niet.')
  return id.data
}

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const actor = requireActor(context, request)
  const api = getApi(context)
  const bottleneckId = idOf(params)
  // Who may be mentioned in the comments or named co-author: the bottleneck's readers (issue 17).
  const [detail, readers, coAuthors] = await Promise.all([
    api.bottleneck.get({ id: bottleneckId }),
    api.bottleneck.readers({ bottleneckId }),
    api.bottleneck.coAuthors({ bottleneckId }),
  ]).catch(toRouteError)
  // The service lets managers and whoever raised the bottleneck name co-authors.
  const canNameCoAuthors = detail.canManage || detail.bottleneck.raisedByUserId === actor.userId
  const search = new URL(request.url).searchParams
  return { detail, readers, coAuthors, canNameCoAuthors, notice: search.get('gemeld') === 'ja' ? 'Het knelpunt is gemeld.' : search.get('opgeslagen') === 'ja' ? 'De wijziging is opgeslagen.' : null }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const id = idOf(params)
  const values = formDataToObject(await request.formData())
  const api = getApi(context).bottleneck
  return formAction(values, async () => {
    if (values.intent === 'comment') {
      await api.addComment(parseValues({ ...values, bottleneckId: id }, AddBottleneckCommentSchema))
      return redirect(`/stuurgroep/knelpunten/${id}#reacties`)
    }
    if (values.intent === 'mede-auteurs') {
      await api.setCoAuthors(parseValues({ ...values, bottleneckId: id }, SetBottleneckCoAuthorsSchema))
      return redirect(`/stuurgroep/knelpunten/${id}?opgeslagen=ja#mede-auteurs`)
    }
    await api.changeState(parseValues({ ...values, id }, ChangeBottleneckStateSchema))
    return redirect(`/stuurgroep/knelpunten/${id}?opgeslagen=ja`)
  })
}

function point(n: number): RiskPoint {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : 1
}

export default function Bottleneck({ loaderData, actionData }: Route.ComponentProps) {
  const { detail, readers, coAuthors, canNameCoAuthors, notice } = loaderData
  const { bottleneck: b } = detail
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const stateFailure = failure?.intent === 'state' ? failure : undefined
  const commentFailure = failure?.intent === 'comment' ? failure : undefined
  const severity = point(b.severity)
  const likelihood = point(b.likelihood)
  return (
    <>
      <Breadcrumb items={[{ to: '/stuurgroep', label: 'Stuurgroep' }, { to: '/stuurgroep/knelpunten', label: 'Knelpunten' }, { label: b.title }]} />
      <Heading1>{b.title}</Heading1>
      {notice && !actionData ? <Notice>{notice}</Notice> : null}
      <dl className="bt-facts">
        <div>
          <dt>Status</dt>
          <dd>
            {BOTTLENECK_STATE_LABELS[b.state]}
            {b.stateReason ? ` (${b.stateReason})` : ''}
          </dd>
        </div>
        <div>
          <dt>Bouwstenen</dt>
          <dd>{b.buildingBlocks.map(blockLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>Risico</dt>
          <dd>
            {RISK_BAND_LABELS[riskBand(severity, likelihood)]}: ernst {severity} ({SEVERITY_LABELS[severity].toLowerCase()}), kans {likelihood} ({LIKELIHOOD_LABELS[likelihood].toLowerCase()})
          </dd>
        </div>
        <div>
          <dt>Eigenaar</dt>
          <dd>{b.ownerName ?? 'Nog niemand'}</dd>
        </div>
        <div>
          <dt>Streefdatum</dt>
          <dd>{b.dueDate ? `${formatIsoDate(b.dueDate)}${b.overdue ? ' – verlopen' : ''}` : 'Geen'}</dd>
        </div>
        <div>
          <dt>Gemeld</dt>
          <dd>
            {formatDateTime(b.createdAt)} door {b.raisedByLabel}
          </dd>
        </div>
      </dl>
      <Paragraph className="bt-evidence">{b.description}</Paragraph>
      {detail.canManage ? (
        <Paragraph>
          <Link to={`/stuurgroep/knelpunten/${b.id}/bewerken`}>Knelpunt bewerken (eigenaar, streefdatum, risico, …)</Link>
        </Paragraph>
      ) : null}
      {detail.links.length > 0 ? (
        <section aria-labelledby="koppelingen" className="bt-section">
          <Heading2 id="koppelingen">Regio&apos;s en koppelingen</Heading2>
          <Evidence evidence={{}} links={detail.links} />
        </section>
      ) : null}
      {b.evidence ? (
        <section aria-labelledby="bewijs" className="bt-section">
          <Heading2 id="bewijs">Bewijs uit het signaal</Heading2>
          <Evidence evidence={evidenceOf(b.evidence)} links={detail.evidenceLinks} />
        </section>
      ) : null}
      {detail.canManage && detail.nextStates.length > 0 ? (
        <StateForm id={b.id} version={b.version} nextStates={detail.nextStates} failure={stateFailure} currentState={b.state} />
      ) : null}
      <CoAuthors coAuthors={coAuthors} candidates={readers} canEdit={canNameCoAuthors} failure={failure} texts={BOTTLENECK_CO_AUTHOR_TEXTS} />
      <section aria-labelledby="geschiedenis" className="bt-section">
        <Heading2 id="geschiedenis">Geschiedenis</Heading2>
        <BottleneckHistory events={detail.events} />
      </section>
      <section aria-labelledby="reacties" className="bt-section">
        <Heading2 id="reacties">Reacties</Heading2>
        {detail.comments.length === 0 ? <Paragraph>Nog geen reacties.</Paragraph> : null}
        <ul className="utrecht-unordered-list">
          {detail.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorLabel}</strong> ({formatDateTime(c.createdAt)}): <span className="bt-evidence">{c.body}</span>
            </li>
          ))}
        </ul>
        <Form method="post" className="bt-form">
          <input type="hidden" name="intent" value="comment" />
          <FormError message={commentFailure && !commentFailure.fieldErrors ? commentFailure.formError : undefined} />
          <FieldShell
            id="body"
            label="Reactie"
            hint="Typ @ en een naam om een collega te noemen die dit knelpunt mag lezen; die krijgt een melding."
            error={commentFailure?.fieldErrors?.body?.[0]}
          >
            {(describedBy) => (
              <MentionTextarea
                id="body"
                name="body"
                people={readers}
                describedBy={describedBy}
                invalid={Boolean(commentFailure?.fieldErrors?.body)}
                defaultValue={typeof commentFailure?.values.body === 'string' ? commentFailure.values.body : ''}
              />
            )}
          </FieldShell>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Reactie plaatsen
          </button>
        </Form>
      </section>
    </>
  )
}

/** The promoted signal's evidence: its summary and what it read, flattened for the list. */
function evidenceOf(evidence: Record<string, unknown>): Record<string, unknown> {
  const inner = evidence.evidence
  const signal = evidence.signal
  const summary = typeof signal === 'object' && signal !== null && 'summary' in signal ? { signaal: signal.summary } : {}
  return { ...summary, ...(typeof inner === 'object' && inner !== null ? inner : {}) }
}

function StateForm({
  id,
  version,
  nextStates,
  currentState,
  failure,
}: {
  id: number
  version: number
  nextStates: readonly BottleneckState[]
  currentState: BottleneckState
  failure: { formError?: string; fieldErrors?: Record<string, string[] | undefined>; current?: unknown; values: Record<string, unknown> } | undefined
}) {
  // A stale change carries the saved record: continue from its version and show its state.
  const current = failure?.current
  const saved = typeof current === 'object' && current !== null ? current : null
  const savedVersion = saved && 'version' in saved && typeof saved.version === 'number' ? saved.version : null
  const conflict = savedVersion !== null
  const savedState = saved && 'state' in saved && typeof saved.state === 'string' ? saved.state : currentState
  const label = (state: unknown) => BOTTLENECK_STATE_LABELS[BOTTLENECK_STATES.find((s) => s === state) ?? currentState]
  return (
    <section aria-labelledby="status-wijzigen" className="bt-section">
      <Heading2 id="status-wijzigen">Status wijzigen</Heading2>
      {conflict ? (
        <ConflictPanel
          intro={<Paragraph>{failure?.formError}</Paragraph>}
          rows={[{ label: 'Status', current: label(savedState), yours: label(failure?.values.to) }]}
        />
      ) : (
        <FormError message={failure?.formError} />
      )}
      <Form method="post" className="bt-form">
        <input type="hidden" name="intent" value="state" />
        <input type="hidden" name="version" value={savedVersion ?? version} />
        <input type="hidden" name="id" value={id} />
        <SelectField id="to" name="to" label="Nieuwe status" error={failure?.fieldErrors?.to?.[0]}>
          {nextStates.map((s) => (
            <option key={s} value={s}>
              {BOTTLENECK_STATE_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <TextAreaField id="reason" name="reason" label="Reden of toelichting" hint="Verplicht bij Vervallen." rows={3} className="bt-textarea" error={failure?.fieldErrors?.reason?.[0]} />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Status opslaan
        </button>
      </Form>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

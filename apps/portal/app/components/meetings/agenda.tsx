import { BOTTLENECK_STATE_LABELS, ITEM_OUTCOMES, ITEM_OUTCOME_LABELS } from '@bt/domain'
import type { RouterOutputs } from '@bt/api'
import { Button } from '@utrecht/component-library-react'
import { Form, Link } from 'react-router'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'

type MeetingPage = RouterOutputs['meeting']['get']
type Item = MeetingPage['items'][number]

interface AgendaProps {
  meeting: MeetingPage['meeting']
  items: MeetingPage['items']
  people: MeetingPage['people']
  canEdit: boolean
  /** The signed-in user: an action item's owner marks it done here. */
  viewerId: string
  failure?: FormFailure
}

/** The register's label of a stored state (the state itself when unknown). */
function stateLabel(state: string): string {
  return Object.entries(BOTTLENECK_STATE_LABELS).find(([key]) => key === state)?.[1] ?? state
}

function failureFor(failure: FormFailure | undefined, intent: string, itemId: number) {
  return failure?.intent === intent && String(failure.values.itemId) === String(itemId) ? failure : undefined
}

function posted(failure: FormFailure | undefined, name: string, fallback = '') {
  const value = failure?.values[name]
  return typeof value === 'string' ? value : fallback
}

function OutcomeForm({ item, failure }: { item: Item; failure?: FormFailure }) {
  const mine = failureFor(failure, 'besluit', item.id)
  const outcome = posted(mine, 'outcome', item.outcome)
  const decisionId = `besluit-${item.id}`
  const error = mine?.fieldErrors?.decision?.[0]
  return (
    <Form method="post" noValidate className="bt-outcome-form">
      <FormError message={mine && !mine.fieldErrors?.decision && !mine.fieldErrors?.outcome ? mine.formError : undefined} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <fieldset className="utrecht-form-fieldset bt-group bt-field">
        <legend className="utrecht-form-fieldset__legend">Uitkomst van agendapunt {item.number}</legend>
        {ITEM_OUTCOMES.map((o) => (
          <label key={o} className="bt-choice">
            <input type="radio" name="outcome" value={o} defaultChecked={outcome === o} className="utrecht-radio-button" /> {ITEM_OUTCOME_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <div className={`utrecht-form-field bt-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={decisionId}>
          Besluit bij agendapunt {item.number}
        </label>
        {error ? (
          <p className="utrecht-form-field-error-message bt-field__error" id={`${decisionId}-error`}>
            {error}
          </p>
        ) : null}
        <textarea
          id={decisionId}
          name="decision"
          rows={3}
          defaultValue={posted(mine, 'decision', item.decision)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${decisionId}-error` : undefined}
          className={`utrecht-textarea utrecht-textarea--html-textarea bt-wide-input${error ? ' utrecht-textarea--invalid' : ''}`}
        />
      </div>
      <Button type="submit" name="intent" value="besluit" appearance="secondary-action-button">
        Uitkomst opslaan
      </Button>
    </Form>
  )
}

function ActionForm({ item, people, failure }: { item: Item; people: MeetingPage['people']; failure?: FormFailure }) {
  const mine = failureFor(failure, 'actiepunt', item.id)
  const ownerId = `eigenaar-${item.id}`
  const ownerError = mine?.fieldErrors?.ownerUserId?.[0]
  return (
    <details className="bt-reply" open={mine ? true : undefined}>
      <summary>Actiepunt toevoegen bij agendapunt {item.number}</summary>
      <Form method="post" noValidate>
        <FormError message={mine && !mine.fieldErrors ? mine.formError : undefined} />
        <input type="hidden" name="itemId" value={item.id} />
        <TextField id={`actie-${item.id}-tekst`} name="description" label="Actiepunt" defaultValue={posted(mine, 'description')} error={mine?.fieldErrors?.description?.[0]} />
        <div className={`utrecht-form-field bt-field${ownerError ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor={ownerId}>
            Eigenaar
          </label>
          {ownerError ? (
            <p className="utrecht-form-field-error-message bt-field__error" id={`${ownerId}-error`}>
              {ownerError}
            </p>
          ) : null}
          <select
            id={ownerId}
            name="ownerUserId"
            defaultValue={posted(mine, 'ownerUserId')}
            aria-invalid={ownerError ? true : undefined}
            aria-describedby={ownerError ? `${ownerId}-error` : undefined}
            className="utrecht-select utrecht-select--html-select"
          >
            <option value="">Kies een eigenaar</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <TextField id={`actie-${item.id}-datum`} name="dueDate" type="date" label="Klaar op" defaultValue={posted(mine, 'dueDate')} error={mine?.fieldErrors?.dueDate?.[0]} />
        <Button type="submit" name="intent" value="actiepunt" appearance="secondary-action-button">
          Actiepunt toevoegen
        </Button>
      </Form>
    </details>
  )
}

function OrderButtons({ meeting, item, last }: { meeting: MeetingPage['meeting']; item: Item; last: boolean }) {
  return (
    <Form method="post" className="bt-actions bt-agenda-item__order">
      <input type="hidden" name="version" value={meeting.version} />
      <input type="hidden" name="itemId" value={item.id} />
      {item.number > 1 ? (
        <Button type="submit" name="intent" value="omhoog" appearance="subtle-button" aria-label={`Agendapunt ${item.number} omhoog`}>
          Omhoog
        </Button>
      ) : null}
      {!last ? (
        <Button type="submit" name="intent" value="omlaag" appearance="subtle-button" aria-label={`Agendapunt ${item.number} omlaag`}>
          Omlaag
        </Button>
      ) : null}
      <Button type="submit" name="intent" value="verwijderen" appearance="subtle-button" aria-label={`Agendapunt ${item.number} van de agenda halen`}>
        Van de agenda
      </Button>
    </Form>
  )
}

function Actions({ item, mayMarkDone }: { item: Item; mayMarkDone: (ownerUserId: string) => boolean }) {
  if (item.actions.length === 0) return null
  return (
    <>
      <h4 className="utrecht-heading-4">Actiepunten</h4>
      <ul className="utrecht-unordered-list">
        {item.actions.map((a) => (
          <li key={a.id} id={`actie-${a.id}`}>
            {a.description} — {a.ownerName}, klaar op {formatIsoDate(a.dueDate)}
            {a.doneAt ? ' (afgerond)' : a.overdue ? ' (te laat)' : ''}
            {!a.doneAt && mayMarkDone(a.ownerUserId) ? (
              <Form method="post" className="bt-inline-form">
                <input type="hidden" name="actionItemId" value={a.id} />
                <Button type="submit" name="intent" value="afgerond" appearance="subtle-button" aria-label={`Actiepunt afgerond: ${a.description}`}>
                  Afgerond
                </Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The numbered agenda: each item with its bottleneck, outcome, decision and action items. */
export function Agenda({ meeting, items, people, canEdit, viewerId, failure }: AgendaProps) {
  const mayMarkDone = (ownerUserId: string) => canEdit || ownerUserId === viewerId
  if (items.length === 0) return <p className="utrecht-paragraph">Er staan nog geen punten op de agenda.</p>
  return (
    <ol className="bt-agenda">
      {items.map((item, index) => (
        <li key={item.id} id={`punt-${item.id}`} className="bt-agenda-item">
          <h3 className="utrecht-heading-3">
            {item.number}. {item.title}
          </h3>
          {item.bottleneckId !== null ? (
            <p className="utrecht-paragraph">
              Knelpunt: <Link to={`/stuurgroep/knelpunten/${item.bottleneckId}`}>{item.title}</Link>
              {item.bottleneckState ? ` (${stateLabel(item.bottleneckState)})` : ''}
            </p>
          ) : null}
          {item.description ? <p className="utrecht-paragraph bt-pre">{item.description}</p> : null}
          {canEdit ? (
            <>
              <OrderButtons meeting={meeting} item={item} last={index === items.length - 1} />
              <OutcomeForm item={item} failure={failure} />
            </>
          ) : (
            <p className="utrecht-paragraph">
              <strong>{ITEM_OUTCOME_LABELS[item.outcome]}</strong>
              {item.decision ? `: ${item.decision}` : ''}
            </p>
          )}
          <Actions item={item} mayMarkDone={mayMarkDone} />
          {canEdit ? <ActionForm item={item} people={people} failure={failure} /> : null}
        </li>
      ))}
    </ol>
  )
}

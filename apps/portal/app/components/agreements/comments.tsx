import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FieldShell, FormError } from '#app/components/form-field.tsx'
import { MentionTextarea } from '#app/components/ui/mention-textarea.tsx'
import { useValidatedForm } from '#app/lib/forms.ts'
import { formatDateTime } from '#app/lib/format.ts'
import type { PostedFailure } from './types.ts'

interface Comment {
  id: number
  parentId: number | null
  authorLabel: string
  body: string
  createdAt: Date | string
}

/** Someone who may be mentioned in the comments. */
export interface Mentionable {
  id: string
  name: string
}

const MENTION_HINT = 'Typ @ en een naam om een collega te noemen die deze afspraak mag lezen; die krijgt een melding.'

function CommentForm({ parentId, failure, people }: { parentId: number | null; failure?: PostedFailure; people: readonly Mentionable[] }) {
  const posted = failure?.intent === 'reactie' && textOf(failure.values.parentId) === String(parentId ?? '')
  const mine = posted ? failure : undefined
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors: mine?.fieldErrors })
  const busy = useNavigation().state === 'submitting'
  const id = parentId === null ? 'comment-body' : `reply-${parentId}-body`
  const error = errorFor('body')
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="bt-comment-form">
      <FormError message={mine?.fieldErrors?.body ? undefined : mine?.formError} />
      <input type="hidden" name="parentId" value={parentId ?? ''} readOnly />
      <FieldShell id={id} label={parentId === null ? 'Uw reactie' : 'Uw antwoord'} hint={MENTION_HINT} error={error}>
        {(describedBy) => (
          <MentionTextarea
            id={id}
            people={people}
            registration={form.register('body')}
            onInsert={(text) => form.setValue('body', text)}
            describedBy={describedBy}
            invalid={Boolean(error)}
            defaultValue={typeof mine?.values.body === 'string' ? mine.values.body : ''}
          />
        )}
      </FieldShell>
      <Button type="submit" name="intent" value="reactie" appearance="secondary-action-button" disabled={busy}>
        {parentId === null ? 'Reactie plaatsen' : 'Antwoord plaatsen'}
      </Button>
    </Form>
  )
}

function CommentBody({ comment }: { comment: Comment }) {
  return (
    <>
      <p className="utrecht-paragraph bt-comment__meta">
        <strong>{comment.authorLabel}</strong>, {formatDateTime(comment.createdAt)}
      </p>
      <p className="utrecht-paragraph bt-pre">{comment.body}</p>
    </>
  )
}

/** The region's conversation about an agreement: comments with one level of replies. */
export function Comments({
  comments,
  canComment,
  failure,
  people,
}: {
  comments: readonly Comment[]
  canComment: boolean
  failure?: PostedFailure
  people: readonly Mentionable[]
}) {
  const topLevel = comments.filter((c) => c.parentId === null)
  const repliesTo = (id: number) => comments.filter((c) => c.parentId === id)
  return (
    <section aria-labelledby="reacties" className="bt-section">
      <Heading2 id="reacties">Reacties</Heading2>
      <Paragraph>Reacties zijn alleen zichtbaar voor de regio zelf en haar VNG-regioadviseur.</Paragraph>
      {topLevel.length === 0 ? <Paragraph>Er zijn nog geen reacties.</Paragraph> : null}
      <ol className="bt-comments">
        {topLevel.map((c) => {
          const replies = repliesTo(c.id)
          const replyFailed = failure?.intent === 'reactie' && String(failure.values.parentId) === String(c.id)
          return (
            <li key={c.id} id={`reactie-${c.id}`} className="bt-comment">
              <article aria-label={`Reactie van ${c.authorLabel}`}>
                <CommentBody comment={c} />
                {replies.length > 0 ? (
                  <ol className="bt-comments bt-comments--replies">
                    {replies.map((r) => (
                      <li key={r.id} id={`reactie-${r.id}`} className="bt-comment">
                        <article aria-label={`Antwoord van ${r.authorLabel}`}>
                          <CommentBody comment={r} />
                        </article>
                      </li>
                    ))}
                  </ol>
                ) : null}
                {canComment ? (
                  <details className="bt-reply" open={replyFailed || undefined}>
                    <summary>Antwoorden op deze reactie</summary>
                    <CommentForm key={replies.length} parentId={c.id} failure={failure} people={people} />
                  </details>
                ) : null}
              </article>
            </li>
          )
        })}
      </ol>
      {canComment ? (
        <>
          <h3 className="utrecht-heading-3">Nieuwe reactie</h3>
          <CommentForm key={topLevel.length} parentId={null} failure={failure} people={people} />
        </>
      ) : null}
    </section>
  )
}

/** A posted value as text: a string stays, anything else (absent, a number the API echoed) as its digits or ''. */
function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

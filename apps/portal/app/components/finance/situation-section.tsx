import { SITUATION_QUESTIONS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { TextAreaField } from '#app/components/form-field.tsx'
import { formatIsoDate } from '#app/lib/format.ts'
import type { FormFailure } from '#app/lib/forms.ts'
import { SectionForm } from './section-form.tsx'
import { errorAt, postedAt, type AgreementView } from './types.ts'

/** Item 1: the handreiking's questions on the current situation, each answered with its date and author. */
export function SituationSection({ agreement, failure }: { agreement: AgreementView; failure: FormFailure | undefined }) {
  const answers = agreement.content.situation
  return (
    <section aria-labelledby="huidige-situatie" className="bt-section">
      <Heading2 id="huidige-situatie">1. De huidige situatie</Heading2>
      <Paragraph className="bt-muted">De vragen uit de handreiking om de huidige situatie in kaart te brengen: de basis voor de financiële afspraken.</Paragraph>
      {answers.length === 0 ? <Paragraph>Nog geen vraag beantwoord.</Paragraph> : null}
      <dl className="bt-finance-answers">
        {SITUATION_QUESTIONS.map((q) => {
          const answer = answers.find((a) => a.question === q.key)
          if (!answer) return null
          return (
            <div key={q.key}>
              <dt>{q.label}</dt>
              <dd>
                <p className="utrecht-paragraph bt-prewrap">{answer.answer}</p>
                <p className="utrecht-paragraph bt-muted">
                  {formatIsoDate(answer.answeredOn)}, {answer.author}
                </p>
              </dd>
            </div>
          )
        })}
      </dl>
      {agreement.canEdit ? (
        <SectionForm
          section="situation"
          label="De huidige situatie"
          version={agreement.version}
          failure={failure}
          conflictRows={(saved) =>
            SITUATION_QUESTIONS.map((q) => ({
              label: q.label,
              current: saved.content.situation.find((a) => a.question === q.key)?.answer || '(leeg)',
              yours: postedAt(failure, `answers.${q.key}`) || '(leeg)',
            }))
          }
        >
          {SITUATION_QUESTIONS.map((q) => {
            const id = `situatie-${q.key}`
            const error = errorAt(failure, `answers.${q.key}`)
            return (
              <TextAreaField
                key={q.key}
                id={id}
                name={`answers.${q.key}`}
                label={q.label}
                rows={3}
                className="bt-textarea"
                defaultValue={postedAt(failure, `answers.${q.key}`) ?? answers.find((a) => a.question === q.key)?.answer ?? ''}
                error={error}
              />
            )
          })}
        </SectionForm>
      ) : null}
    </section>
  )
}

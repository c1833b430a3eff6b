import { NVO_LEVELS, NVO_LEVEL_DETAILS } from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError, TextAreaField } from '#app/components/form-field.tsx'
import { useValidatedForm } from '#app/lib/forms.ts'
import type { PostedFailure } from './types.ts'

/** The level form of one NvO agreement: every level as a radio button with its label and definition. */
export function LevelForm({
  nvoAgreement,
  title,
  current,
  failure,
}: {
  nvoAgreement: string
  title: string
  current: { level: number; explanation: string; version: number } | undefined
  failure?: PostedFailure
}) {
  const mine = failure?.values.nvoAgreement === nvoAgreement ? failure : undefined
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors: mine?.fieldErrors })
  const busy = useNavigation().state === 'submitting'
  const postedLevel = typeof mine?.values.level === 'string' ? Number(mine.values.level) : undefined
  const checkedLevel = postedLevel ?? current?.level
  const levelError = errorFor('level')
  const explanationError = errorFor('explanation')
  const groupId = `level-${nvoAgreement}`
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="bt-level-form">
      <FormError message={mine && !mine.fieldErrors ? mine.formError : undefined} />
      <input type="hidden" name="nvoAgreement" value={nvoAgreement} readOnly />
      <input type="hidden" name="version" value={current?.version ?? ''} readOnly />
      <fieldset
        className={`utrecht-form-fieldset bt-group bt-field${levelError ? ' utrecht-form-fieldset--invalid' : ''}`}
        aria-describedby={levelError ? `${groupId}-error` : undefined}
      >
        <legend className="utrecht-form-fieldset__legend">Niveau voor {title}</legend>
        {levelError ? (
          <div className="utrecht-form-field-error-message bt-field__error" id={`${groupId}-error`}>
            {levelError}
          </div>
        ) : null}
        <ul className="bt-choices bt-choices--single">
          {NVO_LEVELS.map((level) => {
            const id = `${groupId}-${level}`
            return (
              <li key={level}>
                <input
                  type="radio"
                  id={id}
                  value={level}
                  defaultChecked={checkedLevel === level}
                  aria-describedby={`${id}-definition`}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  {...form.register('level')}
                />
                <span>
                  <label htmlFor={id} className="utrecht-form-label utrecht-form-label--radio">
                    {level} – {NVO_LEVEL_DETAILS[level].label}
                  </label>
                  <span className="bt-choice__definition" id={`${id}-definition`}>
                    {NVO_LEVEL_DETAILS[level].definition}
                  </span>
                </span>
              </li>
            )
          })}
        </ul>
      </fieldset>
      <TextAreaField
        id={`${groupId}-explanation`}
        label={`Toelichting bij ${title}`}
        hint="Waarom dit niveau? Wat is er geregeld en wat nog niet?"
        error={explanationError}
        className="bt-wide-input"
        rows={3}
        defaultValue={typeof mine?.values.explanation === 'string' ? mine.values.explanation : (current?.explanation ?? '')}
        {...form.register('explanation')}
      />
      <Button type="submit" name="intent" value="niveau" appearance="secondary-action-button" disabled={busy}>
        Niveau opslaan
      </Button>
    </Form>
  )
}

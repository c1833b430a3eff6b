import { type ConsistencyFinding, type EditionPicture, type PictureItem } from '@bt/domain'
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react'
import { Form, Link } from 'react-router'
import { FormError, TextAreaField } from '#app/components/form-field.tsx'
import { useValidatedForm, type FormFailure } from '#app/lib/forms.ts'

const posted = (failure: FormFailure | undefined, name: string) => (typeof failure?.values[name] === 'string' ? String(failure.values[name]) : undefined)
const fieldId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^\w-]/g, '-')}`

/** The region editor's checks before submitting: each contradiction with its explanation field; save or submit. */
export function FindingsForm({
  preview,
  failure,
  regionSlug,
}: {
  preview: { findings: ConsistencyFinding[]; explanations: Record<string, string>; version: number; picture: EditionPicture }
  failure?: FormFailure
  regionSlug: string
}) {
  const mine = failure?.intent === 'save' || failure?.intent === 'submit' ? failure : undefined
  return (
    <section aria-labelledby="controles" className="bt-section">
      <Heading2 id="controles">Controles voor het indienen</Heading2>
      {preview.findings.length === 0 ? (
        <Paragraph>Er zijn geen tegenstrijdigheden gevonden. U kunt het beeld indienen.</Paragraph>
      ) : (
        <Paragraph>
          Los elke tegenstrijdigheid op in de gegevens van de regio (bijvoorbeeld de <Link to={`/regio/${regionSlug}/niveaus`}>NvO-niveaus</Link>) of
          licht haar toe.
        </Paragraph>
      )}
      <Form method="post" noValidate className="bt-stack">
        <FormError message={mine?.formError} />
        <input type="hidden" name="version" value={preview.version} readOnly />
        {preview.findings.map((f) => {
          const name = `explanation:${f.key}`
          const error = mine?.fieldErrors?.[`explanations.${f.key}`]?.[0]
          const id = fieldId('toelichting', f.key)
          return (
            <TextAreaField key={f.key} id={id} name={name} label={f.message} hint="Toelichting (minstens 5 tekens) als u het gegeven niet aanpast." error={error} rows={3} className="bt-textarea" defaultValue={posted(mine, name) ?? preview.explanations[f.key] ?? ''} />
          )
        })}
        <div className="bt-actions">
          <Button type="submit" name="intent" value="save" appearance="secondary-action-button">
            Opslaan
          </Button>
          <Button type="submit" name="intent" value="submit" appearance="primary-action-button">
            Beeld indienen
          </Button>
        </div>
      </Form>
    </section>
  )
}

/** The adviser's review: a comment per item to return the picture, or approve it. */
export function ReviewForms({ items, version, failure }: { items: PictureItem[]; version: number; failure?: FormFailure }) {
  const mine = failure?.intent === 'return' || failure?.intent === 'approve' ? failure : undefined
  // The route action checks the comments and answers field errors (ADR 040).
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors: mine?.intent === 'return' ? mine.fieldErrors : undefined })
  const commentsError = errorFor('comments')
  return (
    <section aria-labelledby="beoordelen" className="bt-section">
      <Heading2 id="beoordelen">Beoordelen</Heading2>
      <FormError message={commentsError ?? (mine && !mine.fieldErrors ? mine.formError : undefined)} />
      <Form method="post" noValidate className="bt-stack">
        <input type="hidden" name="version" value={version} readOnly />
        <Button type="submit" name="intent" value="approve" appearance="primary-action-button">
          Goedkeuren
        </Button>
      </Form>
      <details className="bt-review" open={mine?.intent === 'return' || undefined}>
        <summary>Terugsturen met opmerkingen per onderdeel</summary>
        <Form method="post" noValidate className="bt-stack" onSubmit={onSubmit}>
          <input type="hidden" name="version" value={version} readOnly />
          {items.map((item) => {
            const id = fieldId('opmerking', item.key)
            const name = `comment:${item.key}`
            const error = errorFor(name)
            return (
              <TextAreaField key={item.key} id={id} label={`Opmerking bij ${item.label}`} error={error} rows={2} className="bt-textarea" defaultValue={posted(mine, name) ?? ''} {...form.register(name)} />
            )
          })}
          <Button type="submit" name="intent" value="return" appearance="secondary-action-button">
            Terugsturen
          </Button>
        </Form>
      </details>
    </section>
  )
}

/** The region confirms the approved picture, disputing items with a reason each. */
export function ConfirmForm({ items, version, failure }: { items: PictureItem[]; version: number; failure?: FormFailure }) {
  const mine = failure?.intent === 'confirm' ? failure : undefined
  const disputed = new Set([mine?.values.dispute ?? []].flat())
  // The route action asks a reason at each ticked item (field errors per item).
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors: mine?.fieldErrors })
  return (
    <section aria-labelledby="bevestigen" className="bt-section">
      <Heading2 id="bevestigen">Bevestigen of betwisten</Heading2>
      <Paragraph>
        Bevestig het beeld. Vink een onderdeel aan dat de regio niet aanvaardt en geef de reden: betwiste onderdelen blijven
        naast het beeld zichtbaar.
      </Paragraph>
      <Form method="post" noValidate className="bt-stack" onSubmit={onSubmit}>
        <FormError message={mine && !mine.fieldErrors ? mine.formError : undefined} />
        <input type="hidden" name="version" value={version} readOnly />
        {items.map((item) => {
          const id = fieldId('betwist', item.key)
          const reasonError = errorFor(`reason:${item.key}`)
          return (
            <fieldset key={item.key} className="utrecht-form-fieldset bt-group bt-dispute">
              <legend className="utrecht-form-fieldset__legend">{item.label}</legend>
              <div className="bt-check">
                <input type="checkbox" id={id} value={item.key} defaultChecked={disputed.has(item.key)} className="utrecht-checkbox utrecht-checkbox--html-input" {...form.register('dispute')} />
                <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
                  Betwisten
                </label>
              </div>
              <TextAreaField id={`${id}-reden`} label="Reden" error={reasonError} rows={2} className="bt-textarea" defaultValue={posted(mine, `reason:${item.key}`) ?? ''} {...form.register(`reason:${item.key}`)} />
            </fieldset>
          )
        })}
        <Button type="submit" name="intent" value="confirm" appearance="primary-action-button">
          Beeld bevestigen
        </Button>
      </Form>
    </section>
  )
}

import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { Form, createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { useValidatedForm } from '#app/lib/forms.ts'
import { ChoiceField, SelectField, TextAreaField, TextField } from './form-field.tsx'

interface Values {
  stage: string
  body: string
}

/** A form as the portal's forms register their fields: react-hook-form reads the DOM through the ref. */
function Probe({ onValues, errors = {} }: { onValues: (values: Values) => void; errors?: Partial<Record<keyof Values, string>> }) {
  const form = useForm<Values>({ defaultValues: { stage: 'concept', body: '' } })
  return (
    <form onSubmit={(event) => void form.handleSubmit(onValues)(event)}>
      <SelectField id="stage" label="Stadium" hint="Kies een stadium." error={errors.stage} {...form.register('stage')}>
        <option value="concept">Concept</option>
        <option value="vastgesteld">Vastgesteld</option>
      </SelectField>
      <TextAreaField id="body" label="Tekst" error={errors.body} className="bt-textarea" rows={3} {...form.register('body')} />
      <button type="submit">Opslaan</button>
    </form>
  )
}

afterEach(cleanup)

describe('SelectField and TextAreaField', () => {
  it('pass the registration through, so the form reads what was chosen and typed', async () => {
    let submitted: Values | undefined
    render(<Probe onValues={(values) => (submitted = values)} />)
    fireEvent.change(screen.getByLabelText('Stadium'), { target: { value: 'vastgesteld' } })
    fireEvent.change(screen.getByLabelText('Tekst'), { target: { value: 'De afspraak' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }))
    })
    expect(submitted).toEqual({ stage: 'vastgesteld', body: 'De afspraak' })
  })

  it('tie the hint and the error to the control and mark it invalid', () => {
    render(<Probe onValues={() => undefined} errors={{ stage: 'Kies een stadium uit de lijst.', body: 'Te lang.' }} />)
    const select = screen.getByLabelText('Stadium')
    expect(select.getAttribute('aria-invalid')).toBe('true')
    expect(select.getAttribute('aria-describedby')).toBe('stage-hint stage-error')
    expect(select.className).toBe('utrecht-select utrecht-select--html-select utrecht-select--invalid')
    const body = screen.getByLabelText('Tekst')
    expect(body.getAttribute('aria-describedby')).toBe('body-error')
    expect(body.className).toBe('utrecht-textarea utrecht-textarea--html-textarea bt-textarea utrecht-textarea--invalid')
    expect(screen.getByText('Te lang.').id).toBe('body-error')
  })

  it('leave a valid control unmarked', () => {
    render(<Probe onValues={() => undefined} />)
    const select = screen.getByLabelText('Stadium')
    expect(select.getAttribute('aria-invalid')).toBeNull()
    expect(select.className).toBe('utrecht-select utrecht-select--html-select')
  })
})

/** A login-like form whose fields are bound with `field`, as the portal's pages do. */
function BoundProbe({ serverErrors }: { serverErrors?: Record<string, string[]> }) {
  const { onSubmit, field } = useValidatedForm({ serverErrors })
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <TextField label="E-mailadres" type="email" hint="Uw werkadres." {...field('email')} />
      <TextField label="Nieuwe datum" type="date" {...field('newDate', 'delay-newDate')} />
      <button type="submit">Versturen</button>
    </Form>
  )
}

describe('TextField bound with useValidatedForm().field', () => {
  it('takes the name as id unless given one, and posts what was typed under the name', async () => {
    let posted: Record<string, FormDataEntryValue> | undefined
    const Stub = createRoutesStub([
      {
        path: '/',
        Component: () => <BoundProbe />,
        action: async ({ request }) => {
          posted = Object.fromEntries(await request.formData())
          return null
        },
      },
    ])
    render(<Stub />)
    const email = await screen.findByLabelText('E-mailadres')
    expect(email.id).toBe('email')
    expect(email.getAttribute('name')).toBe('email')
    const date = screen.getByLabelText('Nieuwe datum')
    expect(date.id).toBe('delay-newDate')
    expect(date.getAttribute('name')).toBe('newDate')
    expect(email.getAttribute('aria-invalid')).toBeNull()
    expect(email.getAttribute('aria-describedby')).toBe('email-hint')
    fireEvent.change(email, { target: { value: 'a@example.nl' } })
    fireEvent.change(date, { target: { value: '2027-01-31' } })
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }))
    await waitFor(() => expect(posted).toEqual({ email: 'a@example.nl', newDate: '2027-01-31' }))
  })

  it('shows the server message for the name and ties it to the control', async () => {
    const Stub = createRoutesStub([{ path: '/', Component: () => <BoundProbe serverErrors={{ newDate: ['Kies een datum.'] }} /> }])
    render(<Stub />)
    const date = await screen.findByLabelText('Nieuwe datum')
    expect(date.getAttribute('aria-invalid')).toBe('true')
    expect(date.getAttribute('aria-describedby')).toBe('delay-newDate-error')
    expect(screen.getByText('Kies een datum.').id).toBe('delay-newDate-error')
    expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBeNull()
  })
})

describe('ChoiceField', () => {
  it('renders a radio button or checkbox in the choice pattern, labelled by its own label', () => {
    render(
      <>
        <ChoiceField type="radio" id="visibility-private" name="visibility" value="private" label="Alleen ik" defaultChecked />
        <ChoiceField type="checkbox" id="wlzOrigins-bw" name="wlzOrigins" value="bw" label="Uit beschermd wonen" />
      </>,
    )
    const radio = screen.getByLabelText('Alleen ik')
    expect(radio.getAttribute('type')).toBe('radio')
    expect(radio.className).toBe('utrecht-radio-button utrecht-radio-button--html-input')
    expect(radio).toHaveProperty('checked', true)
    expect(radio.getAttribute('name')).toBe('visibility')
    expect(radio.parentElement?.className).toBe('utrecht-form-field utrecht-form-field--radio bt-choice')
    expect(screen.getByText('Alleen ik').className).toBe('utrecht-form-label utrecht-form-label--radio')
    const box = screen.getByLabelText('Uit beschermd wonen')
    expect(box.getAttribute('type')).toBe('checkbox')
    expect(box.className).toBe('utrecht-checkbox utrecht-checkbox--html-input')
    expect(box).toHaveProperty('checked', false)
    expect(box.parentElement?.className).toBe('utrecht-form-field utrecht-form-field--checkbox bt-choice')
    expect(screen.getByText('Uit beschermd wonen').className).toBe('utrecht-form-label utrecht-form-label--checkbox')
  })
})

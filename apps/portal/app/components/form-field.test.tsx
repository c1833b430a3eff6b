import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { SelectField, TextAreaField } from './form-field.tsx'

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

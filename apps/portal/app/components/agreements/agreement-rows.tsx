import { PARTNER_KINDS } from '@bt/domain'
import type { ReactNode } from 'react'
import { useFieldArray, type Control, type FieldValues, type UseFormRegisterReturn } from 'react-hook-form'
import { SelectField, TextField } from '#app/components/form-field.tsx'
import { isFilledRow } from './form-values.ts'
import { partnerKindLabel } from './labels.ts'

/** What the rows need of the form: its state, its inputs' registration, its messages, and the rows as typed now. */
interface RowsProps {
  control: Control<FieldValues>
  live: readonly Record<string, string>[]
  reg: (name: string) => UseFormRegisterReturn
  errorFor: (name: string) => string | undefined
}

/**
 * Error paths of partner and milestone rows count filled rows only (the schema drops empty ones), so
 * row `index` on screen maps to the position among the filled rows before it.
 */
function filledIndex(rows: readonly Record<string, string>[], index: number): number {
  return rows.slice(0, index).filter(isFilledRow).length
}

/** Rows as the form holds them: a list of records of texts (anything else means no rows typed yet). */
export function isRowList(value: unknown): value is Record<string, string>[] {
  return Array.isArray(value) && value.every((row) => typeof row === 'object' && row !== null)
}

/** A text cell of a field-array row (react-hook-form types the rows loosely). */
function cellOf(row: object, key: string): string {
  const value: unknown = Reflect.get(row, key)
  return typeof value === 'string' ? value : ''
}

/**
 * A button that adds or removes a row. Without JavaScript it posts the form with its `intent`
 * ("add-partner", "remove-partner-2") and the route shows the form again with the row changed and
 * everything typed kept; with JavaScript it changes the rows in place.
 */
function RowButton({ intent, onClick, children }: { intent: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      formNoValidate
      className="utrecht-button utrecht-button--subtle bt-row-button"
      onClick={(event) => {
        event.preventDefault()
        onClick()
      }}
    >
      {children}
    </button>
  )
}

/** The partner rows: a name and a kind each; empty rows are skipped; rows can be added and removed. */
export function PartnerRows({ control, live, reg, errorFor }: RowsProps) {
  const rows = useFieldArray({ control, name: 'fields.partners' })
  return (
    <fieldset id="partners" className="utrecht-form-fieldset bt-group bt-field" aria-describedby="partners-hint">
      <legend className="utrecht-form-fieldset__legend">Partners</legend>
      <div className="bt-field__hint" id="partners-hint">
        Met wie is de afspraak gemaakt? Vul per partner een naam en het soort in; lege rijen worden overgeslagen.
      </div>
      {rows.fields.map((row, i) => {
        const at = filledIndex(live, i)
        const filled = isFilledRow(live[i] ?? { name: cellOf(row, 'name'), kind: cellOf(row, 'kind') })
        const nameError = filled ? errorFor(`fields.partners.${at}.name`) : undefined
        const kindError = filled ? errorFor(`fields.partners.${at}.kind`) : undefined
        return (
          <div className="bt-row" key={row.id}>
            <TextField
              id={`partner-${i}-name`}
              label={`Naam partner ${i + 1}`}
              autoComplete="off"
              defaultValue={cellOf(row, 'name')}
              error={nameError}
              {...reg(`fields.partners.${i}.name`)}
            />
            <SelectField
              id={`partner-${i}-kind`}
              label={`Soort partner ${i + 1}`}
              error={kindError}
              defaultValue={cellOf(row, 'kind')}
              {...reg(`fields.partners.${i}.kind`)}
            >
              <option value="">Kies het soort</option>
              {PARTNER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {partnerKindLabel(k)}
                </option>
              ))}
            </SelectField>
            <RowButton intent={`remove-partner-${i}`} onClick={() => rows.remove(i)}>
              Partner {i + 1} verwijderen
            </RowButton>
          </div>
        )
      })}
      <RowButton intent="add-partner" onClick={() => rows.append({ name: '', kind: '' })}>
        Partner toevoegen
      </RowButton>
    </fieldset>
  )
}

/** The milestone rows: a date and a description each; empty rows are skipped; rows can be added and removed. */
export function MilestoneRows({ control, live, reg, errorFor }: RowsProps) {
  const rows = useFieldArray({ control, name: 'fields.milestones' })
  return (
    <fieldset id="milestones" className="utrecht-form-fieldset bt-group bt-field" aria-describedby="milestones-hint">
      <legend className="utrecht-form-fieldset__legend">Mijlpalen</legend>
      <div className="bt-field__hint" id="milestones-hint">
        Tussenstappen op weg naar de geplande datum, elk met een datum en een korte omschrijving; lege rijen worden
        overgeslagen.
      </div>
      {rows.fields.map((row, i) => {
        const at = filledIndex(live, i)
        const filled = isFilledRow(live[i] ?? { date: cellOf(row, 'date'), label: cellOf(row, 'label') })
        const dateError = filled ? errorFor(`fields.milestones.${at}.date`) : undefined
        const labelError = filled ? errorFor(`fields.milestones.${at}.label`) : undefined
        return (
          <div className="bt-row" key={row.id}>
            <TextField
              id={`milestone-${i}-date`}
              type="date"
              label={`Datum mijlpaal ${i + 1}`}
              defaultValue={cellOf(row, 'date')}
              error={dateError}
              {...reg(`fields.milestones.${i}.date`)}
            />
            <TextField
              id={`milestone-${i}-label`}
              label={`Omschrijving mijlpaal ${i + 1}`}
              autoComplete="off"
              defaultValue={cellOf(row, 'label')}
              error={labelError}
              {...reg(`fields.milestones.${i}.label`)}
            />
            <RowButton intent={`remove-milestone-${i}`} onClick={() => rows.remove(i)}>
              Mijlpaal {i + 1} verwijderen
            </RowButton>
          </div>
        )
      })}
      <RowButton intent="add-milestone" onClick={() => rows.append({ date: '', label: '' })}>
        Mijlpaal toevoegen
      </RowButton>
    </fieldset>
  )
}

import { PARTNER_KINDS } from '@bt/domain'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { FieldShell, TextField } from '#app/components/form-field.tsx'
import { isFilledRow } from './form-values.ts'
import { partnerKindLabel } from './labels.ts'

/** What the rows need of the form: its inputs' registration, its messages, and the rows as typed now. */
interface RowsProps<Row> {
  rows: readonly Row[]
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

/** The partner rows: a name and a kind each; empty rows are skipped. */
export function PartnerRows({ rows: partners, live: livePartners, reg, errorFor }: RowsProps<{ name: string; kind: string }>) {
  return (
    <fieldset id="partners" className="utrecht-form-fieldset bt-group bt-field" aria-describedby="partners-hint">
      <legend className="utrecht-form-fieldset__legend">Partners</legend>
      <div className="bt-field__hint" id="partners-hint">
        Met wie is de afspraak gemaakt? Vul per partner een naam en het soort in; lege rijen worden overgeslagen.
      </div>
      {partners.map((row, i) => {
        const at = filledIndex(livePartners, i)
        const filled = isFilledRow(livePartners[i] ?? row)
        const nameError = filled ? errorFor(`fields.partners.${at}.name`) : undefined
        const kindError = filled ? errorFor(`fields.partners.${at}.kind`) : undefined
        return (
          <div className="bt-row" key={i}>
            <TextField
              id={`partner-${i}-name`}
              label={`Naam partner ${i + 1}`}
              autoComplete="off"
              defaultValue={row.name}
              error={nameError}
              {...reg(`fields.partners.${i}.name`)}
            />
            <FieldShell id={`partner-${i}-kind`} label={`Soort partner ${i + 1}`} error={kindError}>
              {(describedBy) => (
                <select
                  id={`partner-${i}-kind`}
                  className={`utrecht-select utrecht-select--html-select${kindError ? ' utrecht-select--invalid' : ''}`}
                  aria-invalid={kindError ? true : undefined}
                  aria-describedby={describedBy}
                  defaultValue={row.kind}
                  {...reg(`fields.partners.${i}.kind`)}
                >
                  <option value="">Kies het soort</option>
                  {PARTNER_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {partnerKindLabel(k)}
                    </option>
                  ))}
                </select>
              )}
            </FieldShell>
          </div>
        )
      })}
    </fieldset>
  )
}

/** The milestone rows: a date and a description each; empty rows are skipped. */
export function MilestoneRows({ rows: milestones, live: liveMilestones, reg, errorFor }: RowsProps<{ date: string; label: string }>) {
  return (
    <fieldset id="milestones" className="utrecht-form-fieldset bt-group bt-field" aria-describedby="milestones-hint">
      <legend className="utrecht-form-fieldset__legend">Mijlpalen</legend>
      <div className="bt-field__hint" id="milestones-hint">
        Tussenstappen op weg naar de geplande datum, elk met een datum en een korte omschrijving; lege rijen worden
        overgeslagen.
      </div>
      {milestones.map((row, i) => {
        const at = filledIndex(liveMilestones, i)
        const filled = isFilledRow(liveMilestones[i] ?? row)
        const dateError = filled ? errorFor(`fields.milestones.${at}.date`) : undefined
        const labelError = filled ? errorFor(`fields.milestones.${at}.label`) : undefined
        return (
          <div className="bt-row" key={i}>
            <TextField
              id={`milestone-${i}-date`}
              type="date"
              label={`Datum mijlpaal ${i + 1}`}
              defaultValue={row.date}
              error={dateError}
              {...reg(`fields.milestones.${i}.date`)}
            />
            <TextField
              id={`milestone-${i}-label`}
              label={`Omschrijving mijlpaal ${i + 1}`}
              autoComplete="off"
              defaultValue={row.label}
              error={labelError}
              {...reg(`fields.milestones.${i}.label`)}
            />
          </div>
        )
      })}
    </fieldset>
  )
}

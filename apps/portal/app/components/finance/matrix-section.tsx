import { MATRIX_EFFECTS } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { SelectField, TextAreaField } from '#app/components/form-field.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import { ChoiceOptions, SectionForm } from './section-form.tsx'
import { errorAt, optionLabel, postedAt, type AgreementView } from './types.ts'

/** The matrix as the API gives it: each option's effects from the administrator's reference texts. */
export interface MatrixRow {
  key: string
  label: string
  options: { key: string; label: string; effects: { key: string; text: string }[] }[]
}

/**
 * Item 2: the handreiking's choice matrix as one table (printable: rows never split) with the
 * region's chosen option per choice and its reasoning.
 */
export function MatrixSection({ agreement, matrix, failure }: { agreement: AgreementView; matrix: readonly MatrixRow[]; failure: FormFailure | undefined }) {
  const chosen = (row: string) => agreement.content.matrix.find((m) => m.row === row)
  const th = 'utrecht-table__header-cell'
  return (
    <section aria-labelledby="keuzematrix" className="bt-section">
      <Heading2 id="keuzematrix">2. Keuzematrix</Heading2>
      <Paragraph className="bt-muted">
        Hoe de positie van de centrumgemeente, de spreiding van het aanbod en het perspectief op vastgoed samenhangen: per deelkeuze de effecten
        zoals de handreiking ze noemt (+ kans, − risico), en de keuze van de regio.
      </Paragraph>
      <TableScroll label="Keuzematrix">
        <table className="utrecht-table utrecht-table--html-table bt-print-table bt-finance-matrix">
          <caption className="utrecht-table__caption">Keuzematrix met de keuze van de regio</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>Keuze</th>
              <th scope="col" className={th}>Deelkeuze</th>
              {MATRIX_EFFECTS.map((e) => (
                <th key={e.key} scope="col" className={th}>{e.label}</th>
              ))}
              <th scope="col" className={th}>Keuze van de regio</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {matrix.flatMap((row) =>
              row.options.map((option, i) => {
                const pick = chosen(row.key)
                const isChosen = pick?.option === option.key
                return (
                  <tr key={`${row.key}-${option.key}`} className={`utrecht-table__row${isChosen ? ' bt-finance-chosen' : ''}`}>
                    {i === 0 ? (
                      <th scope="rowgroup" rowSpan={row.options.length} className={th}>{row.label}</th>
                    ) : null}
                    <th scope="row" className={th}>{option.label}</th>
                    {option.effects.map((e) => (
                      <td key={e.key} className="utrecht-table__cell">{e.text}</td>
                    ))}
                    <td className="utrecht-table__cell">
                      {isChosen ? (
                        <>
                          <strong>Gekozen.</strong> {pick.reasoning}
                        </>
                      ) : (
                        <span className="bt-muted">—</span>
                      )}
                    </td>
                  </tr>
                )
              }),
            )}
          </tbody>
        </table>
      </TableScroll>
      {agreement.canEdit ? (
        <SectionForm
          section="matrix"
          label="Keuzes in de matrix"
          version={agreement.version}
          failure={failure}
          conflictRows={(saved) =>
            matrix.map((row) => {
              const savedPick = saved.content.matrix.find((m) => m.row === row.key)
              return {
                label: row.label,
                current: `${optionLabel(row.options, savedPick?.option)}${savedPick?.reasoning ? `: ${savedPick.reasoning}` : ''}`,
                yours: `${optionLabel(row.options, postedAt(failure, `rows.${row.key}.option`))}: ${postedAt(failure, `rows.${row.key}.reasoning`) ?? ''}`,
              }
            })
          }
        >
          {matrix.map((row) => {
            const pick = chosen(row.key)
            const optionError = errorAt(failure, `rows.${row.key}.option`)
            const reasoningError = errorAt(failure, `rows.${row.key}.reasoning`)
            return (
              <fieldset key={row.key} className="bt-fieldset">
                <legend>
                  <Heading3>{row.label}</Heading3>
                </legend>
                <SelectField id={`matrix-${row.key}`} name={`rows.${row.key}.option`} label="Keuze van de regio" defaultValue={postedAt(failure, `rows.${row.key}.option`) ?? pick?.option ?? ''} error={optionError}>
                  <ChoiceOptions options={row.options} empty="Nog geen keuze" />
                </SelectField>
                <TextAreaField
                  id={`matrix-${row.key}-onderbouwing`}
                  name={`rows.${row.key}.reasoning`}
                  label="Onderbouwing"
                  hint="Verplicht bij een keuze."
                  rows={3}
                  className="bt-textarea"
                  defaultValue={postedAt(failure, `rows.${row.key}.reasoning`) ?? pick?.reasoning ?? ''}
                  error={reasoningError}
                />
              </fieldset>
            )
          })}
        </SectionForm>
      ) : null}
    </section>
  )
}

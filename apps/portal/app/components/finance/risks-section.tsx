import { FINANCIAL_RISKS, RISK_LEVELS, RISK_STATUSES, isUnmeasuredHighRisk } from '@bt/domain'
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { FieldShell, TextField } from '#app/components/form-field.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { FormFailure } from '#app/lib/forms.ts'
import { OptionSelect, SectionForm, TextArea } from './section-form.tsx'
import { errorAt, labelOf, postedAt, type AgreementView } from './types.ts'

/** Item 6: the handreiking's risks as the region's register; a high risk without a measure is flagged (and, published, a bottleneck signal). */
export function RisksSection({ agreement, failure }: { agreement: AgreementView; failure: FormFailure | undefined }) {
  const saved = (key: string) => agreement.content.risks.find((r) => r.risk === key)
  const unmeasured = agreement.content.risks.filter(isUnmeasuredHighRisk)
  const th = 'utrecht-table__header-cell'
  return (
    <section aria-labelledby="risicos" className="bt-section">
      <Heading2 id="risicos">6. Financiële risico&apos;s</Heading2>
      {unmeasured.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning" role="status">
          <Paragraph>
            <strong>Hoog risico zonder maatregel:</strong> {unmeasured.map((r) => labelOf(FINANCIAL_RISKS, r.risk)).join('; ')}. Zodra de afspraak is
            gepubliceerd, wordt dit een signaal voor de stuurgroep.
          </Paragraph>
        </div>
      ) : null}
      <TableScroll label="Risicoregister">
        <table className="utrecht-table utrecht-table--html-table bt-print-table">
          <caption className="utrecht-table__caption">Risicoregister</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>Risico</th>
              <th scope="col" className={th}>Inschatting</th>
              <th scope="col" className={th}>Eigenaar</th>
              <th scope="col" className={th}>Maatregel</th>
              <th scope="col" className={th}>Status</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {FINANCIAL_RISKS.map((r) => {
              const risk = saved(r.key)
              return (
                <tr key={r.key} className="utrecht-table__row">
                  <th scope="row" className={th}>{r.label}</th>
                  <td className="utrecht-table__cell">{risk?.level ? labelOf(RISK_LEVELS, risk.level) : 'Niet ingeschat'}</td>
                  <td className="utrecht-table__cell">{risk?.owner || '—'}</td>
                  <td className="utrecht-table__cell">{risk?.measure || (risk && isUnmeasuredHighRisk(risk) ? 'Geen maatregel (hoog risico)' : '—')}</td>
                  <td className="utrecht-table__cell">{labelOf(RISK_STATUSES, risk?.status ?? 'open')}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      {agreement.canEdit ? (
        <SectionForm
          section="risks"
          label="Het risicoregister"
          version={agreement.version}
          failure={failure}
          conflictRows={(current) =>
            FINANCIAL_RISKS.map((r) => {
              const s = current.content.risks.find((x) => x.risk === r.key)
              return {
                label: r.label,
                current: `${s?.level ? labelOf(RISK_LEVELS, s.level) : 'Niet ingeschat'}; ${s?.measure || 'geen maatregel'}`,
                yours: `${labelOf(RISK_LEVELS, postedAt(failure, `risks.${r.key}.level`))}; ${postedAt(failure, `risks.${r.key}.measure`) || 'geen maatregel'}`,
              }
            })
          }
        >
          {FINANCIAL_RISKS.map((r) => {
            const risk = saved(r.key)
            const base = `risks.${r.key}`
            const id = `risico-${r.key}`
            const value = (field: 'level' | 'owner' | 'measure' | 'status', fallback: string) => postedAt(failure, `${base}.${field}`) ?? fallback
            return (
              <fieldset key={r.key} className="bt-fieldset">
                <legend>
                  <Heading3>{r.label}</Heading3>
                </legend>
                <FieldShell id={`${id}-level`} label="Inschatting" error={errorAt(failure, `${base}.level`)}>
                  {(describedBy) => (
                    <OptionSelect id={`${id}-level`} name={`${base}.level`} options={RISK_LEVELS} value={value('level', risk?.level ?? '')} empty="Niet ingeschat" describedBy={describedBy} invalid={Boolean(errorAt(failure, `${base}.level`))} />
                  )}
                </FieldShell>
                <TextField id={`${id}-owner`} name={`${base}.owner`} label="Eigenaar" defaultValue={value('owner', risk?.owner ?? '')} error={errorAt(failure, `${base}.owner`)} />
                <FieldShell id={`${id}-measure`} label="Maatregel" error={errorAt(failure, `${base}.measure`)}>
                  {(describedBy) => (
                    <TextArea id={`${id}-measure`} name={`${base}.measure`} value={value('measure', risk?.measure ?? '')} describedBy={describedBy} invalid={Boolean(errorAt(failure, `${base}.measure`))} />
                  )}
                </FieldShell>
                <FieldShell id={`${id}-status`} label="Status" error={errorAt(failure, `${base}.status`)}>
                  {(describedBy) => (
                    <select id={`${id}-status`} name={`${base}.status`} defaultValue={value('status', risk?.status ?? 'open')} className="utrecht-select utrecht-select--html-select" aria-describedby={describedBy}>
                      {RISK_STATUSES.map((s) => (
                        <option key={s.key} value={s.key}>{s.label}</option>
                      ))}
                    </select>
                  )}
                </FieldShell>
              </fieldset>
            )
          })}
        </SectionForm>
      ) : null}
    </section>
  )
}

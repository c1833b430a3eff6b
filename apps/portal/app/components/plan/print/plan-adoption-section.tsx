import type { RouterOutputs } from '@bt/api'
import { Paragraph } from '@utrecht/component-library-react'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatDateTime, formatDay, formatIsoDate } from '#app/lib/format.ts'
import { PrintSection } from './sections.tsx'

/** The uitvoeringsplan's adoption picture as `plan.get` gives it. */
export type PrintPlanAdoption = RouterOutputs['plan']['get']['planAdoption']

/** The print's section on the councils' adoption of the uitvoeringsplan: which revision, when, confirmed or not. */
export function PlanAdoptionSection({ planAdoption }: { planAdoption: PrintPlanAdoption }) {
  const { currentRevision, councils, adoptedCount } = planAdoption
  return (
    <PrintSection id="vaststelling-plan">
      {currentRevision ? (
        <Paragraph>
          Huidige stand: revisie {currentRevision.number}, gepubliceerd op {formatDateTime(currentRevision.publishedAt)}.{' '}
          {adoptedCount} van {councils.length} gemeenteraden hebben deze stand vastgesteld.
        </Paragraph>
      ) : (
        <Paragraph>Er is nog geen onderdeel van het uitvoeringsplan gepubliceerd, dus nog niets vastgesteld.</Paragraph>
      )}
      <PrintTable caption="Vaststelling van het uitvoeringsplan per gemeenteraad" head={['Gemeente', 'Huidige stand', 'Vaststellingen']}>
        {councils.map((c) => (
          <tr key={c.municipalityCode} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
              {c.municipalityName}
            </th>
            <td className="utrecht-table__cell bt-nowrap">{c.adoptsCurrent ? 'Vastgesteld' : 'Niet vastgesteld'}</td>
            <td className="utrecht-table__cell">
              {c.adoptions.length === 0
                ? '–'
                : c.adoptions
                    .map(
                      (a) =>
                        `revisie ${a.revisionNumber} op ${formatIsoDate(a.decisionDate)}${a.confirmedAt ? `, bevestigd op ${formatDay(a.confirmedAt)}` : ', niet bevestigd'}`,
                    )
                    .join('; ')}
            </td>
          </tr>
        ))}
      </PrintTable>
    </PrintSection>
  )
}

import { Paragraph } from '@utrecht/component-library-react'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatDay, formatIsoDate } from '#app/lib/format.ts'
import { PrintSection } from './sections.tsx'
import type { PrintCouncil, PrintVersion } from './types.ts'

/** The print's section on the regiovisie: the current regiovisie and which councils adopted it. */
export function AdoptionSection({
  currentVersion,
  councils,
  adoptedCount,
}: {
  currentVersion: PrintVersion | null
  councils: readonly PrintCouncil[]
  adoptedCount: number
}) {
  return (
    <PrintSection id="vaststelling">
      {currentVersion ? (
        <Paragraph>
          Huidige versie: versie {currentVersion.number}, &lsquo;{currentVersion.title}&rsquo; van{' '}
          {formatIsoDate(currentVersion.documentDate)}. {adoptedCount} van {councils.length} gemeenteraden hebben deze
          versie vastgesteld.
        </Paragraph>
      ) : (
        <Paragraph>Er is nog geen versie van de regiovisie vastgelegd.</Paragraph>
      )}
      <PrintTable caption="Vaststelling per gemeenteraad" head={['Gemeente', 'Huidige versie', 'Vaststellingen']}>
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
                        `versie ${a.versionNumber} op ${formatIsoDate(a.decisionDate)}${a.confirmedAt ? `, bevestigd op ${formatDay(a.confirmedAt)}` : ', niet bevestigd'}`,
                    )
                    .join('; ')}
            </td>
          </tr>
        ))}
      </PrintTable>
    </PrintSection>
  )
}

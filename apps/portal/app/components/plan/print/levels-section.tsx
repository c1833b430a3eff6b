import { NVO_AGREEMENTS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { nvoLevelTitle, nvoTitle } from '#app/components/plan/labels.ts'
import { PrintTable } from '#app/components/ui/print.tsx'
import type { PrintLevel } from './types.ts'

/** Section 3 of the print: the level the region reached per NvO agreement. */
export function LevelsSection({ levels }: { levels: readonly PrintLevel[] }) {
  const levelOf = new Map(levels.map((l) => [l.nvoAgreement, l]))
  return (
    <section aria-labelledby="niveaus" className="bt-print-section">
      <Heading2 id="niveaus">3. NvO-niveaus</Heading2>
      <Paragraph>Per afspraak uit de Norm voor Opdrachtgeverschap het niveau dat de regio heeft bereikt (0 tot en met 4).</Paragraph>
      <PrintTable caption="Niveau per NvO-afspraak" head={['NvO-afspraak', 'Niveau', 'Toelichting']}>
        {NVO_AGREEMENTS.map((n) => {
          const level = levelOf.get(n.key)
          return (
            <tr key={n.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell bt-print-table__title">
                {nvoTitle(n.key)}
              </th>
              <td className="utrecht-table__cell">{level ? nvoLevelTitle(level.level) : 'Nog niet bepaald'}</td>
              <td className="utrecht-table__cell">{level?.explanation || '–'}</td>
            </tr>
          )
        })}
      </PrintTable>
    </section>
  )
}

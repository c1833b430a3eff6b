import { NVO_AGREEMENTS } from '@bt/domain'
import { Paragraph } from '@utrecht/component-library-react'
import { nvoLevelTitle, nvoTitle } from '#app/components/plan/labels.ts'
import { PrintTable } from '#app/components/ui/print.tsx'
import { PrintSection } from './sections.tsx'
import type { PrintLevel } from './types.ts'

/** The print's section on NvO levels: the level the region reached per NvO agreement. */
export function LevelsSection({ levels }: { levels: readonly PrintLevel[] }) {
  const levelOf = new Map(levels.map((l) => [l.nvoAgreement, l]))
  return (
    <PrintSection id="niveaus">
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
    </PrintSection>
  )
}

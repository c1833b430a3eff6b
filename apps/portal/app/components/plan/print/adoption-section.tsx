import type { RouterOutputs } from '@bt/api'
import { Paragraph } from '@utrecht/component-library-react'
import { PrintTable } from '#app/components/ui/print.tsx'
import { formatDateTime, formatDay, formatIsoDate } from '#app/lib/format.ts'
import { PrintSection } from './sections.tsx'
import type { PrintCouncil, PrintVersion } from './types.ts'

/** The uitvoeringsplan's adoption picture as `plan.get` gives it. */
export type PrintPlanAdoption = RouterOutputs['plan']['get']['planAdoption']

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
      <CouncilsTable
        caption="Vaststelling per gemeenteraad"
        currentColumn="Huidige versie"
        councils={councils}
        what={(a) => `versie ${a.versionNumber}`}
      />
    </PrintSection>
  )
}

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
      <CouncilsTable
        caption="Vaststelling van het uitvoeringsplan per gemeenteraad"
        currentColumn="Huidige stand"
        councils={councils}
        what={(a) => `revisie ${a.revisionNumber}`}
      />
    </PrintSection>
  )
}

interface PrintedAdoption {
  decisionDate: string
  confirmedAt: Date | string | null
}

/** Per member council whether it adopted the current version or revision, and each adoption on one line. */
function CouncilsTable<A extends PrintedAdoption>({
  caption,
  currentColumn,
  councils,
  what,
}: {
  caption: string
  currentColumn: string
  councils: readonly { municipalityCode: string; municipalityName: string; adoptsCurrent: boolean; adoptions: readonly A[] }[]
  /** "versie 3" or "revisie 2": what an adoption adopted. */
  what: (adoption: A) => string
}) {
  return (
    <PrintTable caption={caption} head={['Gemeente', currentColumn, 'Vaststellingen']}>
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
                      `${what(a)} op ${formatIsoDate(a.decisionDate)}${a.confirmedAt ? `, bevestigd op ${formatDay(a.confirmedAt)}` : ', niet bevestigd'}`,
                  )
                  .join('; ')}
          </td>
        </tr>
      ))}
    </PrintTable>
  )
}

import { labelOf, PLAN_ELEMENT_STATUS_LABELS, VALUE_STATE_LABELS, type EditionPicture } from '@bt/domain'
import { Heading3 } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { levelLabel, nvoLabel, planElementLabel, stageLabel } from '#app/components/agreements/labels.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatDecimal, formatIsoDate } from '#app/lib/format.ts'

/** A small captioned table of a picture's part. */
function PartTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <TableScroll label={caption}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((cells, i) => (
            <tr key={i} className="utrecht-table__row">
              {cells.map((cell, j) => (
                <td key={j} className="utrecht-table__cell bt-cell-text">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

const planStatus = (s: string) => labelOf(PLAN_ELEMENT_STATUS_LABELS, s)
const valueState = (s: string) => labelOf(VALUE_STATE_LABELS, s)

/** A region's picture in an edition: levels, adoptions, plan elements, agreements and indicators. */
export function PictureTables({ picture }: { picture: EditionPicture }) {
  return (
    <div className="bt-stack">
      <Heading3>NvO-niveaus</Heading3>
      <PartTable
        caption="NvO-niveaus met de toelichting van de regio"
        head={['Afspraak', 'Niveau', 'Toelichting']}
        rows={picture.levels.map((l) => [nvoLabel(l.nvoAgreement), levelLabel(l.level), l.explanation || '—'])}
      />
      <Heading3>Vaststelling van de regiovisie</Heading3>
      <p className="utrecht-paragraph">
        {picture.adoptions.visionTitle ? `${picture.adoptions.visionTitle}: ` : 'Nog geen regiovisie vastgelegd. '}
        {picture.adoptions.adopted} van de {picture.adoptions.councils} gemeenteraden hebben de regiovisie vastgesteld.
      </p>
      <Heading3>Planonderdelen</Heading3>
      <PartTable caption="Gepubliceerde stand van de planonderdelen" head={['Onderdeel', 'Stand']} rows={picture.planElements.map((p) => [planElementLabel(p.element), planStatus(p.status)])} />
      <Heading3>Afspraken</Heading3>
      {picture.agreements.length === 0 ? (
        <p className="utrecht-paragraph">Geen gepubliceerde afspraken.</p>
      ) : (
        <PartTable
          caption="Gepubliceerde afspraken met stadium en vertraging"
          head={['Afspraak', 'Stadium', 'Uiterste datum', 'Vertragingen', 'Over datum']}
          rows={picture.agreements.map((a) => [a.title, stageLabel(a.stage), a.dueDate ? formatIsoDate(a.dueDate) : '—', String(a.delayCount), a.overdue ? 'Ja' : 'Nee'])}
        />
      )}
      <Heading3>Indicatoren</Heading3>
      {picture.indicators.length === 0 ? (
        <p className="utrecht-paragraph">Geen indicatorwaarden voor de regio.</p>
      ) : (
        <PartTable
          caption="Laatst beschikbare waarde per indicator, met de eigen periode"
          head={['Indicator', 'Periode', 'Waarde', 'Status']}
          rows={picture.indicators.map((i) => [i.label, i.period, i.value === null ? '—' : formatDecimal(i.value), valueState(i.state)])}
        />
      )}
    </div>
  )
}

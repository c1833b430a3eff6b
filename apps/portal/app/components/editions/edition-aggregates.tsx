import { NVO_LEVELS } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { levelLabel, nvoLabel, stageLabel } from '#app/components/agreements/labels.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'

export interface Aggregates {
  regions: number
  withPicture: number
  confirmed: number
  disputedRegions: number
  levels: { nvoAgreement: string; counts: number[]; unknown: number }[]
  agreementsByStage: { stage: string; count: number }[]
  overdueAgreements: number
  delayedAgreements: number
}

/** A frozen edition's national figures (public): how many regions stand at each level, never an average. */
export function EditionAggregates({ aggregates }: { aggregates: Aggregates }) {
  return (
    <section aria-labelledby="landelijk" className="bt-section">
      <Heading2 id="landelijk">Landelijke cijfers</Heading2>
      <Paragraph>
        {aggregates.confirmed} van de {aggregates.regions} regio’s bevestigden hun beeld; {aggregates.disputedRegions} regio’s betwistten
        één of meer onderdelen. {aggregates.overdueAgreements} afspraken waren over de datum, {aggregates.delayedAgreements} vertraagd.
      </Paragraph>
      <TableScroll label="Regio’s per niveau">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Aantal regio’s per NvO-niveau</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Afspraak</th>
              {NVO_LEVELS.map((level) => (
                <th key={level} scope="col" className="utrecht-table__header-cell">
                  {levelLabel(level)}
                </th>
              ))}
              <th scope="col" className="utrecht-table__header-cell">Onbekend</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {aggregates.levels.map((l) => (
              <tr key={l.nvoAgreement} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{nvoLabel(l.nvoAgreement)}</th>
                {l.counts.map((n, i) => (
                  <td key={i} className="utrecht-table__cell">{n}</td>
                ))}
                <td className="utrecht-table__cell">{l.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Afspraken per stadium">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Gepubliceerde afspraken per stadium</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Stadium</th>
              <th scope="col" className="utrecht-table__header-cell">Aantal</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {aggregates.agreementsByStage.map((s) => (
              <tr key={s.stage} className="utrecht-table__row">
                <td className="utrecht-table__cell">{stageLabel(s.stage)}</td>
                <td className="utrecht-table__cell">{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}

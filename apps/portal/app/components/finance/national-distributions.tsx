import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatInteger } from '#app/lib/format.ts'

// The national view of the regions' financial agreements (issue 21 item 7) on building blocks 1 and
// 5: per main choice and matrix row how many regions chose each option, from published agreements.
// Counts, never averages; the regions behind a count for signed-in users only; a distribution over
// fewer than three regions is withheld from anonymous visitors.

interface Distribution {
  key: string
  label: string
  regionsWithChoice: number
  withheld: boolean
  options: { key: string; label: string; count: number | null; regions: { code: string; name: string; slug: string }[] | null }[]
}

export interface NationalFinance {
  regionsTotal: number
  regionsPublished: number
  minRegionsForPublic: number
  signedIn: boolean
  mainChoices: Distribution[]
  matrixRows: Distribution[]
}

export function NationalFinanceSection({ data }: { data: NationalFinance }) {
  return (
    <section aria-labelledby="financiele-afspraken-heading">
      <Heading2 id="financiele-afspraken-heading">Regionale financiële afspraken</Heading2>
      <Paragraph>
        Hoeveel regio&apos;s elke optie kozen in hun gepubliceerde financiële afspraak (VNG-handreiking): {formatInteger(data.regionsPublished)} van de{' '}
        {formatInteger(data.regionsTotal)} regio&apos;s publiceerden een afspraak. Aantallen, geen gemiddelden.
        {data.signedIn ? '' : ` Zonder inloggen ziet u alleen aantallen, en geen verdeling over minder dan ${data.minRegionsForPublic} regio's.`}
      </Paragraph>
      <Heading3>De vier hoofdkeuzes</Heading3>
      {data.mainChoices.map((d) => (
        <DistributionTable key={d.key} distribution={d} regionsTotal={data.regionsTotal} signedIn={data.signedIn} minimum={data.minRegionsForPublic} />
      ))}
      <Heading3>Keuzematrix</Heading3>
      {data.matrixRows.map((d) => (
        <DistributionTable key={d.key} distribution={d} regionsTotal={data.regionsTotal} signedIn={data.signedIn} minimum={data.minRegionsForPublic} />
      ))}
    </section>
  )
}

function DistributionTable({ distribution, regionsTotal, signedIn, minimum }: { distribution: Distribution; regionsTotal: number; signedIn: boolean; minimum: number }) {
  const th = 'utrecht-table__header-cell'
  const num = 'utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data'
  if (distribution.withheld) {
    return (
      <Paragraph>
        {distribution.label}: {distribution.regionsWithChoice === 0 ? 'nog geen regio koos.' : `minder dan ${minimum} regio's kozen; de verdeling is zichtbaar na inloggen.`}
      </Paragraph>
    )
  }
  return (
    <TableScroll label={distribution.label}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{distribution.label}: regio&apos;s per optie</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className={th}>Optie</th>
            <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>Regio&apos;s</th>
            {signedIn ? <th scope="col" className={th}>Welke regio&apos;s</th> : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {distribution.options.map((o) => (
            <tr key={o.key} className="utrecht-table__row">
              <th scope="row" className={th}>{o.label}</th>
              <td className={num}>{o.count === null ? '—' : formatInteger(o.count)}</td>
              {signedIn ? (
                <td className="utrecht-table__cell">
                  {o.regions && o.regions.length > 0
                    ? o.regions.map((r, i) => (
                        <span key={r.code}>
                          {i > 0 ? ', ' : ''}
                          <Link to={`/regio/${r.slug}/financiele-afspraak`}>{r.name}</Link>
                        </span>
                      ))
                    : '—'}
                </td>
              ) : null}
            </tr>
          ))}
          <tr className="utrecht-table__row">
            <th scope="row" className={th}>Geen keuze of geen gepubliceerde afspraak</th>
            <td className={num}>{formatInteger(regionsTotal - distribution.regionsWithChoice)}</td>
            {signedIn ? <td className="utrecht-table__cell">—</td> : null}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  )
}

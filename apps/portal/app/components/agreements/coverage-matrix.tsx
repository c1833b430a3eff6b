import { AGREEMENT_STAGES, CONDITIONS, NVO_AGREEMENTS, type NvoAgreementKey, type NvoThemeKey } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { agreementListHref } from './filters.ts'
import { conditionLabel, levelLabel, nvoLabel, stageLabel, themeLabel } from './labels.ts'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import type { RegionPageAgreements } from '#app/server/region-page-data.server.ts'

type Row = RegionPageAgreements['matrix']['rows'][number]
type Cell = Row['cells'][number]

/**
 * "(1 vastgesteld, 1 concept)": the stages in a cell, in the stage order, in words, one text with a
 * line per stage (the stylesheet keeps its line breaks and wraps nowhere else): a cell is one
 * element less per stage than with a span per stage, and the matrix has dozens of cells (issue 20).
 */
function stageBreakdown(cell: Cell): string {
  const parts = AGREEMENT_STAGES.filter((s) => cell.byStage[s] > 0).map((s) => `${cell.byStage[s]} ${stageLabel(s).toLowerCase()}`)
  return `(${parts.join(',\n')})`
}

function MatrixCell({ slug, row, cell }: { slug: string; row: Row; cell: Cell }) {
  if (cell.total === 0) {
    return (
      <td className="utrecht-table__cell bt-matrix__cell bt-matrix__cell--empty">
        0<span className="bt-visually-hidden"> afspraken</span>
      </td>
    )
  }
  const filter =
    row.kind === 'nvo'
      // Matrix rows are keyed by the NvO agreement or theme they count (the row kind says which).
      ? { nvoAgreement: row.key as NvoAgreementKey, condition: cell.condition }
      : { theme: row.key as NvoThemeKey, condition: cell.condition }
  // A plain link: the filtered list is this page again, and a router <Link> per cell costs render time.
  return (
    <td className="utrecht-table__cell bt-matrix__cell">
      <a href={agreementListHref(slug, filter)}>
        {cell.total}
        <span className="bt-visually-hidden">{cell.total === 1 ? ' afspraak' : ' afspraken'}</span>{' '}
        <span className="bt-matrix__stages">{stageBreakdown(cell)}</span>
      </a>
    </td>
  )
}

function WhiteSpot() {
  return <span className="bt-white-spot">Witte vlek</span>
}

/**
 * The coverage matrix: NvO agreements (with the region's level) and themes against the eight
 * Dannenberg conditions, each cell the agreements by stage in words, linking to the filtered list.
 * White spots are named in text, never marked by colour alone.
 */
export function CoverageMatrix({ slug, matrix, levels }: Pick<RegionPageAgreements, 'matrix' | 'levels'> & { slug: string }) {
  const levelOf = new Map(levels.map((l) => [l.nvoAgreement, l.level]))
  const nvoRows = matrix.rows.filter((r) => r.kind === 'nvo')
  const themeRows = matrix.rows.filter((r) => r.kind === 'theme')
  const whiteConditions = matrix.conditions.filter((c) => c.isWhiteSpot)
  const whiteNvo = nvoRows.filter((r) => r.isWhiteSpot)
  const columns = CONDITIONS.length + 2

  const rowHeader = (row: Row) => {
    if (row.kind === 'theme') return themeLabel(row.key)
    const level = levelOf.get(row.key)
    return (
      <>
        {nvoLabel(row.key)}
        <span className="bt-matrix__level">Niveau: {level === undefined ? 'nog niet bepaald' : levelLabel(level)}</span>
        {row.isWhiteSpot ? <WhiteSpot /> : null}
      </>
    )
  }

  return (
    <section aria-labelledby="dekking" className="bt-section">
      <Heading2 id="dekking">Dekking: afspraken per conditie</Heading2>
      <Paragraph>
        Per NvO-afspraak en per thema het aantal uitvoeringsafspraken voor elk van de acht condities van Dannenberg, met
        hun stadium. Een getal opent de lijst met die afspraken. Een <strong>witte vlek</strong> is een conditie of
        NvO-afspraak zonder enige (niet vervallen) afspraak.
      </Paragraph>
      <div className="bt-white-spots" role="note" aria-label="Witte vlekken">
        <p className="utrecht-paragraph">
          <strong>Witte vlekken:</strong>{' '}
          {whiteConditions.length === 0 && whiteNvo.length === 0 ? 'geen.' : null}
        </p>
        {whiteConditions.length > 0 || whiteNvo.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {whiteConditions.map((c) => (
              <li key={c.condition}>Conditie {conditionLabel(c.condition)}</li>
            ))}
            {whiteNvo.map((r) => (
              <li key={r.key}>NvO-afspraak {nvoLabel(r.key)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <TableScroll label="Dekkingsmatrix, horizontaal scrollbaar">
        <table className="utrecht-table utrecht-table--html-table bt-matrix">
          <caption className="utrecht-table__caption">
            Aantal afspraken per NvO-afspraak en thema (rijen) en conditie (kolommen 1 tot en met 8)
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                NvO-afspraak of thema
              </th>
              {CONDITIONS.map((c) => (
                <th key={c.key} scope="col" className="utrecht-table__header-cell bt-matrix__condition">
                  <abbr title={c.label}>{c.number}</abbr>
                  <span className="bt-visually-hidden">. {c.label}</span>
                </th>
              ))}
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                Totaal
              </th>
            </tr>
          </thead>
          {[
            { title: `De ${NVO_AGREEMENTS.length} NvO-afspraken`, rows: nvoRows },
            { title: `De ${themeRows.length} thema's`, rows: themeRows },
          ].map((group) => (
            <tbody key={group.title} className="utrecht-table__body">
              <tr className="utrecht-table__row bt-matrix__group">
                <th scope="rowgroup" colSpan={columns} className="utrecht-table__header-cell">
                  {group.title}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={`${row.kind}-${row.key}`} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell bt-matrix__row">
                    {rowHeader(row)}
                  </th>
                  {row.cells.map((cell) => (
                    <MatrixCell key={cell.condition} slug={slug} row={row} cell={cell} />
                  ))}
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{row.total}</td>
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot className="utrecht-table__footer">
            <tr className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                Afspraken per conditie
              </th>
              {matrix.conditions.map((c) => (
                <td key={c.condition} className="utrecht-table__cell bt-matrix__cell">
                  {c.total > 0 ? <a href={agreementListHref(slug, { condition: c.condition })}>{c.total}</a> : c.total}
                  {c.isWhiteSpot ? (
                    <>
                      {' '}
                      <WhiteSpot />
                    </>
                  ) : null}
                </td>
              ))}
              <td className="utrecht-table__cell" />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <details className="bt-legend">
        <summary>Wat betekenen de nummers 1 tot en met 8?</summary>
        <ol className="utrecht-ordered-list">
          {CONDITIONS.map((c) => (
            <li key={c.key}>
              <strong>{c.label}</strong>: {c.description}
            </li>
          ))}
        </ol>
      </details>
    </section>
  )
}

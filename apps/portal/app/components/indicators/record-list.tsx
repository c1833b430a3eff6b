import { isOneOf } from '@bt/domain'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

export interface RecordListRow {
  key: string
  label: string
  counts: boolean
  date: string | null
  level: number | null
  stageLabel: string | null
  delayCount: number | null
  agreements: readonly { id: number; title: string }[]
}

export interface RecordList {
  regionName: string
  regionSlug: string
  onDate: string
  numerator: number
  denominator: number
  rows: readonly RecordListRow[]
}

const RECORD_KEYS = ['regional_vision_adopted', 'nvo_agreements_met', 'conditions_covered', 'agreements_on_time'] as const
type RecordKey = (typeof RECORD_KEYS)[number]

/** Whether an indicator is one of the four computed from the records. */
export function isRecordKey(key: string): key is RecordKey {
  return isOneOf(RECORD_KEYS, key)
}

/** Per indicator: the column heads and what decided each record (Dutch). */
const KINDS: Record<RecordKey, { record: string; counts: string; detail: (r: RecordListRow) => string }> = {
  regional_vision_adopted: {
    record: 'Gemeenteraad',
    counts: 'Regiovisie vastgesteld',
    detail: (r) => (r.date ? `vastgesteld op ${formatIsoDate(r.date)}, bevestigd door de gemeente` : 'geen bevestigd raadsbesluit'),
  },
  nvo_agreements_met: {
    record: 'NvO-afspraak',
    counts: 'Niveau 3 of hoger',
    detail: (r) => (r.level === null ? 'geen niveau' : `niveau ${r.level}`),
  },
  conditions_covered: {
    record: 'Conditie',
    counts: 'Minstens één afspraak',
    detail: (r) => (r.agreements.length === 0 ? 'geen gepubliceerde afspraak' : `${r.agreements.length} gepubliceerde ${r.agreements.length === 1 ? 'afspraak' : 'afspraken'}`),
  },
  agreements_on_time: {
    record: 'Afspraak',
    counts: 'Op tijd gerealiseerd',
    detail: (r) =>
      [r.date ? `gepland ${formatIsoDate(r.date)}` : '', r.stageLabel ?? '', r.delayCount ? `${r.delayCount}× uitgesteld` : '']
        .filter(Boolean)
        .join(', '),
  },
}

/**
 * The records that made one region's figure of a record indicator (issue 12 item 3): every council,
 * NvO agreement, condition or agreement that is counted, whether it counts, and why. Published records
 * only; the rows that count over all rows are the figure.
 */
export function RecordListSection({ id, indicatorKey, title, list }: { id: string; indicatorKey: RecordKey; title: string; list: RecordList }) {
  const kind = KINDS[indicatorKey]
  const caption = `Registraties achter ${title}, ${list.regionName}, op ${formatIsoDate(list.onDate)}`
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>Registraties van {list.regionName}</Heading2>
      <Paragraph>
        {list.numerator} van {list.denominator} tellen mee, uit gepubliceerde registraties op {formatIsoDate(list.onDate)}. Concepten tellen nooit mee.
      </Paragraph>
      <TableScroll label={caption}>
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{kind.record}</th>
              <th scope="col" className="utrecht-table__header-cell">{kind.counts}</th>
              <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
              {indicatorKey === 'conditions_covered' ? <th scope="col" className="utrecht-table__header-cell">Afspraken</th> : null}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {list.rows.map((r) => (
              <tr key={r.key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {indicatorKey === 'agreements_on_time' && r.agreements[0] ? <Link to={`/regio/${list.regionSlug}/afspraken/${r.agreements[0].id}`}>{r.label}</Link> : r.label}
                </th>
                <td className="utrecht-table__cell">{r.counts ? 'ja' : 'nee'}</td>
                <td className="utrecht-table__cell">{kind.detail(r)}</td>
                {indicatorKey === 'conditions_covered' ? (
                  <td className="utrecht-table__cell">
                    {r.agreements.length === 0 ? '–' : (
                      <ul className="utrecht-unordered-list">
                        {r.agreements.map((a) => (
                          <li key={a.id}><Link to={`/regio/${list.regionSlug}/afspraken/${a.id}`}>{a.title}</Link></li>
                        ))}
                      </ul>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}

import { BOTTLENECK_STATES, BOTTLENECK_STATE_LABELS, BUILDING_BLOCKS } from '@bt/domain'
import { DataTable, type Column } from '#app/components/ui/data-table.tsx'

type Block = (typeof BUILDING_BLOCKS)[number]

/** Bottlenecks counted per building block (rows) and state (columns): all anonymous visitors see. */
export function CountsTable({ counts }: { counts: readonly { buildingBlock: string; state: string; count: number }[] }) {
  const countOf = (block: string, state: string) => counts.find((c) => c.buildingBlock === block && c.state === state)?.count ?? 0
  return (
    <DataTable caption="Aantal knelpunten per bouwsteen en status" label="Knelpunten per bouwsteen en status" rows={BUILDING_BLOCKS} rowKey={(b) => b.key} columns={[
        { key: 'bouwsteen', header: 'Bouwsteen', rowHeader: true, cell: (b) => `${b.number}. ${b.label}` },
        ...BOTTLENECK_STATES.map((s): Column<Block> => ({ key: s, header: BOTTLENECK_STATE_LABELS[s], numeric: true, cell: (b) => countOf(b.key, s) })),
      ]} />
  )
}

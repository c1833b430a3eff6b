import { BUILDING_BLOCKS, SIGNAL_KIND_INFO, SIGNAL_KINDS } from '@bt/domain'

/** "7. Landelijke afspraken" for a stored building-block key (the key itself when unknown). */
export function blockLabel(key: string): string {
  const block = BUILDING_BLOCKS.find((b) => b.key === key)
  return block ? `${block.number}. ${block.label}` : key
}

/** The Dutch label of a stored signal kind (the kind itself when unknown). */
export function signalKindLabel(kind: string): string {
  const known = SIGNAL_KINDS.find((k) => k === kind)
  return known ? SIGNAL_KIND_INFO[known].label : kind
}

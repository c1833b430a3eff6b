import { z } from 'zod'

/** Keys of the product statuses a building block's sub-line can have (seed 000 §6.4). */
export const STATUS_KEYS = ['done', 'partly_done', 'done_decision_pending', 'pending'] as const

/** One product status of a building block's sub-line. */
export type StatusKey = (typeof STATUS_KEYS)[number]

/** A status: the symbol of the seed's table and a Dutch text label for screen readers and tables. */
export interface Status {
  symbol: string
  label: string
}

// The symbols are the seed's own: √ (U+221A) and ● (U+25CF); a symbol alone is never the only cue.
/** Symbol and Dutch label per status. */
export const STATUSES: Record<StatusKey, Status> = {
  done: { symbol: '√', label: 'Gereed' },
  partly_done: { symbol: '(√)', label: 'Deels gereed' },
  done_decision_pending: { symbol: '√ / ●', label: 'Product gereed, besluit volgt' },
  pending: { symbol: '●', label: 'Nog niet gereed' },
}

/** Validates a status key; the message is Dutch. */
export const StatusKeySchema = z.enum(STATUS_KEYS, { error: 'Kies een bestaande status.' })

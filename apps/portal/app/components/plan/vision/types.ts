import type { RouterOutputs } from '@bt/api'
import type { AttachmentItem } from '#app/components/attachments.tsx'

type Plan = RouterOutputs['plan']['get']

/** A municipality's council with its adoptions of the regiovisie. */
export type Council = Plan['councils'][number]

/** A version of the regiovisie as the page shows it: its text rendered on the server and its attachments. */
export type VisionVersion = Plan['versions'][number] & { html: string; attachments: readonly AttachmentItem[] }

/** The version the adoptions count for now. */
export interface CurrentVersion {
  id: number
  number: number
}

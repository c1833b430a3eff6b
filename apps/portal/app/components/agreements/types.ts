import type { RouterOutputs } from '@bt/api'

/** What the region page gets from `region.agreements`. */
export type RegionAgreements = RouterOutputs['region']['agreements']
/** One agreement as `agreement.get` returns it. */
export type AgreementRecord = RouterOutputs['agreement']['get']
/** An agreement's content (the draft or the published revision). */
export type AgreementContent = AgreementRecord['content']
/** A region's member municipality. */
export type RegionMember = RouterOutputs['region']['bySlug']['members'][number]

/** A form failure as the agreement pages' actions return it (see `agreement-forms.server.ts`). */
export interface PostedFailure {
  intent?: string
  fieldErrors?: Record<string, string[] | undefined>
  formError?: string
  values: Record<string, unknown>
}

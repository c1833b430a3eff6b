import { RegionSlugSchema } from '@bt/domain'
import { notFound } from './api.server.ts'

/** The region slug from the URL; a malformed one names no region (404). */
export function planRegionSlug(params: { slug?: string }): string {
  const slug = RegionSlugSchema.safeParse(params.slug)
  if (!slug.success) notFound('Deze regio bestaat niet.')
  return slug.data
}

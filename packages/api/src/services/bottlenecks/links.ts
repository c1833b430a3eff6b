import { listAgreementTitles, listRegionSlugs, listSubLineBlocks, type DB, type Kysely } from '@bt/db'
import { BUILDING_BLOCK_KEYS } from '@bt/domain'

// Portal paths for the records a signal's evidence or a bottleneck links to, resolved at read time
// (regions are addressed by slug, which an admin may change).

interface Link {
  kind: string
  ref: string
  label: string
}

/** Each link with the portal path it points to, or null when the record is gone. */
export async function withHrefs(db: Kysely<DB>, links: readonly Link[]) {
  const ids = (kind: string) => links.filter((l) => l.kind === kind).map((l) => l.ref)
  const agreementIds = ids('agreement').map(Number).filter(Number.isInteger)
  const subLineIds = ids('sub_line').map(Number).filter(Number.isInteger)
  const [regions, agreements, subLines] = await Promise.all([
    listRegionSlugs(db, { codes: ids('region') }),
    listAgreementTitles(db, { ids: agreementIds }),
    listSubLineBlocks(db, { ids: subLineIds }),
  ])
  const hrefOf = (l: Link): string | null => {
    switch (l.kind) {
      case 'region': {
        const slug = regions.find((r) => r.code === l.ref)?.slug
        return slug ? `/regio/${slug}` : null
      }
      case 'agreement': {
        const slug = agreements.find((a) => String(a.id) === l.ref)?.slug
        return slug ? `/regio/${slug}/afspraken/${l.ref}` : null
      }
      case 'indicator':
        return `/indicatoren/${encodeURIComponent(l.ref)}`
      case 'sub_line': {
        const line = subLines.find((s) => String(s.id) === l.ref)
        const number = line ? BUILDING_BLOCK_KEYS.findIndex((k) => k === line.buildingBlock) + 1 : 0
        return number > 0 ? `/bouwstenen/${number}/onderdelen/${l.ref}` : null
      }
      case 'scenario':
        return `/rekenen/scenario/${encodeURIComponent(l.ref)}`
      case 'signal':
        return `/stuurgroep/signalen/${l.ref}`
      default:
        return null
    }
  }
  // A region link names the region as it is called today.
  const labelOf = (l: Link) => (l.kind === 'region' ? (regions.find((r) => r.code === l.ref)?.name ?? l.label) : l.label)
  return links.map((l) => ({ ...l, label: labelOf(l), href: hrefOf(l) }))
}

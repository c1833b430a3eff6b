import { countPublishedAgreementsWithBlock, listPublishedAgreementsWithBlock, type DB, type Kysely } from '@bt/db'
import type { BuildingBlock } from '@bt/domain'
import type { Context } from '../../context.ts'
import { loadCatalogue } from '../indicators/catalogue.ts'
import { todaysRegions, type ComparisonMeasure, type ComparisonPart, type TodaysRegions } from './comparison-types.ts'
import type { EditionSource } from './derived-as-of.ts'

type Ctx = Pick<Context, 'actor' | 'today'>

/** At most this many agreements are listed on a block page; the count says how many there are. */
export const MAX_LISTED_AGREEMENTS = 200

const AGREEMENTS_MEASURE: ComparisonMeasure = {
  key: 'afspraken',
  name: 'Gepubliceerde afspraken bij deze bouwsteen',
  unit: 'count',
  signed: false,
  definition: 'Aantal gepubliceerde uitvoeringsafspraken van de regio die aan deze bouwsteen zijn gekoppeld.',
}

/** The catalogue's indicators tagged with this block (public: definitions, no figures). */
export async function listRelatedIndicators(db: Kysely<DB>, block: BuildingBlock) {
  const catalogue = await loadCatalogue(db)
  return catalogue
    .filter((i) => i.buildingBlocks.includes(block.number))
    .map((i) => ({ key: i.key, label: i.label, definition: i.definition, unit: i.unit, source: i.source, origin: i.origin }))
}

/**
 * What a signed-in user sees of the regions on a block page: every region of today's indeling with the
 * block's own measures and its published agreements tagged with the block, and those agreements.
 * Null for anonymous visitors (figures per region are region-identifiable).
 */
export async function getRegionComparison(
  db: Kysely<DB>,
  ctx: Ctx,
  block: BuildingBlock,
  ownPart: ComparisonPart | null | Promise<ComparisonPart | null>,
  regionsOf: TodaysRegions = todaysRegions(db, ctx),
  edition: EditionSource | null = null,
) {
  if (ctx.actor === null) return null
  if (edition) return comparisonOfEdition(block, await ownPart, await regionsOf(), edition)
  // The block's own measures may still be computing: the agreements are read meanwhile.
  const [own, regions, counts, agreements] = await Promise.all([
    ownPart,
    regionsOf(),
    countPublishedAgreementsWithBlock(db, { buildingBlock: block.key }),
    listPublishedAgreementsWithBlock(db, { buildingBlock: block.key, limit: MAX_LISTED_AGREEMENTS }),
  ])
  const countOf = new Map(counts.map((c) => [c.regionCode, c.count]))
  return {
    asOf: ctx.today,
    measures: [...(own?.measures ?? []), AGREEMENTS_MEASURE],
    rows: regions.map((r) => {
      const values: Record<string, number | null> = { ...own?.valuesOf(r.code), afspraken: countOf.get(r.code) ?? 0 }
      return { code: r.code, name: r.name, slug: r.slug, values }
    }),
    agreements: {
      total: counts.reduce((sum, c) => sum + c.count, 0),
      listed: agreements.map((a) => ({ ...a, publishedAt: a.publishedAt ?? null })),
    },
  }
}

/** The same comparison as a frozen edition's pictures hold it: the agreements each region's picture tagged with the block. */
function comparisonOfEdition(block: BuildingBlock, own: ComparisonPart | null, regions: Awaited<ReturnType<TodaysRegions>>, edition: EditionSource) {
  const slugOf = new Map(regions.map((r) => [r.code, r.slug]))
  const tagged = edition.pictures.flatMap((p) =>
    p.agreements
      .filter((a) => a.buildingBlocks.includes(block.key))
      .map((a) => ({ id: a.id, regionCode: p.regionCode, regionName: p.regionName, regionSlug: slugOf.get(p.regionCode) ?? '', title: a.title, stage: a.stage, plannedDate: a.plannedDate, publishedAt: null })),
  )
  const inPicture = new Set(edition.pictures.map((p) => p.regionCode))
  return {
    asOf: edition.frozenOn,
    measures: [...(own?.measures ?? []), { ...AGREEMENTS_MEASURE, definition: `${AGREEMENTS_MEASURE.definition} Volgens het bevroren beeld van ${edition.label}.` }],
    rows: regions.map((r) => {
      const values: Record<string, number | null> = { ...own?.valuesOf(r.code), afspraken: inPicture.has(r.code) ? tagged.filter((a) => a.regionCode === r.code).length : null }
      return { code: r.code, name: r.name, slug: r.slug, values }
    }),
    agreements: { total: tagged.length, listed: tagged.slice(0, MAX_LISTED_AGREEMENTS) },
  }
}

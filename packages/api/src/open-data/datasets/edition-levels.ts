import { NVO_AGREEMENTS, NVO_LEVEL_DETAILS, NVO_LEVELS, type EditionRegionState } from '@bt/domain'
import { z } from 'zod'
import { column, defineDataset } from '../dataset.ts'
import { isoDate } from './building-block-status.ts'
import { editionColumns, frozenAsOf, frozenEditionParams, frozenEditionSnapshots, loadFrozenEditions } from './frozen-editions.ts'

/**
 * A level is confirmed when the region's VNG adviser approved the picture (NVO.md: the region proposes,
 * the adviser confirms in the half-year edition) and the region did not dispute that level. The live
 * levels are proposals, so only frozen editions' pictures count (ADR 025).
 */
const CONFIRMED_STATES: ReadonlySet<EditionRegionState> = new Set(['approved', 'confirmed'])

const STANDINGS = ['bevestigd', 'betwist', 'niet_bevestigd'] as const
const STANDING_DEFINITIONS: Record<(typeof STANDINGS)[number], string> = {
  bevestigd: 'Bevestigd: de VNG-adviseur keurde het beeld van de regio goed en de regio betwistte dit niveau niet. Alleen deze niveaus worden per niveau geteld.',
  betwist: 'Betwist: de regio betwistte het niveau dat in het goedgekeurde beeld stond; het telt niet mee per niveau.',
  niet_bevestigd: 'Niet bevestigd: de regio had bij het bevriezen geen goedgekeurd beeld of geen niveau voor deze afspraak; een voorgesteld niveau wordt nooit gepubliceerd.',
}

export const editionLevelsRow = z.object({
  editie: column(z.string(), 'Editie', 'Vaste sleutel van de bevroren editie (bijvoorbeeld 2025-H2).'),
  editie_naam: column(z.string(), 'Editie (naam)', 'Naam van de editie.'),
  bevroren_op: column(isoDate, 'Bevroren op', 'Datum waarop de editie werd bevroren; daarna verandert niets meer.'),
  afspraak: column(z.number().int(), 'Afspraak', 'Nummer (1-8) van de afspraak uit de Norm voor Opdrachtgeverschap.'),
  afspraak_naam: column(z.string(), 'Afspraak (naam)', 'Korte titel van de NvO-afspraak.'),
  stand_code: column(z.enum(STANDINGS), 'Standcode', 'bevestigd, betwist of niet_bevestigd; de betekenis staat bij de statussen.'),
  niveau: column(z.number().int().nullable(), 'Niveau', 'Niveau 0-4 bij een bevestigd niveau; leeg bij betwist of niet bevestigd.'),
  niveau_naam: column(z.string().nullable(), 'Niveau (naam)', 'Het niveau in woorden; leeg bij betwist of niet bevestigd.'),
  aantal_regios: column(z.number().int(), 'Aantal regio’s', 'Hoeveel regio’s in deze editie hier staan. Per editie en afspraak tellen de rijen op tot alle regio’s van de editie.'),
})

/** How many regions stood at each NvO level per agreement in each frozen edition: counts, never which region. */
export const editionLevels = defineDataset({
  key: 'nvo-niveaus-per-editie',
  title: 'Regio’s per NvO-niveau per editie',
  description: 'Per bevroren editie en per NvO-afspraak hoeveel regio’s op elk niveau (0 niet gestart tot 4 geactualiseerd) stonden: landelijke aantallen van bevestigde niveaus, nooit een gemiddelde en nooit een regio bij naam.',
  source: 'Beschermd Thuis, bevroren halfjaarlijkse edities (beelden van de regio’s, goedgekeurd door de VNG-adviseurs)',
  licence: 'CC0 1.0',
  method: 'Uit de beelden van de bevroren edities. Een niveau telt alleen als de VNG-adviseur het beeld van de regio goedkeurde (stand goedgekeurd of bevestigd) en de regio dat niveau niet betwistte. Niveaus die een regio nu in het portaal voorstelt, staan er niet in: die zijn pas bevestigd in een editie. Open edities staan er niet in.',
  states: {
    ...STANDING_DEFINITIONS,
    ...Object.fromEntries(NVO_LEVELS.map((l) => [`niveau ${l}`, `${NVO_LEVEL_DETAILS[l].label}: ${NVO_LEVEL_DETAILS[l].definition}`])),
  },
  row: editionLevelsRow,
  params: frozenEditionParams,
  async load(scope, params) {
    const editions = await loadFrozenEditions(scope.db, params.editie)
    const rows = editions.flatMap(({ edition, regions, disputes }) => {
      const disputed = new Set(disputes.map((d) => `${d.regionCode} ${d.itemKey}`))
      return NVO_AGREEMENTS.flatMap((agreement) => {
        const perLevel = new Map<number, number>()
        let disputedCount = 0
        for (const region of regions) {
          if (!CONFIRMED_STATES.has(region.state)) continue
          const level = region.picture?.levels.find((l) => l.nvoAgreement === agreement.key)?.level
          if (level === undefined) continue
          if (disputed.has(`${region.regionCode} level:${agreement.key}`)) disputedCount += 1
          else perLevel.set(level, (perLevel.get(level) ?? 0) + 1)
        }
        const counted = [...perLevel.values()].reduce((a, b) => a + b, 0) + disputedCount
        const base = { ...editionColumns(edition), afspraak: agreement.number, afspraak_naam: agreement.title }
        return [
          ...NVO_LEVELS.map((level) => ({ ...base, stand_code: 'bevestigd' as const, niveau: level, niveau_naam: NVO_LEVEL_DETAILS[level].label, aantal_regios: perLevel.get(level) ?? 0 })),
          { ...base, stand_code: 'betwist' as const, niveau: null, niveau_naam: null, aantal_regios: disputedCount },
          { ...base, stand_code: 'niet_bevestigd' as const, niveau: null, niveau_naam: null, aantal_regios: regions.length - counted },
        ]
      })
    })
    return { rows, ...frozenAsOf(editions, params.editie, scope.today) }
  },
  snapshots: (scope) => frozenEditionSnapshots(scope.db),
})

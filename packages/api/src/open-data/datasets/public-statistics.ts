import { listIndicatorCells, listMunicipalityValidity, listRegionCodes } from '@bt/db'
import {
  AREA_LEVEL_LABELS,
  INDICATOR_UNIT_LABELS,
  VALUE_STATE_LABELS,
  VALUE_STATES,
} from '@bt/domain'
import { z } from 'zod'
import { loadCatalogue } from '../../services/indicators/catalogue.ts'
import { mayShowPerArea } from '../../services/indicators/visibility.ts'
import { column, defineDataset, NO_PARAMS } from '../dataset.ts'
import { isoDate } from './building-block-status.ts'
import { VALUE_STATE_DEFINITIONS } from './indicator-series.ts'

const AREA_LEVELS_PER_AREA = ['municipality', 'region'] as const

export const publicStatisticsRow = z.object({
  indicator: column(z.string(), 'Indicator', 'Vaste sleutel van de indicator in de catalogus.'),
  indicator_naam: column(z.string(), 'Naam', 'Naam van de indicator.'),
  eenheid: column(z.string(), 'Eenheid', 'Eenheid van de waarde.'),
  niveau: column(
    z.enum([AREA_LEVEL_LABELS.municipality, AREA_LEVEL_LABELS.region]),
    'Niveau',
    'Gemeente of regio.',
  ),
  gebiedscode: column(
    z.string(),
    'Gebiedscode',
    'CBS-code van de gemeente, of van de centrumgemeente van de regio.',
  ),
  gebied: column(z.string(), 'Gebied', 'Naam van de gemeente of regio.'),
  periode: column(z.string(), 'Periode', 'Jaar (2026), halfjaar (2026-H1) of kwartaal (2026-Q1).'),
  periode_einde: column(isoDate, 'Einde periode', 'Laatste dag van de periode.'),
  waarde: column(
    z.number().nullable(),
    'Waarde',
    'De waarde zoals de bron haar publiceert; leeg bij geheim of ontbrekend.',
  ),
  status_code: column(
    z.enum(VALUE_STATES),
    'Statuscode',
    'Vaste code van de waardestatus; de betekenis staat bij de statussen.',
  ),
  status: column(z.string(), 'Status', 'De waardestatus in woorden.'),
  teller: column(z.number().nullable(), 'Teller', 'Bij een verhouding: de teller.'),
  noemer: column(z.number().nullable(), 'Noemer', 'Bij een verhouding: de noemer.'),
  bron: column(z.string(), 'Bron', 'De bron van de waarde.'),
  licentie: column(z.string(), 'Licentie', 'De licentie van de bron.'),
})

/**
 * The public statistics per municipality and region, as stored from their source. Only indicators whose
 * origin is public statistics: they are open at their source already (DESIGN.md visibility table).
 */
export const publicStatistics = defineDataset({
  key: 'publieke-statistiek-per-gebied',
  title: 'Publieke statistieken per gemeente en regio',
  description:
    'De waarden per gemeente en per regio van de indicatoren die uit publieke statistieken komen (zoals CBS), zoals de portal ze van de bron heeft overgenomen.',
  source: 'Publieke statistieken, per indicator genoemd in de kolom bron (meestal CBS StatLine)',
  licence: 'Die van de bron, per rij in de kolom licentie (CBS: CC BY 4.0)',
  method:
    'Alleen indicatoren met herkomst publieke statistiek; waarden die regio’s zelf melden of die uit hun registraties komen, staan er nooit per gebied in. Wie een waarde invoerde staat er niet in.',
  states: VALUE_STATE_DEFINITIONS,
  row: publicStatisticsRow,
  params: NO_PARAMS,
  async load(scope) {
    // mayShowPerArea with no actor: the one rule of what may be shown per area to anyone.
    const catalogue = (await loadCatalogue(scope.db)).filter((i) => mayShowPerArea(i, null))
    const [municipalities, regions] = await Promise.all([
      listMunicipalityValidity(scope.db),
      listRegionCodes(scope.db),
    ])
    const nameOf = {
      municipality: new Map(municipalities.map((m) => [m.code, m.name])),
      region: new Map(regions.map((r) => [r.code, r.name])),
    }
    const perIndicator = await Promise.all(
      catalogue.flatMap((indicator) =>
        AREA_LEVELS_PER_AREA.filter((level) => indicator.levels.includes(level)).map(
          async (level) => {
            const cells = await listIndicatorCells(scope.db, { indicatorKey: indicator.key, level })
            return cells.map((c) => ({
              indicator: indicator.key,
              indicator_naam: indicator.label,
              eenheid: INDICATOR_UNIT_LABELS[indicator.unit],
              niveau: AREA_LEVEL_LABELS[level],
              gebiedscode: c.areaCode,
              gebied: nameOf[level].get(c.areaCode) ?? c.areaCode,
              periode: c.period,
              periode_einde: c.periodEnd,
              waarde: c.value,
              status_code: c.state,
              status: VALUE_STATE_LABELS[c.state],
              teller: c.numerator,
              noemer: c.denominator,
              bron: c.source ?? indicator.source,
              licentie: indicator.licence,
            }))
          },
        ),
      ),
    )
    const rows = perIndicator
      .flat()
      .sort(
        (a, b) =>
          a.indicator.localeCompare(b.indicator) ||
          a.periode_einde.localeCompare(b.periode_einde) ||
          a.niveau.localeCompare(b.niveau) ||
          a.gebiedscode.localeCompare(b.gebiedscode),
      )
    return { rows, asOf: { date: scope.today, label: null }, cache: 'current' }
  },
  snapshots: () => Promise.resolve([]),
})

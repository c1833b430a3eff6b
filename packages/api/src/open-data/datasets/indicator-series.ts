import {
  INDICATOR_ORIGIN_LABELS,
  INDICATOR_UNIT_LABELS,
  VALUE_STATE_LABELS,
  VALUE_STATES,
} from '@bt/domain'
import { z } from 'zod'
import { loadCatalogue } from '../../services/indicators/catalogue.ts'
import { getIndicatorFigures } from '../../services/indicators/figures.ts'
import { column, defineDataset, NO_PARAMS } from '../dataset.ts'
import { isoDate } from './building-block-status.ts'

/**
 * Computed from the regions' NvO levels, which are the levels a region proposed until the editions
 * issue confirms them: no unconfirmed level goes out, not even as a national share (issue 15, point 5).
 */
const UNCONFIRMED_SOURCES = new Set(['nvo_agreements_met'])

/** Numbers in files are rounded to six decimals, as in the indicator page's download. */
const plain = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6)

export const VALUE_STATE_DEFINITIONS: Record<string, string> = {
  final: `${VALUE_STATE_LABELS.final}: de waarde staat vast.`,
  provisional: `${VALUE_STATE_LABELS.provisional}: de waarde kan nog veranderen.`,
  suppressed: `${VALUE_STATE_LABELS.suppressed}: de bron houdt de waarde geheim (te kleine aantallen).`,
  nil: `${VALUE_STATE_LABELS.nil}: een echte nul.`,
  missing: `${VALUE_STATE_LABELS.missing}: geen waarde, of achtergehouden omdat het landelijke cijfer uit minder dan drie regio’s de waarde van één regio zou tonen.`,
}

export const indicatorSeriesRow = z.object({
  indicator: column(z.string(), 'Indicator', 'Vaste sleutel van de indicator in de catalogus.'),
  indicator_naam: column(z.string(), 'Naam', 'Naam van de indicator.'),
  eenheid: column(
    z.string(),
    'Eenheid',
    'Eenheid van de waarde (aantal, percentage, per 1.000 inwoners, …).',
  ),
  periode: column(z.string(), 'Periode', 'Jaar (2026), halfjaar (2026-H1) of kwartaal (2026-Q1).'),
  periode_einde: column(isoDate, 'Einde periode', 'Laatste dag van de periode.'),
  waarde: column(
    z.number().nullable(),
    'Waarde',
    'Het landelijke cijfer; leeg als er geen is of als het is achtergehouden.',
  ),
  status_code: column(
    z.enum(VALUE_STATES),
    'Statuscode',
    'Vaste code van de waardestatus; de betekenis staat bij de statussen.',
  ),
  status: column(z.string(), 'Status', 'De waardestatus in woorden.'),
  achtergehouden: column(
    z.boolean(),
    'Achtergehouden',
    'Ja als het cijfer is weggelaten omdat het uit minder dan drie regio’s zou komen.',
  ),
  deelwaarde: column(
    z.number().nullable(),
    'Deelwaarde',
    'Bij onvolledige dekking de som over de regio’s die meldden (nooit als landelijk cijfer); alleen in de download van wie is ingelogd, anders leeg.',
  ),
  teller: column(z.number().nullable(), 'Teller', 'Bij een verhouding: de opgetelde teller.'),
  noemer: column(z.number().nullable(), 'Noemer', 'Bij een verhouding: de opgetelde noemer.'),
  volledigheid: column(
    z.string(),
    'Volledigheid',
    'Gepubliceerd totaal van de bron, of uit hoeveel van de regio’s het cijfer is berekend.',
  ),
  verdeling: column(
    z.string().nullable(),
    'Verdeling',
    'Bij een niveau-indicator: hoeveel regio’s op elk niveau staan (nooit een gemiddelde).',
  ),
  herkomst: column(
    z.string(),
    'Herkomst',
    'Publieke statistiek, gemeld door de regio’s, of berekend uit hun registraties.',
  ),
  bron: column(z.string(), 'Bron', 'De bron van het cijfer.'),
  licentie: column(z.string(), 'Licentie', 'De licentie van de bron van deze indicator.'),
})

/** The national series of every indicator in the catalogue: the figures the indicator pages show to everyone. */
export const indicatorSeries = defineDataset({
  key: 'indicatoren-landelijk',
  title: 'Landelijke indicatorreeksen',
  description:
    'Per indicator en periode het landelijke cijfer met zijn status, volledigheid en bron: dezelfde reeksen als op de indicatorpagina’s.',
  source:
    'Publieke statistieken (CBS en anderen, per indicator genoemd) en de registraties van de regio’s, landelijk samengeteld',
  licence:
    'CC BY 4.0 (vermeld de bron); per indicator staat de licentie van de bron in de kolom licentie',
  method:
    'Gemeentelijke waarden worden per regio en dan landelijk opgeteld (verhoudingen als som van tellers gedeeld door som van noemers). Een gepubliceerd landelijk totaal van de bron gaat voor. Alleen landelijke cijfers: geen waarde van een afzonderlijke regio. Een landelijk cijfer dat uit minder dan drie regio’s zou komen, wordt achtergehouden (in de download van wie is ingelogd niet: die mag de cijfers per regio zien). De NvO-indicator staat er niet in zolang de niveaus niet in een editie zijn bevestigd.',
  states: VALUE_STATE_DEFINITIONS,
  row: indicatorSeriesRow,
  params: NO_PARAMS,
  async load(scope) {
    const catalogue = (await loadCatalogue(scope.db)).filter((i) => !UNCONFIRMED_SOURCES.has(i.key))
    const perIndicator = await Promise.all(
      catalogue.map(async (indicator) => {
        const figures = await getIndicatorFigures(
          scope.db,
          // The indicator service's own visibility rule: withheld for anonymous viewers only.
          { actor: scope.viewer, today: scope.today },
          { key: indicator.key },
        )
        return figures.series.map((p) => ({
          indicator: indicator.key,
          indicator_naam: indicator.label,
          eenheid: INDICATOR_UNIT_LABELS[indicator.unit],
          periode: p.period,
          periode_einde: p.periodEnd,
          waarde: plain(p.value),
          status_code: p.state,
          status: VALUE_STATE_LABELS[p.state],
          achtergehouden: p.withheld,
          deelwaarde: plain(p.partialValue),
          teller: plain(p.numerator),
          noemer: plain(p.denominator),
          volledigheid: p.isPublishedTotal
            ? 'gepubliceerd totaal'
            : `${p.covered} van ${p.of} regio’s`,
          verdeling: p.distribution
            ? p.distribution.map((d) => `niveau ${d.level}: ${d.count}`).join('; ')
            : null,
          herkomst: INDICATOR_ORIGIN_LABELS[indicator.origin],
          bron:
            p.source ??
            (indicator.origin === 'public_statistics'
              ? indicator.source
              : 'berekend uit de regio’s'),
          licentie: indicator.licence,
        }))
      }),
    )
    return { rows: perIndicator.flat(), asOf: { date: scope.today, label: null }, cache: 'current' }
  },
  snapshots: () => Promise.resolve([]),
})

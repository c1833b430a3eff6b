import { checkPlausibility, type PlausibilityWarning } from '@bt/calc'
import type { ScenarioRegion, ScenarioWarning } from './scenario-result.ts'
import type { WlzDto } from './wlz.ts'

// Results outside plausible bounds, said in Dutch with the figures and why (issue 18 item 8). The
// scenario is still computed and shown: a warning is not an error.

const euros = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
})
const factor = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 3 })
const eur = (cents: number) => euros.format(cents / 100)

function message(warning: PlausibilityWarning, names: ReadonlyMap<string, string>): string {
  switch (warning.code) {
    case 'MACRO_BUDGET':
      return `Het macrobudget van ${eur(warning.valueCents)} ligt buiten ${eur(warning.minCents)} tot ${eur(warning.maxCents)}; BW en MO samen waren ongeveer € 1,7 miljard. Controleer of het bedrag in euro's is ingevuld.`
    case 'INDEX_FACTOR':
      return `De indexatie vermenigvuldigt kosten met ${factor.format(warning.factor)}: meer dan ×${factor.format(warning.max)} (of minder dan ×${factor.format(warning.min)}) is geen loon- en prijsontwikkeling meer. Controleer het prijspeiljaar en de indexatie per jaar.`
    case 'WLZ_COSTS':
      return `De wegvallende kosten (${eur(warning.disappearingCostsCents)}) zijn meer dan drie keer de uitname vooraf (${eur(warning.exAnteCents)}) of groter dan het macrobudget (${eur(warning.macroBudgetCents)}). Controleer de indexatie, het doortrekken naar een heel jaar en welke cliënten meetellen.`
    case 'REGION_DECLINE':
      return `${names.get(warning.regionCode) ?? warning.regionCode} verliest in één jaar ${factor.format(-warning.changeBasisPoints / 100)}% van het budget; meer dan 25% per jaar is geen geleidelijk ingroeipad.`
  }
}

/** The scenario's warnings: macrobudget, indexation, Wlz costs and steep yearly declines. */
export function scenarioWarnings(input: {
  macroBudgetCents: number
  wlz:
    | (Pick<WlzDto, 'indexFactors'> & {
        lines: readonly { disappearingCostsCents: number; exAnteCents: number }[]
      })
    | null
  regions: readonly Pick<ScenarioRegion, 'code' | 'name' | 'largestDecline'>[]
}): ScenarioWarning[] {
  const wlz = input.wlz
  const warnings = checkPlausibility({
    macroBudgetCents: input.macroBudgetCents,
    indexFactors: Object.values(wlz?.indexFactors ?? {}),
    ...(wlz && wlz.lines.length > 0
      ? {
          wlz: {
            disappearingCostsCents: wlz.lines.reduce((s, l) => s + l.disappearingCostsCents, 0),
            exAnteCents: wlz.lines.reduce((s, l) => s + l.exAnteCents, 0),
          },
        }
      : {}),
    regionDeclines: input.regions.flatMap((r) => {
      const changeBasisPoints = r.largestDecline?.changeBasisPoints
      return changeBasisPoints == null ? [] : [{ code: r.code, changeBasisPoints }]
    }),
  })
  const names = new Map(input.regions.map((r) => [r.code, r.name]))
  return warnings.map((w) => ({ code: w.code, message: message(w, names) }))
}

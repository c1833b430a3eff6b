import { isCalcError, type CalcError, type CalcErrorCode, type CalcErrorPath } from '@bt/calc'
import { DomainError } from '@bt/domain'

// The one place where a CalcError that got past the domain schemas becomes a Dutch, field-level
// DomainError (STYLE.md §11). calc names values in its own input's terms (cents, basis points,
// 'schedule.fractions.3'); `fieldOf` translates that path to the form field the user can fix.

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const cents = (value: unknown) =>
  typeof value === 'number' ? euro.format(value / 100) : String(value)

function detail(error: CalcError, key: string): string | number | undefined {
  const value = error.details[key]
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/** A Dutch sentence for each code, using the values calc names in its details. */
function dutchMessage(error: CalcError): string {
  const code = detail(error, 'municipalityCode') ?? detail(error, 'regionCode')
  const messages: Record<CalcErrorCode, () => string> = {
    NOT_FINITE: () => 'Deze waarde is geen getal.',
    NOT_AN_INTEGER: () => 'Vul hier een heel getal in.',
    UNSAFE_INTEGER: () => 'Dit getal is te groot om exact mee te rekenen.',
    NEGATIVE_AMOUNT: () => 'Een bedrag kan niet negatief zijn.',
    NEGATIVE_WEIGHT: () => 'Een gewicht of waarde kan niet negatief zijn.',
    ZERO_TOTAL_WEIGHT: () => 'Er valt niets te verdelen: alle gewichten van deze verdeling zijn 0.',
    DUPLICATE_KEY: () => `${detail(error, 'key') ?? 'Een waarde'} komt meer dan één keer voor.`,
    UNKNOWN_MUNICIPALITY: () =>
      code ? `Gemeente ${code} is hier onbekend.` : 'Deze gemeente is hier onbekend.',
    MISSING_VALUE: () =>
      code
        ? `Voor gemeente ${code} ontbreekt een waarde die deze berekening nodig heeft.`
        : 'Er ontbreekt een waarde die deze berekening nodig heeft.',
    OVERLAPPING_MEMBERSHIP: () => `Gemeente ${code ?? ''} hoort bij twee regio's tegelijk.`,
    EMPTY_REGION: () => 'Deze regio heeft geen gemeenten.',
    INVALID_SCHEDULE: () =>
      'Het ingroeipad klopt niet: het loopt van 0% naar 100% objectief en mag niet teruglopen.',
    OUT_OF_RANGE: () => 'Deze waarde ligt buiten het toegestane bereik.',
    EXCEEDS_TOTAL: () => {
      const amount = error.details.amountCents
      const limit =
        error.details.limitCents ?? error.details.budgetCents ?? error.details.historicalCents
      return limit === undefined
        ? 'Dit bedrag is groter dan wat er te verdelen is.'
        : `Dit bedrag (${cents(amount)}) is groter dan wat er te verdelen is (${cents(limit)}).`
    },
    TOTAL_MISMATCH: () => 'De historische en de objectieve verdeling hebben niet hetzelfde totaal.',
    INVALID_DATE: () => 'Vul een bestaande datum in (jjjj-mm-dd).',
    INVALID_PERIOD: () =>
      error.path[0] === 'addresses'
        ? 'Deze inschrijving overlapt met een andere: op één dag staat iemand op één adres ingeschreven.'
        : 'Deze periode klopt niet: het einde ligt vóór het begin.',
  }
  return messages[error.code]()
}

/** Where a calc path points in the form; the default is the path itself ('a.0.b'). */
export type FieldOf = (path: CalcErrorPath) => string

/**
 * Turn a CalcError into DomainError INVALID with a Dutch message on the field `fieldOf` names
 * (STYLE.md §11: bad input is never a 500). Anything that is not a CalcError is rethrown as is.
 */
export function toDomainError(
  error: unknown,
  fieldOf: FieldOf = (path) => path.join('.') || '_form',
): never {
  if (!isCalcError(error)) throw error
  const message = dutchMessage(error)
  throw new DomainError('INVALID', `De berekening kan zo niet worden gemaakt. ${message}`, {
    fieldErrors: { [fieldOf(error.path)]: [message] },
    calcCode: error.code,
  })
}

/** Run calc code and translate its CalcError; everything else passes through. */
export function translateCalcErrors<T>(run: () => T, fieldOf?: FieldOf): T {
  try {
    return run()
  } catch (error) {
    return toDomainError(error, fieldOf)
  }
}

// Where runBudgetPipeline, computePhaseInPath and applySharingModel's paths point in the scenario
// form (ScenarioParametersSchema's field names). Paths into the data set fall back to the form.
const SCENARIO_FIELDS: [prefix: string, field: string][] = [
  ['macroBudgetCents', 'macroBudgetEuros'],
  ['nationalPurchasingCents', 'nationalPurchasingEuros'],
  ['wlzWithdrawalBasisPoints', 'wlzWithdrawalPercent'],
  ['year', 'budgetYear'],
  ['startYear', 'startYear'],
  ['schedule.steps', 'steps'],
  ['schedule.fractions', 'customFractions'],
  ['schedule.existingClientsByStep', 'existingClients'],
  ['rule.amountCents', 'retentionFixedEuros'],
  ['retention.rule.amountCents', 'retentionFixedEuros'],
  ['model.retention.rule.amountCents', 'retentionFixedEuros'],
  ['rule.capCents', 'retentionCapEuros'],
  ['rule.basisPoints', 'retentionPercent'],
  ['bedCostsCents', 'bedCostsPercent'],
  ['reserveBalanceCents', 'reserveBalanceEuros'],
  ['reserveCapCents', 'reserveCapEuros'],
  ['budgetedCostsCents', 'actualCostsPercent'],
  ['actualCostsCents', 'actualCostsPercent'],
  ['costsCents', 'actualCostsPercent'],
  ['parameters.indexFactors', 'wlzIndexPercent'],
  ['parameters.countFromDate', 'wlzCountFrom'],
  ['parameters.countUntilDate', 'wlzCountUntil'],
  ['parameters.nonBwTariffCents', 'wlzNonBwTariffEuros'],
  ['mo.macroBudgetCents', 'moMacroBudgetEuros'],
  ['mo.historicalCents', 'publishedHistoricalMoEuros'],
  ['mo.objectiveCents', 'publishedObjectiveMoEuros'],
  ['historicalCents', 'publishedHistoricalEuros'],
  ['objectiveCents', 'publishedObjectiveEuros'],
  ['rule.parts', 'retentionCapEuros'],
]

/** The scenario form field a calc path points at, or '_form' for the data set's own values. */
export function scenarioFieldOf(path: CalcErrorPath): string {
  const text = path.join('.')
  const base =
    /^members\.\d+\.(wmoIntegrationPaymentCents|inhabitants|objectiveAmountCents)$/.test(text) ||
    text === 'members'
  if (base) return 'shareBase'
  const match = SCENARIO_FIELDS.find(([prefix]) => text === prefix || text.startsWith(`${prefix}.`))
  return match?.[1] ?? '_form'
}

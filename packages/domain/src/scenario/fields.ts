import { z } from 'zod'
import { MunicipalityCodeSchema } from '../codes.ts'
import {
  MAX_SCENARIO_PHASE_IN_STEPS,
  MIN_PHASE_IN_STEPS,
  RETENTION_KINDS,
  SCHEDULE_KINDS,
  SHARE_BASES,
  SHARING_MODEL_KINDS,
  WLZ_ORIGINS,
} from './constants.ts'
import { IsoDateSchema } from '../dates.ts'
import { checkbox, euros, optional, percent, signedEuros, wholeNumber, year } from './numbers.ts'
import type { ScenarioScope } from './types.ts'
import { isList } from '../checked.ts'

// The scenario form's flat fields, strings in the browser and without JavaScript.

/** The value of the scope field for a nation-wide scenario. */
export const NATION_SCOPE = 'nation'

const ScopeSchema = z
  .string({ error: 'Kies landelijk of een regio.' })
  .trim()
  .min(1, { error: 'Kies landelijk of een regio.' })
  .transform((value, ctx): ScenarioScope => {
    if (value === NATION_SCOPE) return { kind: 'nation' }
    const code = MunicipalityCodeSchema.safeParse(value)
    if (!code.success) {
      ctx.issues.push({
        code: 'custom',
        message: 'Kies landelijk of een regio uit de lijst.',
        input: value,
      })
      return z.NEVER
    }
    return { kind: 'region', regionCode: code.data }
  })

const OriginsSchema = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return undefined
    const list = isList(value) ? value : [value]
    return list.filter((item) => item !== '')
  },
  z
    .array(z.enum(WLZ_ORIGINS, { error: 'Kies een herkomst uit de lijst.' }))
    .min(1, { error: 'Kies minstens één herkomst van cliënten die meetellen.' })
    .optional(),
)

/** The scenario form's fields as react-hook-form and the route action see them (all strings there). */
export const ScenarioFieldsSchema = z.object({
  scope: ScopeSchema,
  budgetYear: optional(year('het begrotingsjaar')),
  macroBudgetEuros: optional(euros('het macrobudget BW', { min: 1 })),
  moMacroBudgetEuros: optional(euros('het macrobudget MO')),
  publishedHistoricalEuros: optional(euros('het gepubliceerde historische bedrag')),
  publishedObjectiveEuros: optional(euros('het gepubliceerde objectieve bedrag')),
  publishedHistoricalMoEuros: optional(euros('het MO-deel van het historische bedrag')),
  publishedObjectiveMoEuros: optional(euros('het MO-deel van het objectieve bedrag')),
  nationalPurchasingEuros: optional(euros('de landelijke inkoop')),
  wlzWithdrawalPercent: optional(percent('de Wlz-uitname')),
  startYear: optional(year('het startjaar')),
  steps: optional(
    wholeNumber('het aantal stappen', MIN_PHASE_IN_STEPS, MAX_SCENARIO_PHASE_IN_STEPS),
  ),
  scheduleKind: optional(z.enum(SCHEDULE_KINDS, { error: 'Kies hoe het ingroeipad loopt.' })),
  existingClients: optional(z.string()),
  outflowRatePercent: optional(percent('het uitstroompercentage per jaar')),
  indicationEnds: optional(z.string().max(10_000, { error: 'Vul hoogstens 10.000 tekens in.' })),
  customFractions: optional(z.string()),
  sharingModel: optional(
    z.enum(SHARING_MODEL_KINDS, { error: 'Kies een verdeelmodel uit de lijst.' }),
  ),
  actualCostsPercent: optional(percent('de werkelijke kosten', 200)),
  reserveBalanceEuros: optional(euros('de stand van de reserve')),
  reserveCapEuros: optional(euros('het plafond van de reserve')),
  shareBase: optional(z.enum(SHARE_BASES, { error: 'Kies een basis voor het passend aandeel.' })),
  retentionKind: optional(
    z.enum(RETENTION_KINDS, { error: 'Kies hoe de centrumgemeente inhoudt.' }),
  ),
  retentionPercent: optional(percent('het inhoudingspercentage')),
  retentionCapEuros: optional(euros('het maximum van de inhouding (BW)')),
  retentionMoCapEuros: optional(euros('het maximum van de inhouding voor MO')),
  retentionFixedEuros: optional(euros('het vaste bedrag van de inhouding')),
  bedCostsPercent: optional(percent('de kosten van de bedden')),
  localSupportPercent: optional(percent('de lokale ondersteuning')),
  wlzOrigins: OriginsSchema,
  wlzExtrapolate: checkbox(),
  wlzDeductLostOwnContributions: checkbox(),
  wlzPriceYear: optional(year('het prijspeiljaar')),
  wlzIndexPercent: optional(percent('de indexatie per jaar', 20)),
  wlzWithdrawalYear: optional(year('het jaar van de uitname')),
  wlzExAnteMacroBudgetEuros: optional(euros('het BW-macrobudget van het uitnamejaar', { min: 1 })),
  wlzCountFrom: optional(IsoDateSchema),
  wlzCountUntil: optional(IsoDateSchema),
  wlzNonBwTariffEuros: optional(euros('het tarief voor cliënten van buiten beschermd wonen')),
  wlzPreviousSettlementEuros: optional(signedEuros('de eerdere verrekening')),
})

export type ScenarioFields = z.output<typeof ScenarioFieldsSchema>

// The scenario form's sharing-model and Wlz-settlement fieldsets.
import {
  RETENTION_KINDS,
  RETENTION_KIND_LABELS,
  SHARE_BASES,
  SHARE_BASE_LABELS,
  SHARING_MODEL_KINDS,
  SHARING_MODEL_LABELS,
  WLZ_ORIGINS,
  WLZ_ORIGIN_LABELS,
  type ScenarioFormValues,
} from '@bt/domain'
import type { UseFormReturn } from 'react-hook-form'
import { ChoiceField } from '#app/components/form-field.tsx'
import { ChoiceGroup, Fieldset, list, type fieldHelpers } from './scenario-form-parts.tsx'

type Helpers = ReturnType<typeof fieldHelpers>

/** The region's sharing model (DOMAIN.md §6.6, seed 004) and its parameters. */
export function SharingFields({
  helpers: { field, select, radios },
  hasWmoIntegrationPayment,
}: {
  helpers: Helpers
  hasWmoIntegrationPayment: boolean
}) {
  return (
    <Fieldset
      legend="Verdeling binnen de regio"
      hint="Alleen voor een regio. Velden die niet bij het gekozen model horen, worden niet gebruikt."
    >
      {select(
        'sharingModel',
        'Verdeelmodel',
        SHARING_MODEL_KINDS.map((k) => ({ value: k, label: SHARING_MODEL_LABELS[k] })),
      )}
      {field(
        'actualCostsPercent',
        'Werkelijke kosten (% van het regiobudget)',
        'Bij inwoners met reserve en passend aandeel: onder 100% is er een overschot.',
      )}
      {field(
        'reserveBalanceEuros',
        'Stand van de bestemmingsreserve aan het begin van het begrotingsjaar (euro)',
        'De reserve loopt daarna van jaar tot jaar door.',
      )}
      {field(
        'reserveCapEuros',
        'Plafond van de bestemmingsreserve (euro)',
        'Gooi en Vechtstreek: € 2 miljoen.',
      )}
      {select(
        'shareBase',
        'Basis van het passend aandeel',
        SHARE_BASES.filter((b) => hasWmoIntegrationPayment || b !== 'wmoIntegrationPayment').map(
          (b) => ({ value: b, label: SHARE_BASE_LABELS[b] }),
        ),
        'IJssel-Vecht: het aandeel in de opgetelde Wmo-integratie-uitkeringen.',
      )}
      {radios(
        'retentionKind',
        'Inhouding door de centrumgemeente',
        RETENTION_KINDS.map((k) => ({ value: k, label: RETENTION_KIND_LABELS[k] })),
      )}
      {field('retentionPercent', 'Inhouding (%)', 'IJssel-Vecht: ongeveer 2,5%.')}
      {field(
        'retentionCapEuros',
        'Hoogstens, over BW (euro, mag leeg)',
        'Convenant 2023: € 2.324.582 voor BW.',
      )}
      {field(
        'retentionMoCapEuros',
        'Hoogstens, over MO (euro, mag leeg)',
        'Convenant 2023: € 4.334.882 voor MO. Leeg: één maximum over het hele budget.',
      )}
      {field('retentionFixedEuros', 'Vast bedrag van de inhouding (euro)')}
      {field(
        'bedCostsPercent',
        'Kosten van de bedden (% van het regiobudget)',
        'Bij compensatie achteraf (Midden-Holland).',
      )}
      {field(
        'localSupportPercent',
        'Lokaal betaalde ondersteuning (% van het objectieve budget per gemeente)',
      )}
    </Fieldset>
  )
}

/** The Wlz ex-post settlement choices (DOMAIN.md §6.3). */
export function WlzFields({
  helpers: { field, checkbox },
  defaults,
  errorFor,
  form,
}: {
  helpers: Helpers
  defaults: ScenarioFormValues
  errorFor: (name: string) => string | undefined
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the scenario form's values are keyed by string names
  form: UseFormReturn<any>
}) {
  const origins = list(defaults.wlzOrigins)
  return (
    <Fieldset legend="Wlz-verrekening achteraf">
      <ChoiceGroup
        name="wlzOrigins"
        legend="Welke cliënten tellen mee?"
        error={errorFor('wlzOrigins')}
        className="bt-form-grid__wide"
      >
        {/* Sent even when nothing is ticked, so the action can say that at least one is needed. */}
        <input type="hidden" name="wlzOrigins" value="" />
        {WLZ_ORIGINS.map((origin) => (
          <ChoiceField
            key={origin}
            type="checkbox"
            id={`wlzOrigins-${origin}`}
            label={WLZ_ORIGIN_LABELS[origin]}
            value={origin}
            defaultChecked={origins.includes(origin)}
            {...form.register('wlzOrigins')}
          />
        ))}
      </ChoiceGroup>
      <div className="bt-form-grid__wide">
        {checkbox('wlzExtrapolate', 'Kosten doortrekken naar een heel jaar')}
        {checkbox('wlzDeductLostOwnContributions', 'Gemiste eigen bijdragen aftrekken')}
      </div>
      {field(
        'wlzWithdrawalYear',
        'Jaar van de uitname die wordt verrekend',
        'In de stukken: 2021.',
        'numeric',
      )}
      {field(
        'wlzExAnteMacroBudgetEuros',
        'BW-macrobudget van dat jaar (euro)',
        'Leeg: het macrobudget BW van de gegevensset.',
      )}
      {field(
        'wlzCountFrom',
        'Tellen vanaf (Wlz-start, JJJJ-MM-DD)',
        'Leeg: geen begrenzing.',
        'numeric',
      )}
      {field(
        'wlzCountUntil',
        'Tellen tot en met (JJJJ-MM-DD)',
        'Leeg: geen begrenzing.',
        'numeric',
      )}
      {field(
        'wlzNonBwTariffEuros',
        'Jaartarief voor cliënten van buiten BW (euro)',
        'Leeg: hun eigen kosten.',
      )}
      {field(
        'wlzPreviousSettlementEuros',
        'Tweede ronde: eerder verrekend (euro)',
        'Alleen voor een regio. Negatief als de centrumgemeente geld terugkreeg.',
      )}
      {field(
        'wlzPriceYear',
        'Prijspeil (jaar)',
        'Kosten worden naar het prijspeil van dit jaar geïndexeerd.',
        'numeric',
      )}
      {field('wlzIndexPercent', 'Indexatie per jaar (%)', '0: niet indexeren.')}
    </Fieldset>
  )
}

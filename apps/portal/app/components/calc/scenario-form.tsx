// The scenario parameters: a react-hook-form on a plain POST form, so it works without JavaScript
// (the route action checks the same ScenarioParametersSchema).
import {
  SCHEDULE_KINDS,
  SCHEDULE_KIND_LABELS,
  type ScenarioFormValues,
} from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import { Form, useNavigation } from 'react-router'
import { FormError } from '#app/components/form-field.tsx'
import type { FieldErrors } from '#app/lib/forms.ts'
import { useValidatedForm } from '#app/lib/forms.ts'
import { fieldHelpers, Fieldset } from './scenario-form-parts.tsx'
import { SharingFields, WlzFields } from './scenario-form-sections.tsx'

interface Props {
  defaults: ScenarioFormValues
  regions: readonly { code: string; name: string }[]
  serverErrors?: FieldErrors | null
  formError?: string
  macroHint: string
  moMacroHint: string
  hasWmoIntegrationPayment: boolean
}

export function ScenarioForm({
  defaults,
  regions,
  serverErrors,
  formError,
  macroHint,
  moMacroHint,
  hasWmoIntegrationPayment,
}: Props) {
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: defaults,
    serverErrors,
  })
  const busy = useNavigation().state === 'submitting'
  const helpers = fieldHelpers(form, defaults, errorFor)
  const { field, select, radios } = helpers
  const scopeOptions = [
    { value: 'nation', label: 'Landelijk (alle regio’s)' },
    ...regions.map((r) => ({ value: r.code, label: r.name })),
  ]

  return (
    <Form
      method="post"
      noValidate
      onSubmit={onSubmit}
      className="bt-form bt-scenario-form"
      aria-labelledby="parameters"
    >
      <FormError message={formError} />
      <Fieldset legend="Wat rekent u door?">
        {select('scope', 'Landelijk of een regio', scopeOptions)}
        {field(
          'budgetYear',
          'Begrotingsjaar',
          'Het jaar waarvoor de verdeling en het verdeelmodel worden getoond.',
          'numeric',
        )}
        {field('macroBudgetEuros', 'Macrobudget beschermd wonen (BW, euro)', macroHint)}
        {field('moMacroBudgetEuros', 'Macrobudget maatschappelijke opvang (MO, euro)', moMacroHint)}
        {field(
          'nationalPurchasingEuros',
          'Landelijke inkoop (euro)',
          'Vooraf afgetrokken; ongeveer € 1,8 miljoen voor vijf zeer gespecialiseerde aanbieders.',
        )}
        {field(
          'wlzWithdrawalPercent',
          'Wlz-uitname vooraf (% van BW)',
          '30% in 2021, over de centrumgemeenten naar hun historische aandeel in BW.',
        )}
      </Fieldset>

      <Fieldset
        legend="Gepubliceerde bedragen van de regio"
        hint="Alleen voor een regio, bijvoorbeeld Regio Zwolle (BW + MO): historisch € 140.096.291, objectief € 113.750.051. Dan rekent het ingroeipad van de regio met deze bedragen; de gemeenten delen naar hun objectieve aandeel. Laat leeg om met de gegevensset te rekenen."
      >
        {field('publishedHistoricalEuros', 'Historisch bedrag van de regio (euro)')}
        {field('publishedObjectiveEuros', 'Objectief bedrag van de regio (euro)')}
        {field(
          'publishedHistoricalMoEuros',
          'Waarvan MO, historisch (euro)',
          'Niet verplicht. Het deel maatschappelijke opvang: dat blijft bij de centrumgemeente en de gemeenten delen alleen BW. Vul het MO-deel van beide bedragen in of van geen van beide.',
        )}
        {field('publishedObjectiveMoEuros', 'Waarvan MO, objectief (euro)', 'Niet verplicht; hoogstens het objectieve bedrag.')}
      </Fieldset>

      <Fieldset
        legend="Ingroeipad"
        hint="Jaar nul is 100% historisch; na de laatste stap is de verdeling helemaal objectief."
      >
        {field('startYear', 'Jaar van stap 1', 'Jaar nul is het jaar ervoor.', 'numeric')}
        {field('steps', 'Aantal stappen (1 tot en met 30)', 'Standaard 10.', 'numeric')}
        {radios(
          'scheduleKind',
          'Hoe loopt het pad?',
          SCHEDULE_KINDS.map((k) => ({ value: k, label: SCHEDULE_KIND_LABELS[k] })),
        )}
        {field(
          'outflowRatePercent',
          'Uitstroom van bestaande cliënten per jaar (%)',
          'Bij een uitstroompercentage: het pad volgt de bestaande cliënten die nog in zorg zijn; de afgeleide percentages staan bij het resultaat.',
        )}
        {field(
          'indicationEnds',
          'Bestaande cliënten met de einddatum van hun indicatie (bij einddatums)',
          'Per groep het aantal cliënten en de laatste dag van de indicatie, gescheiden door puntkomma’s; bijvoorbeeld 400 tot 2027-12-31; 350 tot 2029-06-30. Een cliënt telt in een jaar mee zolang de indicatie op 1 januari loopt; na de laatste stap telt niemand meer mee.',
        )}
        {field(
          'existingClients',
          'Bestaande cliënten per stap (bij uitstroom)',
          'Voor jaar nul en elke stap, gescheiden door puntkomma’s, aflopend naar 0; bijvoorbeeld 1000; 800; 550; 300; 0.',
        )}
        {field(
          'customFractions',
          'Percentage objectief per stap (bij eigen percentages)',
          'Voor jaar nul en elke stap, van 0 oplopend naar 100; bijvoorbeeld 0; 10; 30; 60; 100.',
        )}
      </Fieldset>

      <SharingFields helpers={helpers} hasWmoIntegrationPayment={hasWmoIntegrationPayment} />
      <WlzFields helpers={helpers} defaults={defaults} errorFor={errorFor} form={form} />

      <div className="utrecht-button-group bt-button-row">
        <Button
          type="submit"
          name="intent"
          value="berekenen"
          appearance="primary-action-button"
          disabled={busy}
        >
          Berekenen
        </Button>
      </div>
      {busy ? (
        <p className="utrecht-paragraph" role="status">
          Bezig met rekenen…
        </p>
      ) : null}
    </Form>
  )
}

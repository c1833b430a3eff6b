import { z } from 'zod'

/** Keys of the six elements every regional implementation plan must contain (seed 002, Bijlage 1). */
export const PLAN_ELEMENT_KEYS = [
  'vision',
  'responsibilities',
  'budget_and_risks',
  'municipal_cooperation',
  'partner_cooperation',
  'transition',
] as const

/** One of the six required plan elements. */
export type PlanElementKey = (typeof PLAN_ELEMENT_KEYS)[number]

/** A plan element: its number 1-6, a short Dutch label and seed 002's Dutch wording as description. */
export interface PlanElement {
  key: PlanElementKey
  number: number
  label: string
  description: string
}

/** The six plan elements in number order (DOMAIN.md §4). */
export const PLAN_ELEMENTS: readonly PlanElement[] = [
  {
    key: 'vision',
    number: 1,
    label: 'Inhoudelijke visie',
    description:
      'Inhoudelijke visie op hoe de ondersteuning aan de doelgroep van beschermd wonen en maatschappelijke opvang in de regio vormgegeven zal worden, met de uitwerking van de acht condities voor sociale inclusie uit het advies van Commissie Dannenberg.',
  },
  {
    key: 'responsibilities',
    number: 2,
    label: 'Verdeling van verantwoordelijkheden',
    description: 'Verdeling van verantwoordelijkheden tussen gemeenten in de regio.',
  },
  {
    key: 'budget_and_risks',
    number: 3,
    label: "Verdeling van budget en financiële risico's",
    description:
      "Verdeling van het beschikbare budget en financiële risico's. Willen de gemeenten niet werken met de voorlopige uitkomsten van het nieuwe verdeelmodel, dan bevat het plan tenminste afspraken over de verdeling van het (verwachte) aantal cliënten. Ook kunnen al afspraken over financiële solidariteit worden gemaakt.",
  },
  {
    key: 'municipal_cooperation',
    number: 4,
    label: 'Samenwerking tussen gemeenten',
    description: 'Wijze waarop samengewerkt gaat worden tussen gemeenten binnen de regio.',
  },
  {
    key: 'partner_cooperation',
    number: 5,
    label: 'Samenwerking met partners',
    description:
      'Wijze waarop samengewerkt gaat worden met andere betrokken partners binnen de regio (onder andere aanbieders, cliënten en hun naasten, verzekeraars, corporaties). Bij de totstandkoming van het plan worden op zijn minst vertegenwoordigers van de doelgroep van beschermd wonen en maatschappelijke opvang en hun naasten betrokken.',
  },
  {
    key: 'transition',
    number: 6,
    label: 'Overgangsfase',
    description:
      'De wijze waarop de overgangsfase tussen de nieuwe en oude verdeling van financiële middelen vormgegeven wordt en hoe hierbij geborgd wordt dat bestaande en nieuwe cliënten weten waar ze aan toe zijn.',
  },
]

/** Validates a plan-element key; the message is Dutch. */
export const PlanElementKeySchema = z.enum(PLAN_ELEMENT_KEYS, {
  error: 'Kies een bestaand onderdeel van het uitvoeringsplan.',
})

import type { DerivedMeasures } from './measures.ts'

/** One figure of a block's derived progress as the overview shows it: a name, a number and its basis. */
export interface Headline {
  label: string
  value: number | null
  unit: 'basisPoints' | 'count'
  /** Signed percentages (a change) show their sign. */
  signed: boolean
  /** What the number is made of, in words ("31 van 44 regio's"). */
  detail: string
}

/** The one or two figures the overview shows of a derived block (the block page explains each). */
export function headlinesOf(m: DerivedMeasures): Headline[] {
  if (m.kind === 'distribution_model') {
    const detail = m.scenario
      ? m.withheld
        ? `te weinig regio's met een cijfer om te tonen zonder inloggen`
        : `${m.declining ?? 0} regio's dalen, ${m.rising ?? 0} stijgen; ${m.withFigureCount} van ${m.regionCount} met een cijfer (referentiescenario "${m.scenario.name}")`
      : 'er is nog geen referentiescenario aangewezen'
    return [{ label: 'Mediane verandering objectief t.o.v. historisch budget', value: m.medianBasisPoints, unit: 'basisPoints', signed: true, detail }]
  }
  if (m.kind === 'regional_cooperation') {
    return [
      {
        label: 'Regiovisie vastgesteld door elke raad',
        value: m.adoption.shareBasisPoints,
        unit: 'basisPoints',
        signed: false,
        detail: `${m.adoption.fullyAdoptedCount} van ${m.regionCount} regio's`,
      },
    ]
  }
  const { housing, homeShare } = m
  return [
    {
      label: `Aandeel beschermd thuis${homeShare.period ? ` (${homeShare.period})` : ''}`,
      value: homeShare.national?.shareBasisPoints ?? null,
      unit: 'basisPoints',
      signed: false,
      detail: `${homeShare.reportedCount} van ${m.regionCount} regio's met een cijfer`,
    },
    {
      label: `Gerealiseerde woonplekken${housing.year ? ` (${housing.year})` : ''}`,
      value: housing.total,
      unit: 'count',
      signed: false,
      detail: `${housing.reportedCount} van ${m.regionCount} regio's meldden het hele jaar${housing.target ? `; doel ${housing.target.value}` : ''}`,
    },
  ]
}

import { describe, expect, it } from 'vitest'
import { ScenarioParametersSchema, toScenarioFormValues } from '../scenarios.ts'
import { existingClientsFromIndicationEnds } from './indication-ends.ts'

// Issue 18 item 7: the two-part path from indication end dates. Seed 000: existing clients stay with
// the centrumgemeente as long as their indication runs (until end 2031 at the latest); new clients
// fall under all municipalities from 2022 (step 1).

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))

describe('the two-part path from indication end dates', () => {
  it('counts a group in a step while its indication runs on 1 January of that year', () => {
    const groups = [
      { count: 400, endDate: '2023-06-30' },
      { count: 350, endDate: '2026-12-31' },
      { count: 250, endDate: '2031-12-31' },
    ]
    // Year zero 2021, step 1 in 2022, step 10 in 2031 (objective, so no existing client counts).
    expect(existingClientsFromIndicationEnds(groups, 2022, 10)).toEqual([
      1000, 1000, 1000, 600, 600, 600, 250, 250, 250, 250, 0,
    ])
    // An indication whose last day is 1 January still counts in that year.
    expect(
      existingClientsFromIndicationEnds([{ count: 5, endDate: '2022-01-01' }], 2022, 2),
    ).toEqual([5, 5, 0])
  })

  it('derives the schedule f_k = 1 − existing_k / existing_0 on the scenario form', () => {
    const parsed = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      startYear: '2022',
      steps: '10',
      scheduleKind: 'indicationEnds',
      indicationEnds: '400 tot 2023-06-30; 350 tot 2026-12-31\n250 tot 2031-12-31',
    })
    expect(parsed.schedule).toEqual({
      kind: 'outflow',
      existingClientsByStep: [1000, 1000, 1000, 600, 600, 600, 250, 250, 250, 250, 0],
      derivedFrom: {
        kind: 'indicationEnds',
        groups: [
          { count: 400, endDate: '2023-06-30' },
          { count: 350, endDate: '2026-12-31' },
          { count: 250, endDate: '2031-12-31' },
        ],
      },
    })
  })

  it('reopens a saved scenario with its indication end dates, and one from a rate with its rate', () => {
    const fallback = { macroBudgetCents: 100_000_000_000, budgetYear: 2026 }
    const fromDates = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      startYear: '2022',
      scheduleKind: 'indicationEnds',
      indicationEnds: '400 tot 2023-06-30;350 tot 2026-12-31',
    })
    // Saved parameters travel as JSON: what is read back must reopen the same form.
    const reopened = toScenarioFormValues(JSON.parse(JSON.stringify(fromDates)), fallback)
    expect(reopened.scheduleKind).toBe('indicationEnds')
    expect(reopened.indicationEnds).toBe('400 tot 2023-06-30; 350 tot 2026-12-31')
    expect(ScenarioParametersSchema.parse(reopened).schedule).toEqual(fromDates.schedule)

    const fromRate = ScenarioParametersSchema.parse({
      scope: 'GM0193',
      scheduleKind: 'outflowRate',
      outflowRatePercent: '12,5',
    })
    const rate = toScenarioFormValues(fromRate, fallback)
    expect(rate.scheduleKind).toBe('outflowRate')
    expect(rate.outflowRatePercent).toBe('12,5')
    expect(ScenarioParametersSchema.parse(rate).schedule).toEqual(fromRate.schedule)
  })

  it('names the group and the problem in Dutch', () => {
    const parse = (indicationEnds: string) =>
      messages(
        ScenarioParametersSchema.safeParse({
          scope: 'GM0193',
          startYear: '2022',
          scheduleKind: 'indicationEnds',
          indicationEnds,
        }),
      )
    expect(parse('')).toEqual({
      indicationEnds:
        'Vul per groep bestaande cliënten het aantal en de einddatum van de indicatie in, bijvoorbeeld 400 tot 2027-12-31; 350 tot 2029-06-30.',
    })
    expect(parse('400 tot 2027-12-31; veel tot 2028-01-01')).toEqual({
      indicationEnds:
        '"veel tot 2028-01-01" (groep 2) is geen aantal met een einddatum; schrijf bijvoorbeeld 400 tot 2027-12-31.',
    })
    expect(parse('10 tot 2027-02-30')).toEqual({
      indicationEnds: '2027-02-30 (groep 1) is geen bestaande datum (JJJJ-MM-DD).',
    })
    expect(parse('10 tot 2020-12-31')).toEqual({
      indicationEnds:
        'De indicatie van groep 1 eindigt op 2020-12-31, vóór jaar nul (2021): die cliënten zijn dan geen bestaande cliënten meer.',
    })
    expect(parse('0 tot 2027-12-31')).toEqual({
      indicationEnds: 'In jaar nul moeten er bestaande cliënten zijn (meer dan 0).',
    })
  })
})

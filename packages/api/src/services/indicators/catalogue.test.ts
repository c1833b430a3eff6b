// Catalogue editing (issue 12 item 1): an analyst adds and edits indicators, audited, with Dutch field
// errors and optimistic concurrency.
import { fieldErrorsFromZod, indicatorDefinitionFromForm } from '@bt/domain'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { createApiTest } from '../../testing.ts'

let api: Awaited<ReturnType<typeof createApiTest>>
beforeAll(async () => {
  api = await createApiTest()
})
afterAll(() => api.close())

// As the form posts it: strings, checkbox groups, a textarea of levels.
const FORM = {
  key: 'housing_first_places',
  label: 'Plekken Housing First',
  definition: 'Plekken in Housing First-projecten aan het eind van de periode.',
  unit: 'count',
  nature: 'stock',
  aggregation: 'sum',
  direction: 'higher_is_better',
  origin: 'region_reported',
  levels: ['region', 'nation'],
  periodKinds: 'year',
  buildingBlocks: ['7', '9'],
  source: 'door de regio gemeld',
  licence: '',
  ordinalLevels: '',
  target: { value: '1200', date: '2030-12-31' },
}

async function failure(call: Promise<unknown>) {
  return call.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error
      // Invalid input fails the procedure's zod schema; the portal reads its issues per field.
      if (error.cause instanceof ZodError) return { code: error.code, message: error.message, fieldErrors: fieldErrorsFromZod(error.cause), current: undefined }
      const cause = error.cause as { details?: { fieldErrors?: Record<string, string[]>; current?: { version: number; label: string } } } | undefined
      return { code: error.code, message: error.message, fieldErrors: cause?.details?.fieldErrors, current: cause?.details?.current }
    },
  )
}

describe('the indicator catalogue form', () => {
  it('reads a posted form, and names a malformed level line and half a target in Dutch', () => {
    expect(indicatorDefinitionFromForm(FORM)).toEqual({
      input: expect.objectContaining({ levels: ['region', 'nation'], periodKinds: ['year'], buildingBlocks: [7, 9], perThousand: false, target: { value: 1200, date: '2030-12-31' } }),
      fieldErrors: {},
    })
    const bad = indicatorDefinitionFromForm({ ...FORM, ordinalLevels: '1 = Geen\nveel', target: { value: '12,5', date: '' } })
    expect(bad.fieldErrors).toEqual({
      ordinalLevels: ["Regel 2 ('veel'): schrijf een getal, een =-teken en de naam, bijvoorbeeld '1 = Geen samenwerking'."],
      'target.date': ['Vul bij een doelwaarde ook de datum in (of maak beide leeg).'],
    })
  })
})

describe('editing the indicator catalogue', () => {
  it('lets an analyst add an indicator, audited, and refuses the same key again on its field', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const { input } = indicatorDefinitionFromForm(FORM)
    expect(await analyst.create(input)).toEqual({ key: 'housing_first_places', version: 1 })
    const { indicators } = await analyst.catalogue()
    expect(indicators.find((i) => i.key === 'housing_first_places')).toMatchObject({ label: 'Plekken Housing First', buildingBlocks: [7, 9], target: { value: 1200, date: '2030-12-31' } })
    const again = await failure(analyst.create(input))
    expect(again.fieldErrors).toEqual({ key: ['De sleutel housing_first_places is al in gebruik.'] })
    const audit = await api.db.selectFrom('auditLog').select(['action', 'entityId']).where('entityId', '=', 'housing_first_places').execute()
    expect(audit).toEqual([{ action: 'indicator.created', entityId: 'housing_first_places' }])
  })

  it('gives a field-level Dutch message for a percentage that would be summed and an ordinal without levels', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const summed = await failure(analyst.create(indicatorDefinitionFromForm({ ...FORM, key: 'share_x', unit: 'percentage' }).input))
    expect(summed.code).toBe('BAD_REQUEST')
    expect(summed.fieldErrors?.aggregation).toEqual(['Percentages tel je niet op: kies "teller en noemer optellen, dan delen".'])
    const ordinal = await failure(analyst.create(indicatorDefinitionFromForm({ ...FORM, key: 'level_x', unit: 'ordinal', aggregation: 'distribution' }).input))
    expect(ordinal.fieldErrors?.ordinalLevels).toEqual(['Een niveau-indicator heeft minstens twee niveaus.'])
  })

  it('edits with the version read; a stale edit gets the saved entry and overwrites nothing', async () => {
    const analyst = api.callerAs('vng_analyst').indicator
    const { input } = indicatorDefinitionFromForm(FORM)
    expect(await analyst.update({ indicator: { ...input, label: 'Housing First-plekken' }, version: 1 })).toEqual({ key: 'housing_first_places', version: 2 })
    const stale = await failure(analyst.update({ indicator: { ...input, label: 'Iets anders' }, version: 1 }))
    expect(stale.code).toBe('CONFLICT')
    expect(stale.current).toMatchObject({ label: 'Housing First-plekken', version: 2 })
    const { indicators } = await analyst.catalogue()
    expect(indicators.find((i) => i.key === 'housing_first_places')?.label).toBe('Housing First-plekken')
    const audit = await api.db.selectFrom('auditLog').select('action').where('entityId', '=', 'housing_first_places').orderBy('id').execute()
    expect(audit.map((a) => a.action)).toEqual(['indicator.created', 'indicator.updated'])
  })

  it('refuses catalogue edits by anyone but an analyst', async () => {
    const { input } = indicatorDefinitionFromForm(FORM)
    expect((await failure(api.callerAs('region_editor').indicator.update({ indicator: input, version: 2 }))).code).toBe('FORBIDDEN')
  })
})

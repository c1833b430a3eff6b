import { describe, expect, it } from 'vitest'
import { fieldErrorsFromZod } from './index.ts'
import { AddMunicipalityMergerSchema } from './municipality-validity.ts'

// The merger form's messages (issue 12): each field names its own problem in Dutch.
const MERGER = { code: 'GM9060', name: 'Waddeneilanden', province: 'Friesland', validFrom: '2031-01-01', mergedCodes: ['GM0060', 'GM0088'], regionCode: 'GM0080' }
const errorsOf = (input: unknown) => {
  const parsed = AddMunicipalityMergerSchema.safeParse(input)
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error)
}

describe('AddMunicipalityMergerSchema', () => {
  it('takes a merger and upper-cases codes', () => {
    expect(AddMunicipalityMergerSchema.parse({ ...MERGER, mergedCodes: ['gm0060', 'GM0088'] }).mergedCodes).toEqual(['GM0060', 'GM0088'])
  })

  it('names each wrong field: a malformed code, a malformed merged code by its place, no region, no merged code', () => {
    expect(errorsOf({ ...MERGER, code: 'Wadden', mergedCodes: ['GM0060', 'GM88'], regionCode: '' })).toEqual({
      code: ['Een gemeentecode bestaat uit GM en vier cijfers, bijvoorbeeld GM0193.'],
      'mergedCodes.1': ['Een gemeentecode bestaat uit GM en vier cijfers, bijvoorbeeld GM0193.'],
      regionCode: ['Kies de regio van de nieuwe gemeente.'],
    })
    expect(errorsOf({ ...MERGER, mergedCodes: [] })).toEqual({ mergedCodes: ['Noem minstens één gemeente die opgaat in de nieuwe.'] })
  })

  it('refuses the new code among the merged ones, and a merged code twice', () => {
    expect(errorsOf({ ...MERGER, mergedCodes: ['GM9060', 'GM0088', 'GM0088'] })).toEqual({
      code: ['De nieuwe gemeente krijgt een nieuwe code, niet die van een opgaande gemeente.'],
      mergedCodes: ['Elke opgaande gemeente één keer.'],
    })
  })
})

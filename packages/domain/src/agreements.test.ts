import { describe, expect, it } from 'vitest'
import {
  AGREEMENT_STAGES,
  AgreementFieldsSchema,
  RecordDelaySchema,
  STAGE_TRANSITIONS,
  canChangeStage,
} from './agreements.ts'

const minimal = { title: 'Crisisbedden', nvoAgreements: 'access', themes: 'access', conditions: 'low_threshold_access' }

function messagesOf(input: unknown): Record<string, string[]> {
  const result = AgreementFieldsSchema.safeParse(input)
  if (result.success) return {}
  const errors: Record<string, string[]> = {}
  for (const issue of result.error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message)
  return errors
}

describe('stage transitions', () => {
  it('follow the table: forward along the line, lapse from any open stage, revive a lapsed one', () => {
    expect(canChangeStage('concept', 'vastgesteld')).toBe(true)
    expect(canChangeStage('vastgesteld', 'in_uitvoering')).toBe(true)
    expect(canChangeStage('in_uitvoering', 'gerealiseerd')).toBe(true)
    expect(canChangeStage('in_uitvoering', 'vervallen')).toBe(true)
    expect(canChangeStage('vervallen', 'concept')).toBe(true)
  })

  it('refuse skipping stages and reopening a realised agreement', () => {
    expect(canChangeStage('concept', 'gerealiseerd')).toBe(false)
    expect(canChangeStage('concept', 'in_uitvoering')).toBe(false)
    expect(canChangeStage('gerealiseerd', 'in_uitvoering')).toBe(false)
    expect(canChangeStage('vervallen', 'gerealiseerd')).toBe(false)
  })

  it('always allow staying in a stage, and name only real stages', () => {
    for (const stage of AGREEMENT_STAGES) {
      expect(canChangeStage(stage, stage)).toBe(true)
      for (const to of STAGE_TRANSITIONS[stage]) expect(AGREEMENT_STAGES).toContain(to)
    }
  })
})

describe('agreement fields', () => {
  it('accept a minimal agreement as a form sends it, with single checkboxes as strings', () => {
    const parsed = AgreementFieldsSchema.parse({ ...minimal, plannedDate: '', partners: [{ name: '', kind: '' }] })
    expect(parsed).toMatchObject({
      nvoAgreements: ['access'],
      themes: ['access'],
      conditions: ['low_threshold_access'],
      buildingBlocks: [],
      partners: [],
      plannedDate: null,
      stage: 'concept',
    })
  })

  it('name each missing required field in Dutch', () => {
    expect(messagesOf({ title: '' })).toEqual({
      title: ['Een titel heeft minstens 3 tekens.'],
      nvoAgreements: ['Kies minstens één NvO-afspraak.'],
      themes: ['Kies minstens één thema.'],
      conditions: ['Kies minstens één conditie.'],
    })
  })

  it('refuse an impossible date and an unknown key', () => {
    expect(messagesOf({ ...minimal, plannedDate: '2026-02-30' }).plannedDate).toEqual(['Vul een geldige datum in (JJJJ-MM-DD).'])
    expect(messagesOf({ ...minimal, themes: ['access', 'geen_thema'] })['themes.1']).toBeDefined()
  })

  it('require a reason when an agreement lapses', () => {
    expect(messagesOf({ ...minimal, stage: 'vervallen' }).stageReason).toEqual(['Geef aan waarom de afspraak is vervallen.'])
    expect(messagesOf({ ...minimal, stage: 'vervallen', stageReason: 'Opgegaan in afspraak 12' })).toEqual({})
  })

  it('keep script tags as plain text: rendering, not validation, makes them inert', () => {
    const parsed = AgreementFieldsSchema.parse({ ...minimal, body: '<script>alert(1)</script>' })
    expect(parsed.body).toBe('<script>alert(1)</script>')
  })
})

describe('delays', () => {
  it('require a reason and a valid new date', () => {
    expect(RecordDelaySchema.safeParse({ id: 1, version: 1, reason: '', newDate: '2026-09-01' }).success).toBe(false)
    expect(RecordDelaySchema.safeParse({ id: 1, version: 1, reason: 'Aanbesteding uitgesteld', newDate: '01-09-2026' }).success).toBe(false)
    expect(RecordDelaySchema.parse({ id: '1', version: '2', reason: 'Aanbesteding uitgesteld', newDate: '2026-09-01' })).toEqual({
      id: 1,
      version: 2,
      reason: 'Aanbesteding uitgesteld',
      newDate: '2026-09-01',
    })
  })
})

describe('NvO level input', () => {
  it('refuses an empty choice instead of reading it as level 0', async () => {
    const { SetNvoLevelSchema } = await import('./agreements.ts')
    const base = { regionSlug: 'zwolle', nvoAgreement: 'access', explanation: '', version: '' }
    expect(SetNvoLevelSchema.safeParse({ ...base, level: '' }).success).toBe(false)
    expect(SetNvoLevelSchema.parse({ ...base, level: '0' }).level).toBe(0)
    expect(SetNvoLevelSchema.parse({ ...base, level: 3 }).level).toBe(3)
    expect(SetNvoLevelSchema.safeParse({ ...base, level: '7' }).success).toBe(false)
  })
})

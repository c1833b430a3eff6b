// A catalogue entry as a plain HTML form posts it (strings, checkbox groups, a textarea of levels),
// turned into the shape IndicatorDefinitionSchema checks. Works without JavaScript; problems the
// schema cannot see (a malformed level line, half a target) come back as Dutch field errors.
import type { FieldErrors } from '../errors.ts'
import type { IndicatorDefinitionInput } from './catalogue.ts'

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v !== '' ? [v] : [])
const LEVEL_LINE = /^\s*(-?\d+)\s*[=:]\s*(.+?)\s*$/
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/
// A posted choice goes through as the enum's type unchecked: the schema's enums name the problem in
// Dutch when a choice is missing or unknown.
const choice = <T extends string>(v: unknown): T => text(v) as T
const choices = <T extends string>(v: unknown): T[] => list(v) as T[]
type Input = IndicatorDefinitionInput

/** Ordinal levels as lines "1 = Geen samenwerking", one per line. */
export function ordinalLevelsToText(levels: readonly { value: number; label: string }[]): string {
  return levels.map((l) => `${l.value} = ${l.label}`).join('\n')
}

/**
 * The posted form as schema input, plus field errors for what only the form can get wrong. Checkbox
 * groups may come as one string or several; `perThousand` is 'ja' when ticked.
 */
export function indicatorDefinitionFromForm(values: Record<string, unknown>): { input: IndicatorDefinitionInput; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {}
  const ordinalLevels: { value: number; label: string }[] = []
  text(values.ordinalLevels)
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return
      const match = LEVEL_LINE.exec(line)
      if (!match) {
        ;(fieldErrors.ordinalLevels ??= []).push(`Regel ${i + 1} ('${line.trim().slice(0, 40)}'): schrijf een getal, een =-teken en de naam, bijvoorbeeld '1 = Geen samenwerking'.`)
        return
      }
      ordinalLevels.push({ value: Number(match[1]), label: match[2] ?? '' })
    })
  const target = values.target
  const targetField = (key: string): unknown => (typeof target === 'object' && target !== null ? Reflect.get(target, key) : undefined)
  const targetValue = text(targetField('value')).trim()
  const targetDate = text(targetField('date')).trim()
  let parsedTarget: { value: number; date: string } | null = null
  if (targetValue !== '' || targetDate !== '') {
    if (targetValue === '') fieldErrors['target.value'] = ['Vul bij een doeldatum ook de doelwaarde in (of maak beide leeg).']
    else if (!DECIMAL.test(targetValue)) fieldErrors['target.value'] = [`'${targetValue}' is geen getal. Gebruik cijfers met hoogstens één decimaalteken.`]
    if (targetDate === '') fieldErrors['target.date'] = ['Vul bij een doelwaarde ook de datum in (of maak beide leeg).']
    if (!fieldErrors['target.value'] && !fieldErrors['target.date']) parsedTarget = { value: Number(targetValue.replace(',', '.')), date: targetDate }
  }
  return {
    input: {
      key: text(values.key),
      label: text(values.label),
      definition: text(values.definition),
      unit: choice<Input['unit']>(values.unit),
      nature: choice<Input['nature']>(values.nature),
      levels: choices<Input['levels'][number]>(values.levels),
      periodKinds: choices<Input['periodKinds'][number]>(values.periodKinds),
      direction: choice<Input['direction']>(values.direction),
      aggregation: choice<Input['aggregation']>(values.aggregation),
      buildingBlocks: list(values.buildingBlocks).map(Number),
      origin: choice<Input['origin']>(values.origin),
      source: text(values.source),
      licence: text(values.licence),
      perThousand: text(values.perThousand) === 'ja',
      ordinalLevels,
      target: parsedTarget,
    },
    fieldErrors,
  }
}

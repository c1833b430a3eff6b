import {
  AGGREGATION_RULE_LABELS,
  AGGREGATION_RULES,
  AREA_LEVEL_LABELS,
  AREA_LEVELS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_NATURE_LABELS,
  INDICATOR_NATURES,
  INDICATOR_ORIGIN_LABELS,
  INDICATOR_ORIGINS,
  INDICATOR_UNIT_LABELS,
  INDICATOR_UNITS,
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  ordinalLevelsToText,
  type IndicatorDefinition,
} from '@bt/domain'
import { Button } from '@utrecht/component-library-react'
import { useForm } from 'react-hook-form'
import { Form, useNavigation } from 'react-router'
import { CheckboxGroup } from '#app/components/agreements/checkbox-group.tsx'
import { FormError, SelectField, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { submitted, submittedList } from '#app/components/admin/shared.tsx'
import type { FieldErrors } from '#app/lib/forms.ts'

type Values = Record<string, unknown> | undefined

/** A catalogue choice: the shared SelectField with an empty "— kies —" first option. */
function ChoiceField({ id, label, hint, error, options, value }: { id: string; label: string; hint?: string; error?: string; options: readonly { value: string; label: string }[]; value: string }) {
  return (
    <SelectField id={id} name={id} label={label} hint={hint} error={error} defaultValue={value}>
      <option value="">— kies —</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </SelectField>
  )
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }))

/**
 * Every field of a catalogue entry (issue 12 item 1) in one plain form that works without JavaScript;
 * the server checks it with the domain schema and answers with Dutch messages per field.
 */
export function CatalogueForm({ entry, blocks, values, errors, formError, submitLabel }: {
  entry: (IndicatorDefinition & { version: number }) | null
  blocks: readonly { number: number; label: string }[]
  values: Values
  errors: FieldErrors | undefined
  formError: string | undefined
  submitLabel: string
}) {
  const { register } = useForm()
  const busy = useNavigation().state === 'submitting'
  const err = (name: string) => errors?.[name]?.[0]
  const str = (name: string, fallback: string) => submitted(values, name) ?? fallback
  const many = (name: string, fallback: readonly string[]) => submittedList(values, name) ?? [...fallback]
  return (
    <>
      <FormError message={formError} />
      <Form method="post" noValidate className="bt-form">
        {entry ? <input type="hidden" name="version" value={entry.version} /> : null}
        {entry ? <input type="hidden" name="key" value={entry.key} /> : (
          <TextField id="key" name="key" label="Sleutel" hint="Kleine letters, cijfers en liggende streepjes; kan later niet meer veranderen." autoComplete="off" defaultValue={str('key', '')} error={err('key')} />
        )}
        <TextField id="label" name="label" label="Naam" autoComplete="off" defaultValue={str('label', entry?.label ?? '')} error={err('label')} />
        <TextAreaField id="definition" name="definition" label="Definitie" hint="Wat de indicator precies meet." error={err('definition')} rows={4} className="bt-textarea" defaultValue={str('definition', entry?.definition ?? '')} />
        <ChoiceField id="unit" label="Eenheid" error={err('unit')} options={choices(INDICATOR_UNITS, INDICATOR_UNIT_LABELS)} value={str('unit', entry?.unit ?? '')} />
        <ChoiceField id="nature" label="Aard" hint="Een stand neemt de waarde aan het eind van de periode; stromen tellen op; unieke personen nooit." error={err('nature')} options={choices(INDICATOR_NATURES, INDICATOR_NATURE_LABELS)} value={str('nature', entry?.nature ?? '')} />
        <ChoiceField id="aggregation" label="Samenvoegen" hint="Percentages en verhoudingen worden nooit gemiddeld: teller en noemer tellen op." error={err('aggregation')} options={choices(AGGREGATION_RULES, AGGREGATION_RULE_LABELS)} value={str('aggregation', entry?.aggregation ?? '')} />
        <ChoiceField id="direction" label="Richting" error={err('direction')} options={choices(INDICATOR_DIRECTIONS, INDICATOR_DIRECTION_LABELS)} value={str('direction', entry?.direction ?? '')} />
        <ChoiceField id="origin" label="Herkomst" hint="Bepaalt wie cijfers per regio ziet: openbare statistiek iedereen, de rest na inloggen." error={err('origin')} options={choices(INDICATOR_ORIGINS, INDICATOR_ORIGIN_LABELS)} value={str('origin', entry?.origin ?? '')} />
        <CheckboxGroup id="levels" legend="Niveaus" error={err('levels')} options={choices(AREA_LEVELS, AREA_LEVEL_LABELS)} checked={many('levels', entry?.levels ?? [])} register={() => register('levels')} />
        <CheckboxGroup id="periodKinds" legend="Soorten periode" error={err('periodKinds')} options={choices(PERIOD_KINDS, PERIOD_KIND_LABELS)} checked={many('periodKinds', entry?.periodKinds ?? [])} register={() => register('periodKinds')} />
        <CheckboxGroup id="buildingBlocks" legend="Bouwstenen" error={err('buildingBlocks')} options={blocks.map((b) => ({ value: String(b.number), label: `${b.number}. ${b.label}` }))} checked={many('buildingBlocks', (entry?.buildingBlocks ?? []).map(String))} register={() => register('buildingBlocks')} columns={false} />
        <TextField id="source" name="source" label="Bron" autoComplete="off" defaultValue={str('source', entry?.source ?? '')} error={err('source')} />
        <TextField id="licence" name="licence" label="Licentie" hint="Bijvoorbeeld CC BY 4.0; leeg als de bron er geen noemt." autoComplete="off" defaultValue={str('licence', entry?.licence ?? '')} error={err('licence')} />
        <div className="bt-field">
          <input type="checkbox" id="perThousand" name="perThousand" value="ja" defaultChecked={values ? submitted(values, 'perThousand') === 'ja' : (entry?.perThousand ?? false)} className="utrecht-checkbox utrecht-checkbox--html-input" />{' '}
          <label htmlFor="perThousand" className="utrecht-form-label utrecht-form-label--checkbox">Ook per 1.000 inwoners tonen (inwoners volgens CBS)</label>
        </div>
        <TextAreaField id="ordinalLevels" name="ordinalLevels" label="Niveaus van een niveau-indicator" hint="Eén per regel: getal = naam, bijvoorbeeld '1 = Geen samenwerking'. Alleen bij de eenheid niveau." error={err('ordinalLevels')} rows={4} className="bt-textarea" defaultValue={str('ordinalLevels', ordinalLevelsToText(entry?.ordinalLevels ?? []))} />
        <TextField id="target-value" name="target.value" label="Doelwaarde (optioneel)" hint="In de eenheid van de indicator; een verhouding als percentage." inputMode="decimal" autoComplete="off" defaultValue={submitted(values, 'target', 'value') ?? (entry?.target ? String(entry.target.value).replace('.', ',') : '')} error={err('target.value')} />
        <TextField id="target-date" name="target.date" type="date" label="Doeldatum (optioneel)" defaultValue={submitted(values, 'target', 'date') ?? entry?.target?.date ?? ''} error={err('target.date')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{submitLabel}</Button>
      </Form>
    </>
  )
}

import {
  AGREEMENT_BODY_MAX,
  AGREEMENT_STAGES,
  type AgreementStage,
  BUILDING_BLOCKS,
  CONDITIONS,
  isOneOf,
  itemAt,
  NVO_AGREEMENTS,
  NVO_THEMES,
  PLAN_ELEMENTS,
  STAGE_TRANSITIONS,
} from '@bt/domain'
import { Button, Heading2 } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { Form, Link, useNavigation } from 'react-router'
import { SelectField, TextAreaField, TextField } from '#app/components/form-field.tsx'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'
import { AgreementErrorSummary } from './agreement-error-summary.tsx'
import { isRowList, MilestoneRows, PartnerRows } from './agreement-rows.tsx'
import { CheckboxGroup } from './checkbox-group.tsx'
import { withSpareRow, type AgreementFormFields } from './form-values.ts'
import { buildingBlockLabel, conditionLabel, nvoLabel, planElementLabel, stageLabel } from './labels.ts'
import { nvoThemesHint, ThemeSuggestion } from './theme-suggestion.tsx'
import type { RegionMember } from './types.ts'

function isStage(value: string): value is AgreementStage {
  return isOneOf(AGREEMENT_STAGES, value)
}

/** The stages the select offers: the current one and those the stage table allows from it. */
export function stageOptions(current: string): AgreementStage[] {
  return isStage(current) ? [current, ...STAGE_TRANSITIONS[current]] : ['concept']
}

interface AgreementFormProps {
  /** Where the form posts (its own route) and what the submit button says. */
  submitLabel: string
  cancelTo: string
  members: readonly RegionMember[]
  values: AgreementFormFields
  /** The stage the agreement has now (the allowed changes start there); 'concept' for a new one. */
  currentStage: string
  /** The version the edit starts from (hidden); absent for a new agreement. */
  version?: number
  serverErrors?: FieldErrors
  formError?: string
  children?: ReactNode
}

/**
 * The agreement form for create and edit: react-hook-form with `AgreementFieldsSchema` in the
 * browser, the same schema in the route action without JavaScript. Names follow the API input
 * (`fields.title`, `fields.partners.0.name`) so server errors land on their inputs.
 */
export function AgreementForm({ submitLabel, cancelTo, members, values: given, currentStage, version, serverErrors, formError, children }: AgreementFormProps) {
  const stages = stageOptions(currentStage)
  // Only stages the table allows are offered; one that is no longer allowed (after a conflict) falls back to the current one.
  const values = {
    ...given,
    stage: stages.includes(given.stage as AgreementStage) ? given.stage : itemAt(stages, 0),
    partners: withSpareRow(given.partners, { name: '', kind: '' }),
    milestones: withSpareRow(given.milestones, { date: '', label: '' }),
  }
  const { form, onSubmit, errorFor } = useValidatedForm({
    // Lists as arrays, so a group with a single box still yields a list.
    defaultValues: { fields: values },
    serverErrors,
  })
  const reg = (name: string) => form.register(name)
  const busy = useNavigation().state === 'submitting'
  // Row errors are found by the rows as they are now (the browser) or as they were posted (server).
  const watchedPartners: unknown = form.watch('fields.partners')
  const watchedMilestones: unknown = form.watch('fields.milestones')
  const livePartners = isRowList(watchedPartners) ? watchedPartners : values.partners
  const liveMilestones = isRowList(watchedMilestones) ? watchedMilestones : values.milestones
  const allowedNext = isStage(currentStage) ? STAGE_TRANSITIONS[currentStage] : []

  const textArea = (name: string, id: string, label: string, hint: string, rows: number, defaultValue: string) => {
    const error = errorFor(`fields.${name}`)
    return (
      <TextAreaField
        id={id}
        label={label}
        hint={hint}
        error={error}
        className="bt-wide-input"
        rows={rows}
        defaultValue={defaultValue}
        {...reg(`fields.${name}`)}
      />
    )
  }

  return (
    <>
      <AgreementErrorSummary serverErrors={serverErrors} formError={formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-agreement-form">
        {/* Enter in a field saves (the first submit button is the default one), never adds or removes a row */}
        <button type="submit" hidden tabIndex={-1}>
          {submitLabel}
        </button>
        {version !== undefined ? (
          <>
            <input type="hidden" name="version" defaultValue={version} />
            {/* Not part of the API input: lets the page offer the right stages again after invalid input. */}
            <input type="hidden" name="baseStage" defaultValue={currentStage} />
          </>
        ) : null}
        {children}

        <Heading2>Inhoud</Heading2>
        <TextField
          id="title"
          label="Titel"
          hint="Kort en herkenbaar, bijvoorbeeld “Regionale toegang beschermd wonen vanaf 2027”."
          autoComplete="off"
          className="bt-wide-input"
          defaultValue={values.title}
          error={errorFor('fields.title')}
          {...reg('fields.title')}
        />
        {textArea(
          'body',
          'body',
          'Tekst van de afspraak',
          `De afspraak zelf, hoogstens ${AGREEMENT_BODY_MAX.toLocaleString('nl-NL')} tekens. Opmaak met Markdown: een lege regel voor een nieuwe alinea, **vet**, *cursief*, regels die met “- ” beginnen voor een lijst, “## ” voor een tussenkop. HTML wordt als gewone tekst getoond.`,
          10,
          values.body,
        )}
        <SelectField
          id="stage"
          label="Stadium"
          hint={
            allowedNext.length === 0
              ? `Een afspraak in het stadium “${stageLabel(currentStage)}” verandert niet meer van stadium.`
              : `Nu: ${stageLabel(currentStage)}. Van hieruit kan de afspraak naar: ${allowedNext.map((s) => stageLabel(s)).join(', ')}.`
          }
          error={errorFor('fields.stage')}
          defaultValue={values.stage}
          {...reg('fields.stage')}
        >
          {stages.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
        </SelectField>
        {textArea(
          'stageReason',
          'stageReason',
          'Reden dat de afspraak is vervallen',
          'Alleen nodig als u het stadium op “Vervallen” zet: waarom geldt de afspraak niet meer?',
          3,
          values.stageReason,
        )}

        <Heading2>Koppelingen</Heading2>
        <CheckboxGroup
          id="nvoAgreements"
          legend="NvO-afspraken"
          hint="Kies de afspraken uit de Norm voor Opdrachtgeverschap die deze afspraak uitwerkt (minstens één)."
          error={errorFor('fields.nvoAgreements')}
          options={NVO_AGREEMENTS.map((n) => ({
            value: n.key,
            label: nvoLabel(n.key),
            description: nvoThemesHint(n.key),
          }))}
          checked={values.nvoAgreements}
          register={() => reg('fields.nvoAgreements')}
        />
        <ThemeSuggestion form={form} />
        <CheckboxGroup
          id="themes"
          legend="Thema's"
          hint="Minstens één thema. Onder elke NvO-afspraak hierboven staat welk thema erbij past."
          error={errorFor('fields.themes')}
          options={NVO_THEMES.map((t) => ({ value: t.key, label: t.label }))}
          checked={values.themes}
          register={() => reg('fields.themes')}
        />
        <CheckboxGroup
          id="conditions"
          legend="Condities van Dannenberg"
          hint="Aan welke van de acht condities voor sociale inclusie draagt de afspraak bij? Minstens één."
          error={errorFor('fields.conditions')}
          options={CONDITIONS.map((c) => ({ value: c.key, label: conditionLabel(c.key) }))}
          checked={values.conditions}
          register={() => reg('fields.conditions')}
        />
        <CheckboxGroup
          id="buildingBlocks"
          legend="Bouwstenen"
          hint="Optioneel; ontbreekt dit, dan telt de afspraak als onvolledig."
          error={errorFor('fields.buildingBlocks')}
          options={BUILDING_BLOCKS.map((b) => ({ value: b.key, label: buildingBlockLabel(b.key) }))}
          checked={values.buildingBlocks}
          register={() => reg('fields.buildingBlocks')}
        />
        <CheckboxGroup
          id="planElements"
          legend="Onderdelen van het uitvoeringsplan"
          hint="Optioneel; ontbreekt dit, dan telt de afspraak als onvolledig."
          error={errorFor('fields.planElements')}
          options={PLAN_ELEMENTS.map((p) => ({ value: p.key, label: planElementLabel(p.key) }))}
          checked={values.planElements}
          register={() => reg('fields.planElements')}
        />

        <Heading2>Wie</Heading2>
        <CheckboxGroup
          id="municipalities"
          legend="Verantwoordelijke gemeenten"
          hint="De gemeenten van de regio die de afspraak uitvoeren."
          error={errorFor('fields.municipalities')}
          options={members.map((m) => ({ value: m.code, label: m.name }))}
          checked={values.municipalities}
          register={() => reg('fields.municipalities')}
        />
        <PartnerRows control={form.control} live={livePartners} reg={reg} errorFor={errorFor} />

        <Heading2>Planning</Heading2>
        <TextField
          id="plannedDate"
          type="date"
          label="Geplande datum"
          hint="Wanneer moet de afspraak gerealiseerd zijn? Kies een datum of typ hem als JJJJ-MM-DD. Loopt het uit, meld dan een vertraging op de pagina van de afspraak: de oorspronkelijke datum blijft dan zichtbaar."
          defaultValue={values.plannedDate}
          error={errorFor('fields.plannedDate')}
          {...reg('fields.plannedDate')}
        />
        <MilestoneRows control={form.control} live={liveMilestones} reg={reg} errorFor={errorFor} />
        {textArea(
          'explanation',
          'explanation',
          'Toelichting van de regio',
          'Optioneel: context, afwegingen of stand van zaken in de woorden van de regio.',
          4,
          values.explanation,
        )}
        <div className="bt-actions">
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {submitLabel}
          </Button>
          <Link to={cancelTo}>Annuleren</Link>
        </div>
      </Form>
    </>
  )
}

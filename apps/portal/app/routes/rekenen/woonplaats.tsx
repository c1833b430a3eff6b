import { RESIDENCE_FORM_ROWS, ResidenceCheckSchema, type ResidenceCheckInput } from '@bt/domain'
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { data, Form, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError, TextField } from '#app/components/form-field.tsx'
import { formatIsoDate, pageMeta } from '#app/lib/format.ts'
import { type FormValues, useValidatedForm } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, NO_STORE, parseValues } from '#app/server/forms.server.ts'
import type { Route } from './+types/woonplaats'
import { CalcBreadcrumb, FocusHeading } from '#app/components/calc/shared.tsx'

// The woonplaatsbeginsel check (DOMAIN.md §6.2, §6.4). A client's history is special-category
// personal data (GDPR art. 9): it is posted, checked and shown once. Nothing is stored or logged,
// and nothing of it goes into an address.

export const meta: Route.MetaFunction = () => [...pageMeta('Woonplaatstoets', 'De woonplaatstoets: welke gemeente is verantwoordelijk voor een cliënt.')]

// ADR 006: the page and its answer are never stored (React Router only sends a route's own headers
// through this export, for the page and its `.data` alike).
export const headers: Route.HeadersFunction = () => NO_STORE

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const overview = await getApi(context).calc.overview().catch(toRouteError)
  return { municipalities: overview.municipalities }
}

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  // formDataToObject yields texts, lists and nested groups: FormValues.
  const values = formDataToObject(await request.formData()) as FormValues
  return formAction(values, async () => {
    parseValues(values, ResidenceCheckSchema)
    // Unchecked on purpose: the API parses the input and names each wrong field.
    const answer = await getApi(context).calc.checkResidence(values as ResidenceCheckInput)
    return data({ answer, values }, { headers: NO_STORE })
  })
}

const REASONS = {
  RECENT_BW_PROVIDER: 'Eerder beschermd wonen eindigde minder dan 12 maanden geleden',
  ADDRESS_ON_DAY_BEFORE: 'Adres op de dag vóór de aanvraag of de start',
  REPORTING_MUNICIPALITY:
    'Geen adres bekend: de gemeente waar de cliënt zich meldt, met de vangnetregeling',
} as const

type Answer = Awaited<ReturnType<ReturnType<typeof getApi>['calc']['checkResidence']>>

function Explanation({ answer }: { answer: Answer }) {
  const r = answer.responsible
  const referenceText =
    r.referenceKind === 'application' ? 'de aanvraag' : 'de start van beschermd wonen'
  if (r.reason === 'RECENT_BW_PROVIDER' && r.lastBwEpisode) {
    return (
      <Paragraph>
        {r.lastBwEpisode.municipalityName} bood beschermd wonen
        {r.lastBwEpisode.endDate
          ? ` tot en met ${formatIsoDate(r.lastBwEpisode.endDate)}`
          : ' en doet dat nog'}
        . Dat is minder dan 12 maanden vóór {referenceText} op {formatIsoDate(r.referenceDate)}
        {r.lastBwEpisode.ruleAppliesUntilDate
          ? ` (de regel geldt tot en met ${formatIsoDate(r.lastBwEpisode.ruleAppliesUntilDate)})`
          : ''}
        , dus blijft {r.municipalityName} verantwoordelijk.
      </Paragraph>
    )
  }
  if (r.reason === 'ADDRESS_ON_DAY_BEFORE') {
    return (
      <Paragraph>
        Op {formatIsoDate(r.dayBeforeDate)}, de dag vóór {referenceText}, stond de cliënt
        ingeschreven in {r.municipalityName}. Het adres van de instelling na de verhuizing telt
        niet.
      </Paragraph>
    )
  }
  return (
    <Paragraph>
      Op {formatIsoDate(r.dayBeforeDate)}, de dag vóór {referenceText}, is geen adres bekend. Dan is
      de gemeente waar de cliënt zich meldt verantwoordelijk ({r.municipalityName}), met de
      financiële vangnetregeling.
    </Paragraph>
  )
}

function AnswerView({ answer }: { answer: Answer }) {
  const n = answer.newClient
  return (
    <section
      aria-labelledby="uitkomst"
      className="bt-section utrecht-alert utrecht-alert--info bt-preview"
    >
      <FocusHeading id="uitkomst" focusKey={answer}>
        Uitkomst
      </FocusHeading>
      <dl className="bt-facts">
        <div>
          <dt>Verantwoordelijke gemeente</dt>
          <dd>{answer.responsible.municipalityName}</dd>
        </div>
        <div>
          <dt>Grond</dt>
          <dd>{REASONS[answer.responsible.reason]}</dd>
        </div>
        <div>
          <dt>Nieuwe cliënt in {n.region.name}</dt>
          <dd>{n.isNewClient ? 'Ja' : 'Nee'}</dd>
        </div>
      </dl>
      <Explanation answer={answer} />
      <Paragraph>
        {n.isNewClient
          ? `Geen aanvraag voor en geen gebruik van beschermd wonen in ${n.region.name} van ${formatIsoDate(n.windowStartDate)} tot en met ${formatIsoDate(n.windowEndDate)} (de ${windowDays(n)} dagen vóór de melding): een nieuwe cliënt.`
          : `${n.matchedEvent?.kind === 'application' ? 'Een aanvraag' : 'Gebruik van beschermd wonen'} in ${n.matchedEvent?.municipalityName ?? n.region.name} (rij ${n.matchedEvent?.row ?? '?'}) valt in de ${windowDays(n)} dagen vóór de melding (${formatIsoDate(n.windowStartDate)} tot en met ${formatIsoDate(n.windowEndDate)}): geen nieuwe cliënt.`}
      </Paragraph>
    </section>
  )
}

/** The new-client window's length in days (a parameter: 365 unless changed). */
function windowDays(n: { windowStartDate: string; windowEndDate: string }): number {
  return Math.round((Date.parse(n.windowEndDate) - Date.parse(n.windowStartDate)) / 86_400_000) + 1
}

export default function Woonplaats({ loaderData, actionData }: Route.ComponentProps) {
  const answer = actionData && 'answer' in actionData ? actionData.answer : undefined
  const failure = actionData && 'fieldErrors' in actionData ? actionData : undefined
  // The values the form posted, echoed back (plain object).
  const values = (actionData?.values ?? {}) as Record<string, unknown>
  const { form, onSubmit, errorFor } = useValidatedForm({
    defaultValues: values,
    serverErrors: failure?.fieldErrors,
  })
  const busy = useNavigation().state === 'submitting'
  const valueOf = (path: string): string => {
    let target: unknown = values
    for (const part of path.split('.'))
      // Walking the posted object by the field's dotted name; a missing part gives undefined.
      target = (target as Record<string, unknown> | undefined)?.[part]
    return typeof target === 'string' ? target : ''
  }
  const input = (
    name: string,
    label: string,
    props: { type?: string; hint?: ReactNode; list?: string } = {},
  ) => (
    <TextField
      id={name.replace(/\./g, '-')}
      label={label}
      hint={props.hint}
      type={props.type ?? 'text'}
      list={props.list}
      autoComplete="off"
      defaultValue={valueOf(name)}
      error={errorFor(name)}
      {...form.register(name)}
    />
  )
  const rows = (
    list: 'addresses' | 'bwEpisodes' | 'applications',
    legend: string,
    row: (i: number) => ReactNode,
  ) => (
    <fieldset className="utrecht-form-fieldset bt-fieldset">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {Array.from({ length: RESIDENCE_FORM_ROWS[list] }, (_, i) => (
        <div
          key={i}
          className="bt-form-grid bt-form-row"
          role="group"
          aria-label={`${legend}, rij ${i + 1}`}
        >
          {row(i)}
        </div>
      ))}
    </fieldset>
  )
  return (
    <>
      <CalcBreadcrumb trail={[{ label: 'Woonplaatstoets' }]} />
      <Heading1>Woonplaatstoets</Heading1>
      <Paragraph>
        Welke gemeente is financieel verantwoordelijk voor een cliënt, en is het een nieuwe cliënt?
        Volgens het woonplaatsbeginsel is dat de gemeente van het BRP-adres op de dag vóór de
        aanvraag of de start van beschermd wonen; eindigde eerder beschermd wonen minder dan 12
        maanden eerder, dan blijft de gemeente die het bood verantwoordelijk.
      </Paragraph>
      <Alert type="info">
        <Paragraph>
          <strong>Niets wordt bewaard.</strong> Wat u hier invult, wordt alleen gebruikt om de
          uitkomst te tonen: het wordt niet opgeslagen, niet gelogd en komt niet in het webadres.
          Vul geen namen of BSN in.
        </Paragraph>
      </Alert>
      {answer ? <AnswerView answer={answer} /> : null}
      <datalist id="gemeenten">
        {loaderData.municipalities.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </datalist>
      <Form method="post" noValidate onSubmit={onSubmit} className="bt-form bt-residence-form">
        <FormError message={failure && !failure.fieldErrors ? failure.formError : undefined} />
        <fieldset className="utrecht-form-fieldset bt-fieldset">
          <legend className="utrecht-form-fieldset__legend">Melding</legend>
          <div className="bt-form-grid">
            {input('reportingMunicipalityCode', 'Gemeente waar de cliënt zich meldt', {
              list: 'gemeenten',
              hint: 'Gemeentecode, bijvoorbeeld GM0193 (Zwolle).',
            })}
            {input('reportDate', 'Datum van de melding', { type: 'date' })}
            {input('applicationDate', 'Datum van de aanvraag', {
              type: 'date',
              hint: 'Of vul de start van beschermd wonen in.',
            })}
            {input('bwStartDate', 'Start van beschermd wonen', { type: 'date' })}
          </div>
        </fieldset>
        <fieldset className="utrecht-form-fieldset bt-fieldset">
          <legend className="utrecht-form-fieldset__legend">Termijnen uit het wetsvoorstel</legend>
          <p className="utrecht-paragraph bt-field__hint">
            Het wetsvoorstel (Tweede Kamer 36288) is nog niet in werking; de termijnen kunnen
            veranderen. Leeg: 12 maanden en 365 dagen.
          </p>
          <div className="bt-form-grid">
            {input('recentBwMonths', 'Eerder beschermd wonen telt mee tot (maanden)', {
              hint: 'Binnen deze termijn blijft de gemeente die het bood verantwoordelijk.',
            })}
            {input('lookbackDays', 'Nieuwe cliënt: geen beschermd wonen in de laatste (dagen)')}
          </div>
        </fieldset>
        {rows('addresses', 'Ingeschreven adressen (BRP)', (i) => (
          <>
            {input(`addresses.${i}.municipalityCode`, 'Gemeente', { list: 'gemeenten' })}
            {input(`addresses.${i}.startDate`, 'Van', { type: 'date' })}
            {input(`addresses.${i}.endDate`, 'Tot en met', {
              type: 'date',
              hint: 'Leeg: staat er nog ingeschreven.',
            })}
          </>
        ))}
        {rows('bwEpisodes', 'Eerder beschermd wonen', (i) => (
          <>
            {input(`bwEpisodes.${i}.municipalityCode`, 'Gemeente die het bood', {
              list: 'gemeenten',
            })}
            {input(`bwEpisodes.${i}.startDate`, 'Van', { type: 'date' })}
            {input(`bwEpisodes.${i}.endDate`, 'Tot en met', {
              type: 'date',
              hint: 'Leeg: loopt nog.',
            })}
          </>
        ))}
        {rows('applications', 'Eerdere aanvragen voor beschermd wonen', (i) => (
          <>
            {input(`applications.${i}.municipalityCode`, 'Gemeente', { list: 'gemeenten' })}
            {input(`applications.${i}.date`, 'Datum', { type: 'date' })}
          </>
        ))}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Toetsen
        </Button>
      </Form>
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

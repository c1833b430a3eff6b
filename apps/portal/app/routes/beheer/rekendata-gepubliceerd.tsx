import type { RouterOutputs } from '@bt/api'
import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { data, Link } from 'react-router'
import { z } from 'zod'
import { AdminBreadcrumb } from '#app/components/admin/shared.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatCents, pageMeta } from '#app/lib/format.ts'
import type { FormProblem } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction } from '#app/server/forms.server.ts'
import { readNumberedSheetFile, readSheetUpload, SHEET_NO_FILE } from '#app/server/sheets.server.ts'
import type { Route } from './+types/rekendata-gepubliceerd'
import { CheckErrors, ImportOutcome, ImportRefusal, SheetUploadForm } from '#app/components/ui/spreadsheet-import.tsx'

// /beheer/rekendata/gepubliceerd (issue 18 item 5): an administrator imports the rekenbestand's
// published amounts per municipality and the Wmo-integratie-uitkering from a CSV or XLSX sheet into
// today's data set: "Controleren" names every problem by the sheet's own row number and column,
// "Importeren" stores all-or-nothing (audited). /rekenen then offers each complete region's amounts.

export const meta: Route.MetaFunction = () => [
  ...pageMeta(
    'Gepubliceerde bedragen importeren – Beheer',
    'Gepubliceerde bedragen per gemeente en de Wmo-integratie-uitkering importeren uit een CSV- of Excel-bestand, met een controle per rij.',
  ),
]

const IntentSchema = z.enum(['controleren', 'importeren'])

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const datasets = await getApi(context).calc.datasets().catch(toRouteError)
  return { current: datasets[0] ?? null }
}

type ImportFailure = FormProblem & { intent?: string }

export async function action({ request, context }: Route.ActionArgs) {
  requireActor(context, request)
  const upload = await readSheetUpload(request)
  if (!upload.ok) return data<ImportFailure>({ fieldErrors: { file: [upload.message] } }, { status: upload.status })
  const intent = IntentSchema.safeParse(upload.values.intent)
  if (!intent.success) throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  if (!upload.file) return data<ImportFailure>({ fieldErrors: { file: [SHEET_NO_FILE] }, intent: intent.data }, { status: 400 })
  const sheet = await readNumberedSheetFile(upload.file)
  if (!sheet.ok) return data<ImportFailure>({ fieldErrors: { file: [sheet.message] }, intent: intent.data }, { status: 400 })
  const api = getApi(context)
  const filename = upload.file.filename
  return formAction(async () => {
    if (intent.data === 'controleren') {
      const preview = await api.calc.previewPublished({ rows: sheet.rows })
      return { intent: 'controleren' as const, filename, ...preview }
    }
    const done = await api.calc.importPublished({ rows: sheet.rows })
    return { intent: 'importeren' as const, filename, rowCount: sheet.rows.length, errors: [], ...done }
  })
}

type PublishedRegion = RouterOutputs['calc']['previewPublished']['regions'][number]

const moText = (cents: number | null) => (cents === null ? 'niet opgegeven' : formatCents(cents))

function RegionTable({ regions }: { regions: readonly PublishedRegion[] }) {
  const th = 'utrecht-table__header-cell'
  const td = 'utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data'
  return (
    <TableScroll label="Tabel: regio's in het bestand">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">Regio&apos;s in het bestand: historisch bedrag en som van de objectieve bedragen</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className={th}>
              Regio (centrumgemeente)
            </th>
            <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>
              Historisch
            </th>
            <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>
              Objectief
            </th>
            <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>
              Waarvan MO historisch
            </th>
            <th scope="col" className={`${th} utrecht-table__header-cell--numeric-column`}>
              Waarvan MO objectief
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {regions.map((r) => (
            <tr key={r.code} className="utrecht-table__row">
              <th scope="row" className={th}>
                {r.name} ({r.code})
              </th>
              <td className={td}>{formatCents(r.historicalCents)}</td>
              <td className={td}>{formatCents(r.objectiveCents)}</td>
              <td className={td}>{moText(r.historicalMoCents)}</td>
              <td className={td}>{moText(r.objectiveMoCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

export default function PublishedAmountsImport({ loaderData, actionData }: Route.ComponentProps) {
  const result = actionData && 'regions' in actionData ? actionData : undefined
  // The action returns either a result (with regions) or an ImportFailure.
  const failure = actionData && !result ? (actionData as ImportFailure) : undefined
  const preview = result?.intent === 'controleren' ? result : undefined
  const imported = result?.intent === 'importeren' ? result : undefined
  const fileError = failure?.fieldErrors?.file?.[0]
  const current = loaderData.current
  return (
    <>
      <AdminBreadcrumb trail={[{ to: '/beheer/rekendata', label: 'Rekendata' }, { label: 'Gepubliceerde bedragen' }]} />
      <Heading1>Gepubliceerde bedragen importeren</Heading1>
      <Paragraph>
        Lees de gepubliceerde bedragen per gemeente uit het rekenbestand in, met de Wmo-integratie-uitkering. Ze komen bij de gegevensset
        van vandaag{current ? ` (‘${current.label}’)` : ''} en vervangen daar eerder geïmporteerde gepubliceerde bedragen. Op{' '}
        <Link to="/rekenen">Rekenen</Link> kunt u daarna per regio met deze bedragen rekenen; de gemeenten van de regio delen dan naar hun
        gepubliceerde objectieve bedrag.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        <li>
          De eerste rij is de kopregel met de kolommen <code>gemeentecode</code>, <code>historisch</code>, <code>objectief</code> en (niet
          verplicht) <code>wmo_integratie_uitkering</code>; bedragen in euro&apos;s, hoogstens twee cijfers achter de komma.
        </li>
        <li>Alleen een centrumgemeente heeft een historisch bedrag; laat het bij de andere gemeenten leeg.</li>
        <li>
          Historisch en objectief zijn BW en MO samen, zoals gepubliceerd. Geef bij een centrumgemeente in de kolommen{' '}
          <code>historisch_mo</code> en <code>objectief_mo</code> (niet verplicht) het deel daarvan dat MO is: MO wordt niet
          doorgedecentraliseerd en blijft bij de centrumgemeente; de gemeenten van de regio delen dan alleen het BW-deel.
        </li>
        <li>Een regio staat er helemaal in (alle gemeenten) of niet.</li>
        <li>Alles of niets: is één rij fout, dan wordt niets geïmporteerd. Kies eerst &lsquo;Controleren&rsquo;.</li>
      </ul>

      {imported ? (
        <ImportOutcome kind="imported" title="De bedragen zijn geïmporteerd">
          <Paragraph>
            {imported.filename}: {imported.municipalities} gemeenten, {imported.wmoIntegrationPayments} met Wmo-integratie-uitkering,{' '}
            {imported.regions.length} regio&apos;s. Reken ermee op <Link to="/rekenen">Rekenen</Link>.
          </Paragraph>
          <RegionTable regions={imported.regions} />
        </ImportOutcome>
      ) : null}
      {preview && preview.errors.length === 0 ? (
        <ImportOutcome kind="checked" title="Het bestand is in orde">
          <Paragraph>
            {preview.filename}: {preview.rowCount} rijen gelezen; {preview.municipalities} gemeenten, {preview.wmoIntegrationPayments} met
            Wmo-integratie-uitkering, {preview.regions.length} regio&apos;s. Er is nog niets opgeslagen: kies het bestand opnieuw en daarna
            &lsquo;Importeren&rsquo; als dit klopt.
          </Paragraph>
          <RegionTable regions={preview.regions} />
        </ImportOutcome>
      ) : null}
      <CheckErrors
        preview={preview}
        intro={(p) =>
          `${p.filename}: ${p.rowCount} rijen gelezen. Zo kan het bestand niet worden geïmporteerd. De rijnummers zijn die van het bestand; rij 0 gaat over het hele bestand.`
        }
      />
      <ImportRefusal failure={failure} />

      <SheetUploadForm label="Gepubliceerde bedragen importeren" error={fileError} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

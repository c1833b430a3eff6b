import { MunicipalityCodeSchema, RenameRegionSchema } from '@bt/domain'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { Form, Link, redirect, useNavigation } from 'react-router'
import { ErrorPage } from '#app/components/error-page.tsx'
import { FormError } from '#app/components/form-field.tsx'
import { formatInteger, pageMeta } from '#app/lib/format.ts'
import { useValidatedForm, type FieldErrors } from '#app/lib/forms.ts'
import { getApi, requireActor, toRouteError } from '#app/server/api.server.ts'
import { formAction, formDataToObject, parseValues } from '#app/server/forms.server.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { ConflictPanel } from '#app/components/ui/conflict-panel.tsx'
import type { Route } from './+types/regions'
import { AdminBreadcrumb, AdminConflictIntro, submitted } from '#app/components/admin/shared.tsx'

export const meta: Route.MetaFunction = () => [...pageMeta("Regio's – Beheer", "De namen van de regio's beheren.")]

export async function loader({ request, context }: Route.LoaderArgs) {
  requireActor(context, request)
  const regions = await getApi(context).admin.regions.list().catch(toRouteError)
  const renamed = MunicipalityCodeSchema.safeParse(
    new URL(request.url).searchParams.get('hernoemd') ?? '',
  )
  return {
    regions: regions.map((r) => ({
      code: r.code,
      name: r.name,
      slug: r.slug,
      centralMunicipalityName: r.centralMunicipalityName,
      municipalityCount: r.municipalityCount,
      inhabitants: r.inhabitants,
      version: r.version,
    })),
    renamed: renamed.success ? renamed.data : null,
  }
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = formDataToObject(await request.formData())
  return formAction(values, async () => {
    const input = parseValues(values, RenameRegionSchema)
    await getApi(context).admin.regions.rename(input)
    return redirect(`/beheer/regios?hernoemd=${input.code}`)
  })
}

/** A region as `admin.regions.rename` reports it on a conflict. */
interface SavedRegion {
  code: string
  name: string
  slug: string
  version: number
}

export default function Regions({ loaderData, actionData }: Route.ComponentProps) {
  const { regions, renamed } = loaderData
  const failure = actionData && 'values' in actionData ? actionData : undefined
  const failedCode = submitted(failure?.values, 'code')?.toUpperCase()
  // A stale rename (409) carries the saved region as `current` (regionsRouter.rename).
  const current = failure?.current as SavedRegion | undefined
  const renamedRegion = renamed && !actionData ? regions.find((r) => r.code === renamed) : undefined
  const failedRegion = regions.find((r) => r.code === failedCode)

  return (
    <>
      <AdminBreadcrumb trail={[{ label: "Regio's" }]} />
      <Heading1>Regio&apos;s</Heading1>
      <Paragraph>
        Een regio heet standaard naar haar centrumgemeente. U kunt de naam aanpassen, bijvoorbeeld
        in &lsquo;Regio IJssel-Vecht&rsquo;; het webadres van de regio volgt de naam. Welke
        gemeenten bij een regio horen, wijzigt u met een{' '}
        <Link to="/beheer/indeling">import van de regio-indeling</Link>.
      </Paragraph>
      {renamedRegion ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">
            De naam is gewijzigd in {renamedRegion.name}. Het webadres is nu{' '}
            <Link to={`/regio/${renamedRegion.slug}`}>/regio/{renamedRegion.slug}</Link>.
          </p>
        </div>
      ) : null}
      {current ? (
        <ConflictPanel
          intro={<AdminConflictIntro message={failure?.formError} />}
          rows={[
            {
              label: `Naam van ${failedRegion?.name ?? current.code}`,
              current: current.name,
              yours: submitted(failure?.values, 'name') ?? '',
            },
          ]}
        />
      ) : null}
      {failure && !current && !failure.fieldErrors ? (
        <FormError message={failure.formError} />
      ) : null}
      <DataTable caption={`${regions.length} regio's, op naam`} label="Regio's" rows={regions} rowKey={(r) => r.code} columns={[
        { key: 'regio', header: 'Regio', rowHeader: true, cell: (r) => <Link to={`/regio/${r.slug}`}>{r.name}</Link> },
        { key: 'centrum', header: 'Centrumgemeente', cell: (r) => `${r.centralMunicipalityName} (${r.code})` },
        { key: 'gemeenten', header: 'Gemeenten', numeric: true, cell: (r) => r.municipalityCount },
        { key: 'inwoners', header: 'Inwoners', numeric: true, cell: (r) => formatInteger(r.inhabitants) },
        {
          key: 'naam',
          header: 'Naam wijzigen',
          cell: (r) => {
            const failed = r.code === failedCode
            const version = failed && current ? current.version : r.version
            return (
              <RenameForm
                key={`${r.code}-${version}`}
                region={r}
                version={version}
                typedName={failed ? submitted(failure?.values, 'name') : undefined}
                serverErrors={failed ? failure?.fieldErrors : undefined}
              />
            )
          },
        },
      ]} />
    </>
  )
}

/** One region's rename form, in its table row. */
function RenameForm({
  region,
  version,
  typedName,
  serverErrors,
}: {
  region: { code: string; name: string }
  version: number
  typedName: string | undefined
  serverErrors: FieldErrors | undefined
}) {
  const { form, onSubmit, errorFor } = useValidatedForm({ serverErrors })
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('code') === region.code
  const id = `naam-${region.code}`
  const error = errorFor('name')
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="bt-inline-form">
      <input type="hidden" defaultValue={region.code} {...form.register('code')} />
      <input type="hidden" defaultValue={version} {...form.register('version')} />
      <label className="bt-visually-hidden" htmlFor={id}>
        Nieuwe naam voor {region.name}
      </label>
      <input
        id={id}
        className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        defaultValue={typedName ?? region.name}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...form.register('name')}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={busy}>
        Opslaan<span className="bt-visually-hidden"> naam {region.name}</span>
      </Button>
      {error ? (
        <div className="utrecht-form-field-error-message bt-field__error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </Form>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

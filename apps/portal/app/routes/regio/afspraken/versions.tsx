import { Heading1, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { z } from 'zod'
import { Breadcrumb, regionCrumbs } from '#app/components/ui/breadcrumb.tsx'
import { CompareForm } from '#app/components/agreements/revision-list.tsx'
import { RevisionDiff } from '#app/components/agreements/revision-diff.tsx'
import { ErrorPage } from '#app/components/error-page.tsx'
import { formatDateTime, pageMeta } from '#app/lib/format.ts'
import { useRegion } from '#app/lib/region-shell.ts'
import { notFound, toRouteError } from '#app/server/api.server.ts'
import type { Route } from './+types/versions'
import { loadAgreement } from '#app/server/agreement-forms.server.ts'
import { NO_HYDRATION } from '#app/lib/hydration.ts'

/** The compare form is a GET form: served without JavaScript (lib/hydration.ts, ADR 047). */
export const handle = NO_HYDRATION

export const meta: Route.MetaFunction = ({ data }) => [...pageMeta(`Versies vergelijken – ${data?.diff.title ?? 'afspraak'}`, 'Twee versies van een uitvoeringsafspraak naast elkaar: wat is er veranderd.')]

const RevisionSchema = z.coerce.number().int().positive().max(1_000_000)

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { api, agreement } = await loadAgreement(params, request, context)
  // Revisions are the region's own history: the API refuses others (FORBIDDEN) in `diff` below.
  const search = new URL(request.url).searchParams
  const newest = agreement.revisions[0]?.revision ?? 1
  const from = RevisionSchema.safeParse(search.get('van') ?? Math.max(1, newest - 1))
  const to = RevisionSchema.safeParse(search.get('naar') ?? newest)
  if (!from.success || !to.success) notFound('Deze versie bestaat niet.')
  const diff = await api.agreement.diff({ id: agreement.id, from: from.data, to: to.data }).catch(toRouteError)
  return { diff, revisions: agreement.revisions }
}

export default function AgreementVersions({ loaderData }: Route.ComponentProps) {
  const { diff, revisions } = loaderData
  const { members } = useRegion()
  const base = `/regio/${diff.region.slug}/afspraken/${diff.id}`
  return (
    <>
      <Breadcrumb
        items={[
          ...regionCrumbs(diff.region),
          { to: base, label: diff.title },
          { label: 'Versies vergelijken' },
        ]}
      />
      <Heading1>Wat is er veranderd?</Heading1>
      <Paragraph>
        <Link to={base}>{diff.title}</Link>: van versie {diff.from.revision} ({formatDateTime(diff.from.createdAt)},{' '}
        {diff.from.authorLabel}) naar versie {diff.to.revision} ({formatDateTime(diff.to.createdAt)}, {diff.to.authorLabel}).
      </Paragraph>
      {revisions.length > 1 ? (
        <CompareForm action={`${base}/versies`} revisions={revisions} from={diff.from.revision} to={diff.to.revision} />
      ) : null}
      <RevisionDiff changes={diff.changes} municipalityNames={new Map(members.map((m) => [m.code, m.name]))} />
    </>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />
}

import type { RouterOutputs } from '@bt/api'
import { Heading2, Paragraph } from '@utrecht/component-library-react'
import { Link } from 'react-router'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatIsoDate } from '#app/lib/format.ts'

type Plan = RouterOutputs['admin']['indeling']['preview']

function regionName(
  plan: Plan,
  regions: readonly { code: string; name: string }[],
  code: string,
): string {
  return (
    regions.find((r) => r.code === code)?.name ??
    plan.newRegions.find((r) => r.code === code)?.name ??
    code
  )
}

function Changes({
  plan,
  regions,
}: {
  plan: Plan
  regions: readonly { code: string; name: string }[]
}) {
  return (
    <>
      {plan.moves.length > 0 ? (
        <DataTable caption={`Gemeenten die van regio wisselen per ${formatIsoDate(plan.validFrom)}`} label="Gemeenten die van regio wisselen" rows={plan.moves} rowKey={(m) => m.municipalityCode} columns={[
            { key: 'gemeente', header: 'Gemeente', rowHeader: true, cell: (m) => `${m.municipalityName} (${m.municipalityCode})` },
            { key: 'van', header: 'Van', cell: (m) => m.fromRegionName ?? 'Geen regio' },
            { key: 'naar', header: 'Naar', cell: (m) => regionName(plan, regions, m.toRegionCode) },
          ]} />
      ) : (
        <Paragraph>Geen enkele gemeente wisselt van regio.</Paragraph>
      )}
      {plan.newRegions.length > 0 ? (
        <Paragraph>
          Nieuwe regio&apos;s:{' '}
          {plan.newRegions.map((r) => `${r.name} (/regio/${r.slug})`).join(', ')}.
        </Paragraph>
      ) : null}
      {plan.emptiedRegions.length > 0 ? (
        <Paragraph>
          Regio&apos;s zonder gemeenten (blijven bestaan, met hun gegevens):{' '}
          {plan.emptiedRegions.map((r) => r.name).join(', ')}.
        </Paragraph>
      ) : null}
    </>
  )
}

/** The check passed: what the import would change, nothing changed yet. */
export function Preview({
  plan,
  regions,
}: {
  plan: Plan
  regions: readonly { code: string; name: string }[]
}) {
  return (
    <section
      className="utrecht-alert utrecht-alert--info bt-preview"
      role="status"
      aria-labelledby="controle"
    >
      <Heading2 id="controle">Het bestand is in orde</Heading2>
      <Paragraph>
        {plan.rowCount} gemeenten gelezen, geldig vanaf {formatIsoDate(plan.validFrom)}. Er is nog
        niets gewijzigd: kies &lsquo;Importeren&rsquo; om deze indeling vast te leggen.
      </Paragraph>
      <Changes plan={plan} regions={regions} />
    </section>
  )
}

/** The import is done: what it changed. */
export function ImportDone({
  plan,
  regions,
}: {
  plan: Plan
  regions: readonly { code: string; name: string; slug: string }[]
}) {
  return (
    <section
      className="utrecht-alert utrecht-alert--ok bt-preview"
      role="status"
      aria-labelledby="geimporteerd"
    >
      <Heading2 id="geimporteerd">De indeling is geïmporteerd</Heading2>
      <Paragraph>
        {plan.rowCount} gemeenten, geldig vanaf {formatIsoDate(plan.validFrom)}. Bekijk het
        resultaat bij de <Link to="/regio">regio&apos;s</Link> of in het{' '}
        <Link to="/beheer/logboek">logboek</Link>.
      </Paragraph>
      <Changes plan={plan} regions={regions} />
    </section>
  )
}

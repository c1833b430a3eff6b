import type { RouterOutputs } from '@bt/api'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatBasisPoints, formatDateTime, formatInteger, formatIsoDate } from '#app/lib/format.ts'
import { RegionalCooperationMeasures } from './regional-cooperation.tsx'

type Derived = NonNullable<RouterOutputs['overview']['buildingBlock']['derived']>
type ModelMeasures = Extract<Derived, { kind: 'distribution_model' }>
type HousingMeasures = Extract<Derived, { kind: 'national_agreements' }>

/** Names behind a count, or why they are not shown. */
function Names({ names, shows }: { names: readonly string[]; shows: boolean }) {
  if (!shows) return <>regio&apos;s zichtbaar na inloggen</>
  return <>{names.length ? names.join(', ') : 'geen'}</>
}

const count = (n: number | null) => (n === null ? 'niet getoond' : formatInteger(n))

/** A table of bands: label and how many regions, with the regions behind each band in a details element. */
function BandTable({ caption, bands, shows }: { caption: string; bands: readonly { key: string; label: string; count: number | null; regions: readonly string[] }[]; shows: boolean }) {
  return (
    <DataTable caption={caption} rows={bands} rowKey={(b) => b.key} columns={[
        { key: 'groep', header: 'Groep', rowHeader: true, cell: (b) => b.label },
        { key: 'regios', header: 'Regio\'s', numeric: true, cell: (b) => count(b.count) },
        { key: 'welke', header: 'Welke', cell: (b) => <Names names={b.regions} shows={shows} /> },
      ]} />
  )
}

function AsOfLine({ m }: { m: Derived }) {
  return (
    <p className="utrecht-paragraph">
      Stand per {formatIsoDate(m.asOf)}. {m.asOfNote}
    </p>
  )
}

/** Block 1: the spread of the regions' objective against historical budgets in the reference scenario. */
function DistributionModelMeasures({ m }: { m: ModelMeasures }) {
  if (!m.scenario) {
    return (
      <>
        <AsOfLine m={m} />
        <p className="utrecht-paragraph">
          Er is nog geen referentiescenario aangewezen. Zodra een VNG-analist een gedeeld scenario met echte gegevens als referentie
          aanwijst (Rekenen), staat hier hoe ver het objectieve budget van elke regio van haar historische budget ligt.
        </p>
      </>
    )
  }
  return (
    <>
      <AsOfLine m={m} />
      <h3 className="utrecht-heading-3">Objectief t.o.v. historisch budget</h3>
      {m.withheld ? (
        <p className="utrecht-paragraph">Te weinig regio&apos;s hebben een cijfer om de verdeling zonder inloggen te tonen.</p>
      ) : (
        <p className="utrecht-paragraph">
          Mediane verandering: {formatBasisPoints(m.medianBasisPoints)}. {count(m.declining)} regio&apos;s gaan erop achteruit,{' '}
          {count(m.rising)} vooruit; {m.withFigureCount} van de {m.regionCount} regio&apos;s hebben een cijfer.
        </p>
      )}
      <BandTable caption="Regio's naar verandering van objectief t.o.v. historisch budget" bands={m.bands} shows={m.showsRegions} />
      <details className="bt-explain">
        <summary>Hoe is dit berekend?</summary>
        <p className="utrecht-paragraph">
          Uit het referentiescenario &quot;{m.scenario.name}&quot; (berekend {formatDateTime(m.scenario.computedAt)}): per regio het objectieve
          budget aan het eind van het ingroeipad min het historische budget van de centrumgemeente, als percentage van het historische
          budget. Een regio die het scenario niet dekt, telt als &quot;zonder cijfer&quot;: {m.withoutFigureCount} (
          <Names names={m.withoutFigure} shows={m.showsRegions} />
          ).
        </p>
      </details>
    </>
  )
}

/** Block 7: housing places realised against the target, and the share of beschermd thuis. */
function NationalAgreementsMeasures({ m }: { m: HousingMeasures }) {
  const { housing, homeShare } = m
  return (
    <>
      <AsOfLine m={m} />
      <h3 className="utrecht-heading-3">Gerealiseerde woonplekken{housing.year ? ` in ${housing.year}` : ''}</h3>
      {housing.year === null ? (
        <p className="utrecht-paragraph">Nog geen regio heeft gerealiseerde woonplekken over een heel jaar gemeld.</p>
      ) : (
        <p className="utrecht-paragraph">
          {housing.withheld ? 'Te weinig regio’s meldden om het totaal zonder inloggen te tonen.' : `${count(housing.total)} woonplekken`}
          {housing.complete ? ', alle regio’s meldden.' : `, gemeld door ${housing.reportedCount} van de ${m.regionCount} regio’s (een ondergrens).`}{' '}
          {housing.target
            ? `Doel: ${formatInteger(housing.target.value)} per jaar (uiterlijk ${formatIsoDate(housing.target.date)}); gerealiseerd ${formatBasisPoints(housing.shareOfTargetBasisPoints, { signed: false })} daarvan.`
            : 'Er is geen doel vastgelegd in de indicatorcatalogus.'}
        </p>
      )}
      <details className="bt-explain">
        <summary>Welke regio&apos;s meldden?</summary>
        <p className="utrecht-paragraph">
          Per regio het jaarcijfer; anders de som van de vier kwartalen of van de twee halfjaren als die er alle zijn. Een regio met een
          onvolledig jaar telt niet mee (er wordt niets bijgeschat).
        </p>
        <ul>
          <li>Gemeld ({housing.reportedCount}): <Names names={housing.reported} shows={m.showsRegions} /></li>
          <li>Niet (volledig) gemeld ({housing.notReportedCount}): <Names names={housing.notReported} shows={m.showsRegions} /></li>
        </ul>
      </details>
      <h3 className="utrecht-heading-3">Aandeel beschermd thuis{homeShare.period ? ` (${homeShare.period})` : ''}</h3>
      <p className="utrecht-paragraph">
        {homeShare.national
          ? `Landelijk ${formatBasisPoints(homeShare.national.shareBasisPoints, { signed: false })}: ${formatInteger(homeShare.national.homeClients)} van ${formatInteger(homeShare.national.allClients)} cliënten beschermd wonen wonen niet intramuraal (${homeShare.reportedCount} van de ${m.regionCount} regio’s).`
          : homeShare.withheld
            ? 'Te weinig regio’s meldden om het landelijke aandeel zonder inloggen te tonen.'
            : 'Nog geen regio meldde het aandeel beschermd thuis.'}{' '}
        {homeShare.target && homeShare.atOrAboveTarget !== null
          ? `${homeShare.atOrAboveTarget} regio’s zitten op of boven het doel van ${homeShare.target.value}% (uiterlijk ${formatIsoDate(homeShare.target.date)}).`
          : ''}
      </p>
      <BandTable caption="Regio's naar aandeel beschermd thuis" bands={homeShare.bands} shows={m.showsRegions} />
      <details className="bt-explain">
        <summary>Hoe is dit berekend?</summary>
        <p className="utrecht-paragraph">
          Het landelijke aandeel is de som van de cliënten die niet intramuraal wonen, gedeeld door de som van alle cliënten, over de
          regio&apos;s die beide getallen meldden: nooit een gemiddelde van percentages. Zonder cijfer: {homeShare.withoutFigureCount} (
          <Names names={homeShare.withoutFigure} shows={m.showsRegions} />
          ).
        </p>
      </details>
    </>
  )
}

/** A block's derived measures, each explaining itself. */
export function DerivedMeasures({ measures }: { measures: Derived }) {
  if (measures.kind === 'distribution_model') return <DistributionModelMeasures m={measures} />
  if (measures.kind === 'national_agreements') return <NationalAgreementsMeasures m={measures} />
  return <RegionalCooperationMeasures measures={measures} />
}

import { NVO_AGREEMENTS, NVO_LEVEL_DETAILS, type NvoLevel } from '@bt/domain'
import { TableScroll } from '#app/components/ui/table-scroll.tsx'
import { formatBasisPoints, formatIsoDate } from '#app/lib/format.ts'

interface LevelCount {
  level: number | null
  count: number
  regions: string[]
}

/** Block 2's derived measures as `overview.buildingBlock` returns them. */
export interface CooperationMeasures {
  asOf: string
  asOfNote: string
  showsRegions: boolean
  regionCount: number
  levelDistributions: readonly { nvoAgreement: string; counts: readonly LevelCount[]; atLeastAdopted: number }[]
  levelsEdition: { key: string; label: string; frozenOn: string } | null
  adoption: {
    fullyAdoptedCount: number
    partlyAdoptedCount: number
    notAdoptedCount: number
    withoutVisionCount: number
    fullyAdopted: string[]
    partlyAdopted: string[]
    notAdopted: string[]
    withoutVision: string[]
    shareBasisPoints: number | null
  }
}

// Levels are 0–5 (NvoLevel), checked by the API when they are stored.
const levelLabel = (level: number | null) => (level === null ? 'Niet ingevuld' : `${level} ${NVO_LEVEL_DETAILS[level as NvoLevel].label}`)
const agreementTitle = (key: string) => NVO_AGREEMENTS.find((a) => a.key === key)?.title ?? key

/** Names behind a count, or why they are not shown. */
function Names({ names, shows }: { names: readonly string[]; shows: boolean }) {
  if (!shows) return <>regio's zichtbaar na inloggen</>
  return <>{names.length ? names.join(', ') : 'geen'}</>
}

/** Which edition's confirmed levels the table counts: today's levels are the regions' proposals (ADR 012). */
function LevelsSource({ edition }: { edition: CooperationMeasures['levelsEdition'] }) {
  if (!edition) return <p className="utrecht-paragraph">Er is nog geen editie bevroren: er zijn nog geen vastgestelde NvO-niveaus. De niveaus die regio's nu invullen zijn voorstellen en tellen nog niet mee.</p>
  return <p className="utrecht-paragraph">NvO-niveaus zoals vastgesteld in editie {edition.label} ({edition.key}), bevroren op {formatIsoDate(edition.frozenOn)}.</p>
}

/** Block 2: the share of regions whose every council adopted the regiovisie, and NvO levels per agreement. */
export function RegionalCooperationMeasures({ measures }: { measures: CooperationMeasures }) {
  const { adoption } = measures
  const distributions = measures.levelDistributions
  const levels = distributions[0]?.counts.map((c) => c.level) ?? []
  return (
    <>
      <p className="utrecht-paragraph">
        Stand per {formatIsoDate(measures.asOf)}. {measures.asOfNote}
      </p>
      <h3 className="utrecht-heading-3">Regiovisie vastgesteld door elke raad</h3>
      <p className="utrecht-paragraph">
        {adoption.fullyAdoptedCount} van de {measures.regionCount} regio's ({formatBasisPoints(adoption.shareBasisPoints, { signed: false })}).
      </p>
      <details className="bt-explain">
        <summary>Hoe is dit berekend?</summary>
        <p className="utrecht-paragraph">
          Per regio de nieuwste versie van de regiovisie en de vaststellingen door de raden van de gemeenten die nu bij de regio horen,
          zodra de ondertekenaar van de gemeente ze bevestigde.
          Een regio telt mee als elke raad die versie heeft vastgesteld.
        </p>
        <ul>
          <li>Door elke raad vastgesteld: {adoption.fullyAdoptedCount} (<Names names={adoption.fullyAdopted} shows={measures.showsRegions} />)</li>
          <li>Door een deel van de raden: {adoption.partlyAdoptedCount} (<Names names={adoption.partlyAdopted} shows={measures.showsRegions} />)</li>
          <li>Nog door geen raad: {adoption.notAdoptedCount} (<Names names={adoption.notAdopted} shows={measures.showsRegions} />)</li>
          <li>Zonder regiovisie in het portaal: {adoption.withoutVisionCount} (<Names names={adoption.withoutVision} shows={measures.showsRegions} />)</li>
        </ul>
      </details>
      <h3 className="utrecht-heading-3">NvO-niveaus per afspraak</h3>
      <LevelsSource edition={measures.levelsEdition} />
      <TableScroll label="NvO-niveaus per afspraak: aantal regio's per niveau">
        <table className="utrecht-table bt-table">
          <caption className="utrecht-table__caption">Aantal regio's per niveau, per NvO-afspraak</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">NvO-afspraak</th>
              {levels.map((level) => (
                <th key={String(level)} className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                  {levelLabel(level)}
                </th>
              ))}
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Vastgesteld of verder</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {distributions.map((d) => (
              <tr key={d.nvoAgreement} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">{agreementTitle(d.nvoAgreement)}</th>
                {d.counts.map((c) => (
                  <td key={String(c.level)} className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{c.count}</td>
                ))}
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">{d.atLeastAdopted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <details className="bt-explain">
        <summary>Welke regio's staan op welk niveau?</summary>
        <p className="utrecht-paragraph">
          Bron: de NvO-niveaus van de {measures.regionCount} regio's zoals de laatst bevroren editie ze vaststelde; een regio zonder niveau
          in die editie telt als "niet ingevuld".
          Niveaus worden nooit gemiddeld.
        </p>
        {measures.showsRegions ? (
          <ul>
            {distributions.map((d) => (
              <li key={d.nvoAgreement}>
                {agreementTitle(d.nvoAgreement)}:{' '}
                {d.counts.filter((c) => c.count > 0).map((c) => `${levelLabel(c.level)}: ${c.regions.join(', ')}`).join('; ')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">Welke regio op welk niveau staat, ziet u na inloggen.</p>
        )}
      </details>
    </>
  )
}

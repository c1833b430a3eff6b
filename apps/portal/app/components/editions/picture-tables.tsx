import {
  labelOf,
  mainChoiceLabel,
  mainChoiceOptionLabel,
  matrixOptionLabel,
  matrixRowLabel,
  PLAN_ELEMENT_STATUS_LABELS,
  RISK_LEVELS,
  RISK_STATUSES,
  STRATEGIES,
  strategyOf,
  VALUE_STATE_LABELS,
  type EditionPicture,
  type PictureFinancialAgreement,
} from '@bt/domain'
import { Heading3 } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { levelLabel, nvoLabel, planElementLabel, stageLabel } from '#app/components/agreements/labels.ts'
import { optionLabel } from '#app/components/finance/types.ts'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { formatDecimal, formatIsoDate } from '#app/lib/format.ts'

/** A small captioned table of a picture's part. */
function PartTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <DataTable
      caption={caption}
      columns={head.map((header, j) => ({ key: String(j), header, className: 'bt-cell-text', cell: (row: { cells: ReactNode[] }) => row.cells[j] }))}
      rows={rows.map((cells, i) => ({ i, cells }))}
      rowKey={(row) => row.i}
    />
  )
}

const planStatus = (s: string) => labelOf(PLAN_ELEMENT_STATUS_LABELS, s)
const signed = (n: number) => (n > 0 ? `+${n}` : String(n))
const strategyName = (change: number, focus: number) => {
  const key = strategyOf(change, focus)
  return key === null ? 'Op een as' : optionLabel(STRATEGIES, key, key)
}

/** The published financial agreement as the picture holds it (issue 21). */
function FinancialPart({ part }: { part: PictureFinancialAgreement | null | undefined }) {
  if (part === undefined) return <p className="utrecht-paragraph">Dit beeld is genomen voordat de editie de financiële afspraak meenam.</p>
  if (part === null) return <p className="utrecht-paragraph">De regio had geen financiële afspraak gepubliceerd.</p>
  return (
    <>
      <p className="utrecht-paragraph">
        Gepubliceerde versie {part.publishedVersion} van {formatIsoDate(part.publishedAt.slice(0, 10))}; {part.situationAnswered} van de {part.situationQuestions} vragen
        over de huidige situatie beantwoord.
      </p>
      <PartTable
        caption="Hoofdkeuzes en keuzematrix met de onderbouwing van de regio"
        head={['Keuze', 'Gekozen', 'Onderbouwing', 'Rekenscenario']}
        rows={[
          ...part.choices.map((c) => [mainChoiceLabel(c.choice), c.option === null ? '—' : mainChoiceOptionLabel(c.choice, c.option), c.reasoning || '—', c.scenarioName ?? (c.scenarioId ? 'Niet gedeeld' : '—')]),
          ...part.matrix.map((m) => [matrixRowLabel(m.row), m.option === null ? '—' : matrixOptionLabel(m.row, m.option), m.reasoning || '—', '—']),
        ]}
      />
      {part.strategy.length > 0 && (
        <PartTable
          caption="Invoeringsstrategie: plek van elke gemeente (veranderopgave en focus, −2 tot 2)"
          head={['Gemeente', 'Veranderopgave', 'Focus', 'Strategie']}
          rows={part.strategy.map((s) => [s.municipalityName, signed(s.change), signed(s.focus), strategyName(s.change, s.focus)])}
        />
      )}
      <PartTable
        caption="Financiële risico’s met eigenaar, maatregel en status"
        head={['Risico', 'Inschatting', 'Eigenaar', 'Maatregel', 'Status']}
        rows={part.risks.map((r) => [r.label, optionLabel(RISK_LEVELS, r.level, r.level ?? '—'), r.owner || '—', r.measure || '—', optionLabel(RISK_STATUSES, r.status, r.status)])}
      />
    </>
  )
}
const valueState = (s: string) => labelOf(VALUE_STATE_LABELS, s)

/** A region's picture in an edition: levels, adoptions, plan elements, the financial agreement, agreements and indicators. */
export function PictureTables({ picture }: { picture: EditionPicture }) {
  return (
    <div className="bt-stack">
      <Heading3>NvO-niveaus</Heading3>
      <PartTable
        caption="NvO-niveaus met de toelichting van de regio"
        head={['Afspraak', 'Niveau', 'Toelichting']}
        rows={picture.levels.map((l) => [nvoLabel(l.nvoAgreement), levelLabel(l.level), l.explanation || '—'])}
      />
      <Heading3>Vaststelling van de regiovisie</Heading3>
      <p className="utrecht-paragraph">
        {picture.adoptions.visionTitle ? `${picture.adoptions.visionTitle}: ` : 'Nog geen regiovisie vastgelegd. '}
        {picture.adoptions.adopted} van de {picture.adoptions.councils} gemeenteraden hebben de regiovisie vastgesteld.
      </p>
      <Heading3>Planonderdelen</Heading3>
      <PartTable caption="Gepubliceerde stand van de planonderdelen" head={['Onderdeel', 'Stand']} rows={picture.planElements.map((p) => [planElementLabel(p.element), planStatus(p.status)])} />
      <Heading3>Financiële afspraak</Heading3>
      <FinancialPart part={picture.financialAgreement} />
      <Heading3>Afspraken</Heading3>
      {picture.agreements.length === 0 ? (
        <p className="utrecht-paragraph">Geen gepubliceerde afspraken.</p>
      ) : (
        <PartTable
          caption="Gepubliceerde afspraken met stadium en vertraging"
          head={['Afspraak', 'Stadium', 'Uiterste datum', 'Vertragingen', 'Over datum']}
          rows={picture.agreements.map((a) => [a.title, stageLabel(a.stage), a.dueDate ? formatIsoDate(a.dueDate) : '—', String(a.delayCount), a.overdue ? 'Ja' : 'Nee'])}
        />
      )}
      <Heading3>Indicatoren</Heading3>
      {picture.indicators.length === 0 ? (
        <p className="utrecht-paragraph">Geen indicatorwaarden voor de regio.</p>
      ) : (
        <PartTable
          caption="Laatst beschikbare waarde per indicator, met de eigen periode"
          head={['Indicator', 'Periode', 'Waarde', 'Status']}
          rows={picture.indicators.map((i) => [i.label, i.period, i.value === null ? '—' : formatDecimal(i.value), valueState(i.state)])}
        />
      )}
    </div>
  )
}

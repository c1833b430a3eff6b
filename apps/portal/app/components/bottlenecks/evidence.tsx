import { Link } from 'react-router'

// The evidence a signal carries (and a promoted bottleneck keeps): plain JSON from the signal
// functions, shown as a list of Dutch labels and values, with links to the records it read.

const LABELS: Record<string, string> = {
  agreementId: 'Afspraak (nummer)',
  title: 'Titel',
  stage: 'Stadium',
  dueDate: 'Streefdatum',
  daysOverdue: 'Dagen over de datum',
  originalDate: 'Oorspronkelijke datum',
  currentDate: 'Huidige datum',
  delayDays: 'Dagen vertraagd',
  thresholdDays: 'Drempel (dagen)',
  reasons: 'Redenen van vertraging',
  labels: 'Zonder afspraak',
  publishedAgreements: 'Gepubliceerde afspraken',
  deadline: 'Uiterste datum',
  versionNumber: 'Versie van de regiovisie',
  members: 'Gemeenten in de regio',
  adopted: 'Vastgesteld door (aantal)',
  notAdopted: 'Niet (op tijd) vastgesteld door',
  indicatorKey: 'Indicator',
  periodsRunning: 'Perioden op rij niet op koers',
  latest: 'Laatste waarde',
  expected: 'Verwacht volgens het pad',
  target: 'Doel',
  direction: 'Richting',
  recent: 'Recente waarden',
  area: 'Gebied',
  code: 'Code',
  scenarioName: 'Referentiescenario',
  thresholdPercent: 'Drempel (%)',
  drops: 'Dalingen',
  label: 'Onderdeel',
  status: 'Status',
  plannedDate: 'Geplande datum',
  decidedAt: 'Besloten op',
}
// Keys shown another way (the labels beside them, the links below) or meaningless to readers.
const HIDDEN = new Set(['missing', 'subLineId', 'scenarioId'])

function show(value: unknown): string {
  if (value === null || value === undefined) return '–'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ')
  return JSON.stringify(value)
}

/** A link from evidence to a record, with the portal path the api resolved (null: none to go to). */
export interface EvidenceLink {
  kind: string
  ref: string
  label: string
  href: string | null
}

/** The evidence as a description list, and the links to the records it read. */
export function Evidence({ evidence, links }: { evidence: Record<string, unknown>; links: readonly EvidenceLink[] }) {
  const entries = Object.entries(evidence).filter(([key]) => !HIDDEN.has(key))
  return (
    <>
      <dl className="bt-facts">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{LABELS[key] ?? key}</dt>
            <dd className="bt-evidence">{show(value)}</dd>
          </div>
        ))}
      </dl>
      {links.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {links.map((l) => (
            <li key={`${l.kind}-${l.ref}`}>{l.href ? <Link to={l.href}>{l.label}</Link> : l.label}</li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

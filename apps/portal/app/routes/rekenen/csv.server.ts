import { slugify } from '@bt/domain'
import { centsToCsvEuros } from '#app/lib/money.ts'
import type { ScenarioResult } from './shared.tsx'

// A scenario's result as CSV for spreadsheets: semicolons and decimal commas (what Dutch Excel
// reads), a Dutch header row, one row per municipality, amounts in euros with cents.

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The CSV text: one row per municipality in scope, with its amount in every year of the path. */
export function scenarioCsv(result: ScenarioResult): string {
  const year = result.pipeline.year
  const sharing = new Map(result.sharing?.lines.map((l) => [l.code, l]) ?? [])
  const header = [
    'Gemeentecode',
    'Gemeente',
    'Regiocode',
    'Centrumgemeente',
    'Inwoners',
    'Historisch (euro)',
    'Objectief (euro)',
    'Objectief per inwoner (euro)',
    'Wlz-uitname vooraf (euro)',
    `Begrotingsjaar ${year} (euro)`,
    ...result.years.map((y) => `${y.year}, stap ${y.step} (euro)`),
    ...(result.sharing ? [`Resultaat ${year} na verdeelmodel (euro)`] : []),
    'Gegevensset',
  ]
  const rows = result.municipalities.map((m) => [
    m.code,
    m.name,
    m.regionCode,
    m.isCentral ? 'ja' : 'nee',
    m.inhabitants,
    centsToCsvEuros(m.historicalCents),
    centsToCsvEuros(m.objectiveCents),
    m.perInhabitantCents === null ? null : centsToCsvEuros(m.perInhabitantCents),
    centsToCsvEuros(m.wlzWithdrawalCents),
    centsToCsvEuros(m.budgetYearCents),
    ...m.amountsByYear.map(centsToCsvEuros),
    ...(result.sharing
      ? [sharing.has(m.code) ? centsToCsvEuros(sharing.get(m.code)!.resultCents) : null]
      : []),
    result.dataset.kind === 'example'
      ? `${result.dataset.label} (voorbeeldbedragen)`
      : result.dataset.label,
  ])
  return [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
}

/** A download response; example data says so in the file name too. */
export function csvResponse(result: ScenarioResult, name: string): Response {
  const scope = result.scope.kind === 'nation' ? 'landelijk' : slugify(result.scope.name)
  const file = [
    slugify(name) || 'scenario',
    scope,
    result.dataset.kind === 'example' ? 'voorbeeldbedragen' : null,
  ]
    .filter(Boolean)
    .join('-')
  // A byte order mark, so spreadsheet programs read the accents as UTF-8.
  return new Response(`\uFEFF${scenarioCsv(result)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}

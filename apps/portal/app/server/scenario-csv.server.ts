import type { RouterOutputs } from '@bt/api'
import { slugify } from '@bt/domain'
import { centsToCsvEuros } from '#app/lib/format.ts'
import { downloadResponse, tableToCsv, type ExportTable } from './table-export.server.ts'

// A scenario's result as CSV for spreadsheets: semicolons and decimal commas (what Dutch Excel
// reads), a Dutch header row, one row per municipality, amounts in euros with cents.

type ScenarioResult = RouterOutputs['calc']['run']

/** The table: one row per municipality in scope, with its amount in every year of the path. */
export function scenarioTable(result: ScenarioResult): ExportTable {
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
    ...(result.sharing ? [sharedCents(sharing.get(m.code))] : []),
    result.dataset.kind === 'example'
      ? `${result.dataset.label} (voorbeeldbedragen)`
      : result.dataset.label,
  ])
  return { sheetName: 'Scenario', header, rows }
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
  return downloadResponse(tableToCsv(scenarioTable(result), { delimiter: ';' }), { filename: `${file}.csv`, format: 'csv' })
}

function sharedCents(line: { resultCents: number } | undefined): string | null {
  return line ? centsToCsvEuros(line.resultCents) : null
}

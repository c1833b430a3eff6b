import {
  findCurrentCalcDataset,
  listMunicipalitiesWithRegion,
  listPublishedAmounts,
  replacePublishedAmounts,
  type DB,
  type PublishedAmountRow,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, MunicipalityCodeSchema, type PublishedAmountsImportSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { readScaled } from './import.ts'
import {
  PUBLISHED_COLUMNS,
  columnKey,
  readMoParts,
  type PublishedRowError,
} from './published-columns.ts'
import { NO_CALC_DATA } from './inputs.ts'

// The rekenbestand's published amounts per municipality and the Wmo-integratie-uitkering, imported
// from a CSV or XLSX sheet into today's data set (issue 18 item 5): checked first (every problem
// named by the sheet's own row number and column), then imported all-or-nothing, audited. A
// region's published path is its centrumgemeente's historical amount and the sum of its members'
// objective amounts; its members then share by their published objective amounts.

type Input = z.output<typeof PublishedAmountsImportSchema>
type Ctx = Pick<Context, 'actor' | 'requestId' | 'today'>

const MAX_ERRORS = 200

interface Plan {
  errors: PublishedRowError[]
  amounts: PublishedAmountRow[]
  wmo: { municipalityCode: string; cents: number }[]
  regions: {
    code: string
    name: string
    historicalCents: number
    objectiveCents: number
    historicalMoCents: number | null
    objectiveMoCents: number | null
  }[]
}

/** Check the rows against the municipalities and regions in force today. */
export function planPublishedImport(
  input: Input,
  municipalities: readonly { code: string; name: string; regionCode: string | null }[],
): Plan {
  const errors: PublishedRowError[] = []
  const add = (row: number, column: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ row, column, message })
  }
  const known = new Map(municipalities.map((m) => [m.code, m]))
  const centres = new Set(municipalities.flatMap((m) => (m.regionCode ? [m.regionCode] : [])))
  const rows = input.rows.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [columnKey(k), v.trim()])),
  }))
  const header = new Set(Object.keys(rows[0]?.cells ?? {}))
  for (const column of [PUBLISHED_COLUMNS.code, PUBLISHED_COLUMNS.objective]) {
    if (!header.has(column)) add(1, column, `De kolom ${column} ontbreekt in de kopregel.`)
  }
  if (errors.length > 0) return { errors, amounts: [], wmo: [], regions: [] }
  const hasWmo = header.has(PUBLISHED_COLUMNS.wmo)

  const seen = new Map<string, number>()
  const amounts: Plan['amounts'] = []
  const wmo: Plan['wmo'] = []
  for (const { row, cells } of rows) {
    const parsed = MunicipalityCodeSchema.safeParse(cells[PUBLISHED_COLUMNS.code] ?? '')
    const code = parsed.success ? parsed.data : null
    if (!code)
      add(
        row,
        PUBLISHED_COLUMNS.code,
        parsed.error?.issues[0]?.message ?? 'Ongeldige gemeentecode.',
      )
    else if (!known.has(code)) add(row, PUBLISHED_COLUMNS.code, `Gemeente ${code} is onbekend.`)
    else if (seen.has(code))
      add(row, PUBLISHED_COLUMNS.code, `Gemeente ${code} staat al in rij ${seen.get(code)}.`)
    if (code) seen.set(code, seen.get(code) ?? row)

    const objective = readScaled(cells[PUBLISHED_COLUMNS.objective] ?? '', 2)
    if (typeof objective === 'string') add(row, PUBLISHED_COLUMNS.objective, objective)
    const historicalText = cells[PUBLISHED_COLUMNS.historical] ?? ''
    const historical = historicalText === '' ? null : readScaled(historicalText, 2)
    if (typeof historical === 'string') add(row, PUBLISHED_COLUMNS.historical, historical)
    const isCentre = code !== null && centres.has(code)
    if (code && known.has(code) && isCentre && historical === null)
      add(
        row,
        PUBLISHED_COLUMNS.historical,
        `${known.get(code)?.name} is een centrumgemeente: vul het historische bedrag in.`,
      )
    if (code && known.has(code) && !isCentre && typeof historical === 'number' && historical > 0)
      add(
        row,
        PUBLISHED_COLUMNS.historical,
        `${known.get(code)?.name} is geen centrumgemeente: alleen centrumgemeenten hebben een historisch bedrag.`,
      )
    const mo = readMoParts(cells, row, add, {
      isCentre,
      name: code ? (known.get(code)?.name ?? code) : '',
      historical: typeof historical === 'number' ? historical : null,
      objective: typeof objective === 'number' ? objective : null,
    })
    const wmoText = hasWmo ? (cells[PUBLISHED_COLUMNS.wmo] ?? '') : ''
    const wmoCents = wmoText === '' ? null : readScaled(wmoText, 2)
    if (typeof wmoCents === 'string') add(row, PUBLISHED_COLUMNS.wmo, wmoCents)

    if (
      code &&
      known.has(code) &&
      typeof objective === 'number' &&
      typeof historical !== 'string'
    ) {
      amounts.push({
        municipalityCode: code,
        historicalCents: isCentre ? historical : null,
        objectiveCents: objective,
        ...mo,
      })
      if (typeof wmoCents === 'number') wmo.push({ municipalityCode: code, cents: wmoCents })
    }
  }

  // A region in the sheet is there whole: its centrumgemeente and every member.
  const listed = new Set(amounts.map((a) => a.municipalityCode))
  const regions: Plan['regions'] = []
  for (const centre of centres) {
    const members = municipalities.filter((m) => m.regionCode === centre)
    const present = members.filter((m) => listed.has(m.code))
    if (present.length === 0) continue
    if (present.length < members.length) {
      const missing = members.filter((m) => !listed.has(m.code)).map((m) => `${m.name} (${m.code})`)
      add(
        0,
        PUBLISHED_COLUMNS.code,
        `Van de regio van ${known.get(centre)?.name} ontbreken ${missing.length} gemeente(n): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}. Een regio staat er helemaal in of niet.`,
      )
      continue
    }
    const byCode = new Map(amounts.map((a) => [a.municipalityCode, a]))
    regions.push({
      code: centre,
      name: known.get(centre)?.name ?? centre,
      historicalCents: byCode.get(centre)?.historicalCents ?? 0,
      historicalMoCents: byCode.get(centre)?.historicalMoCents ?? null,
      objectiveMoCents: byCode.get(centre)?.objectiveMoCents ?? null,
      objectiveCents: members.reduce(
        (sum, m) => sum + (byCode.get(m.code)?.objectiveCents ?? 0),
        0,
      ),
    })
  }
  regions.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  return { errors, amounts, wmo, regions }
}

async function planFor(db: Kysely<DB>, ctx: Ctx, input: Input) {
  const dataset = await findCurrentCalcDataset(db)
  if (!dataset) throw new DomainError('INVALID', NO_CALC_DATA)
  const municipalities = await listMunicipalitiesWithRegion(db, { onDate: ctx.today })
  return { dataset, plan: planPublishedImport(input, municipalities) }
}

/** Check a sheet without storing anything: its row errors, or what importing would store. */
export async function previewPublishedImport(db: Kysely<DB>, ctx: Ctx, input: Input) {
  const { dataset, plan } = await planFor(db, ctx, input)
  return {
    dataset: { id: dataset.id, label: dataset.label, kind: dataset.kind },
    rowCount: input.rows.length,
    errors: plan.errors,
    municipalities: plan.amounts.length,
    wmoIntegrationPayments: plan.wmo.length,
    regions: plan.regions,
  }
}

/** Import a checked sheet all-or-nothing into today's data set; refused with its row errors. Audited. */
export async function importPublishedAmounts(trx: Transaction<DB>, ctx: Ctx, input: Input) {
  const { dataset, plan } = await planFor(trx, ctx, input)
  if (plan.errors.length > 0) {
    throw new DomainError(
      'INVALID',
      `De bedragen zijn niet geïmporteerd: ${plan.errors.length} fout(en) in het bestand.`,
      {
        rowErrors: plan.errors,
      },
    )
  }
  await replacePublishedAmounts(trx, {
    datasetId: dataset.id,
    amounts: plan.amounts,
    wmoIntegrationPayments: plan.wmo,
  })
  await audit(trx, ctx, {
    action: 'calc_dataset.published_imported',
    entityType: 'calc_dataset',
    entityId: String(dataset.id),
    after: {
      municipalities: plan.amounts.length,
      wmoIntegrationPayments: plan.wmo.length,
      regions: plan.regions.map((r) => ({
        code: r.code,
        historicalCents: r.historicalCents,
        objectiveCents: r.objectiveCents,
        historicalMoCents: r.historicalMoCents,
        objectiveMoCents: r.objectiveMoCents,
      })),
    },
  })
  return {
    datasetId: dataset.id,
    municipalities: plan.amounts.length,
    wmoIntegrationPayments: plan.wmo.length,
    regions: plan.regions,
  }
}

/**
 * The regions whose published amounts today's data set holds for every member: the centrumgemeente's
 * historical amount and the sum of the members' objective amounts (cents), for /rekenen to fill in.
 */
export async function listPublishedRegions(
  db: Kysely<DB>,
  params: {
    datasetId: number
    municipalities: readonly { code: string; regionCode: string | null }[]
  },
) {
  const published = new Map(
    (await listPublishedAmounts(db, { datasetId: params.datasetId })).map((p) => [
      p.municipalityCode,
      p,
    ]),
  )
  if (published.size === 0) return []
  const members = new Map<string, string[]>()
  for (const m of params.municipalities)
    if (m.regionCode) members.set(m.regionCode, [...(members.get(m.regionCode) ?? []), m.code])
  return [...members].flatMap(([code, memberCodes]) => {
    if (!memberCodes.every((member) => published.has(member))) return []
    const objectiveCents = memberCodes.reduce(
      (sum, member) => sum + (published.get(member)?.objectiveCents ?? 0),
      0,
    )
    return [{ code, historicalCents: published.get(code)?.historicalCents ?? 0, objectiveCents }]
  })
}

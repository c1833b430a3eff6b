import {
  closeOpenMemberships,
  findCurrentIndeling,
  insertIndelingVersion,
  insertMemberships,
  insertRegions,
  listMunicipalitiesWithOpenMembership,
  listRegionCodes,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, MunicipalityCodeSchema, defaultRegionName, parseCsv, regionSlug, type IndelingImportSchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'

type Input = z.output<typeof IndelingImportSchema>

const COLUMNS = { municipality: 'gemeentecode', centre: 'centrumgemeentecode' } as const

/** A problem in one cell of the file; row 1 is the header, as in a spreadsheet. */
export interface IndelingRowError {
  row: number
  column: string
  message: string
}

/** What an import would do: its errors, or the moves, new regions and regions left empty. */
export interface IndelingPlan {
  validFrom: string
  rowCount: number
  errors: IndelingRowError[]
  moves: { municipalityCode: string; municipalityName: string; fromRegionName: string | null; toRegionCode: string }[]
  newRegions: { code: string; name: string; slug: string }[]
  emptiedRegions: { code: string; name: string }[]
}

function parseFile(csv: string): { records: Record<string, string>[]; error?: IndelingRowError } {
  try {
    const records = parseCsv(csv)
    const header = Object.keys(records[0] ?? {}).map((h) => h.trim().toLowerCase())
    for (const column of Object.values(COLUMNS)) {
      if (!header.includes(column)) {
        return { records: [], error: { row: 1, column, message: `De kolom ${column} ontbreekt in de kopregel.` } }
      }
    }
    const lowered = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), v])))
    return { records: lowered }
  } catch {
    return { records: [], error: { row: 1, column: '-', message: 'Het bestand is geen geldige CSV: een aanhalingsteken wordt niet gesloten.' } }
  }
}

/**
 * Check an indeling file against the municipalities we know and plan the change. Every municipality
 * must appear exactly once; each centrumgemeente must belong to its own region; the date must come
 * after the indeling in force. Nothing is written.
 */
export async function planIndelingImport(db: Kysely<DB>, input: Input): Promise<IndelingPlan> {
  const [everyMunicipality, regions, current] = await Promise.all([
    listMunicipalitiesWithOpenMembership(db),
    listRegionCodes(db),
    findCurrentIndeling(db, { onDate: '9999-12-31' }),
  ])
  // Only the municipalities that exist on the date belong in the file: a merger ended the others.
  const existsOn = (m: { existsFrom: string | null; existsUntil: string | null }) =>
    (m.existsFrom === null || m.existsFrom <= input.validFrom) && (m.existsUntil === null || m.existsUntil > input.validFrom)
  const municipalities = everyMunicipality.filter(existsOn)
  const notThen = new Map(everyMunicipality.filter((m) => !existsOn(m)).map((m) => [m.code, m]))
  const notThenMessage = (code: string, what: string) => {
    const m = notThen.get(code)
    if (!m) return `${what} ${code} is onbekend.`
    const when = m.existsUntil && m.existsUntil <= input.validFrom ? `bestaat tot ${m.existsUntil}` : `bestaat vanaf ${m.existsFrom ?? ''}`
    return `${what} ${code} (${m.name}) ${when} en hoort niet in een indeling van ${input.validFrom}.`
  }
  const plan: IndelingPlan = { validFrom: input.validFrom, rowCount: 0, errors: [], moves: [], newRegions: [], emptiedRegions: [] }
  const { records, error } = parseFile(input.csv)
  if (error) return { ...plan, errors: [error] }
  plan.rowCount = records.length

  if (current && input.validFrom <= current.validFrom) {
    plan.errors.push({
      row: 0,
      column: 'geldig vanaf',
      message: `De datum moet na ${current.validFrom} liggen, de ingangsdatum van de huidige indeling.`,
    })
  }
  const known = new Map(municipalities.map((m) => [m.code, m]))
  const target = new Map<string, { centre: string; row: number }>()
  records.forEach((record, index) => {
    const row = index + 2
    const municipality = MunicipalityCodeSchema.safeParse(record[COLUMNS.municipality] ?? '')
    const centre = MunicipalityCodeSchema.safeParse(record[COLUMNS.centre] ?? '')
    if (!municipality.success) {
      plan.errors.push({ row, column: COLUMNS.municipality, message: municipality.error.issues[0]?.message ?? 'Ongeldige code.' })
    } else if (!known.has(municipality.data)) {
      plan.errors.push({ row, column: COLUMNS.municipality, message: notThenMessage(municipality.data, 'Gemeente') })
    } else if (target.has(municipality.data)) {
      plan.errors.push({
        row,
        column: COLUMNS.municipality,
        message: `Gemeente ${municipality.data} staat ook al in rij ${target.get(municipality.data)?.row}.`,
      })
    }
    if (!centre.success) {
      plan.errors.push({ row, column: COLUMNS.centre, message: centre.error.issues[0]?.message ?? 'Ongeldige code.' })
    } else if (!known.has(centre.data)) {
      plan.errors.push({ row, column: COLUMNS.centre, message: notThenMessage(centre.data, 'Centrumgemeente') })
    }
    if (municipality.success && centre.success && !target.has(municipality.data)) {
      target.set(municipality.data, { centre: centre.data, row })
    }
  })
  for (const { centre, row } of target.values()) {
    const own = target.get(centre)
    if (own && own.centre !== centre) {
      plan.errors.push({ row, column: COLUMNS.centre, message: `Centrumgemeente ${centre} hoort zelf bij een andere regio (${own.centre}).` })
    }
  }
  for (const m of municipalities) {
    if (!target.has(m.code) && plan.errors.length < 200) {
      plan.errors.push({ row: 0, column: COLUMNS.municipality, message: `Gemeente ${m.code} (${m.name}) ontbreekt in het bestand.` })
    }
  }
  if (plan.errors.length > 0) return plan

  const existingRegions = new Map(regions.map((r) => [r.code, r]))
  const usedSlugs = new Set(regions.map((r) => r.slug))
  for (const centre of new Set([...target.values()].map((t) => t.centre))) {
    if (existingRegions.has(centre)) continue
    const name = defaultRegionName(known.get(centre)?.name ?? centre)
    let slug = regionSlug(name)
    if (usedSlugs.has(slug)) slug = `${slug}-${centre.toLowerCase()}`
    usedSlugs.add(slug)
    plan.newRegions.push({ code: centre, name, slug })
  }
  for (const m of municipalities) {
    const to = target.get(m.code)?.centre
    if (to && to !== m.regionCode) {
      plan.moves.push({ municipalityCode: m.code, municipalityName: m.name, fromRegionName: m.regionName, toRegionCode: to })
    }
  }
  const stillUsed = new Set([...target.values()].map((t) => t.centre))
  plan.emptiedRegions = regions.filter((r) => !stillUsed.has(r.code)).map((r) => ({ code: r.code, name: r.name }))
  return plan
}

/**
 * Import an indeling all-or-nothing: refused with the row errors when any row is wrong; otherwise
 * moved municipalities get their old membership closed (history kept) and a new one from the date.
 * Regions left without members are kept: a region with records is never deleted.
 */
export async function importIndeling(trx: Transaction<DB>, ctx: Pick<Context, 'actor' | 'requestId'>, input: Input) {
  const plan = await planIndelingImport(trx, input)
  if (plan.errors.length > 0) {
    throw new DomainError('INVALID', `De indeling is niet geïmporteerd: ${plan.errors.length} fout(en) in het bestand.`, {
      rowErrors: plan.errors,
    })
  }
  const versionId = await insertIndelingVersion(trx, {
    kind: 'imported',
    validFrom: input.validFrom,
    note: `${plan.rowCount} gemeenten, ${plan.moves.length} verplaatst`,
    importedBy: ctx.actor?.userId ?? null,
  })
  await insertRegions(trx, plan.newRegions)
  const moved = plan.moves.map((m) => m.municipalityCode)
  await closeOpenMemberships(trx, { municipalityCodes: moved, validTo: input.validFrom })
  await insertMemberships(trx, {
    memberships: plan.moves.map((m) => ({ municipalityCode: m.municipalityCode, regionCode: m.toRegionCode })),
    validFrom: input.validFrom,
    indelingVersionId: versionId,
  })
  await audit(trx, ctx, {
    action: 'indeling.imported',
    entityType: 'indeling',
    entityId: String(versionId),
    after: { validFrom: input.validFrom, moves: plan.moves, newRegions: plan.newRegions },
  })
  return { ...plan, indelingVersionId: versionId }
}

import {
  closeOpenMemberships,
  countValuesOutsideValidity,
  endMunicipalities,
  findMunicipalityValidity,
  findRegionByCode,
  insertIndelingVersion,
  insertMemberships,
  insertMunicipality,
  listMunicipalitiesByCode,
  listMunicipalityValidity,
  setMunicipalityValidityIfUnchanged,
  type DB,
  type Kysely,
  type Transaction,
} from '@bt/db'
import { DomainError, type AddMunicipalityMergerSchema, type SetMunicipalityValiditySchema } from '@bt/domain'
import type { z } from 'zod'
import type { Context } from '../../context.ts'
import { audit } from '../audit.ts'
import { staleEdit } from '../guards.ts'

// Municipalities' own validity (issue 12): the import refuses a value for a municipality that did not
// exist in its period. An admin sets the period here; audited, refused when it changed meanwhile.

/** Every municipality with its validity period, by code. */
export async function listMunicipalities(db: Kysely<DB>) {
  return listMunicipalityValidity(db)
}

/** One municipality with how many stored values fall outside its period (they stay; the page names them). */
export async function getMunicipality(db: Kysely<DB>, input: { code: string }) {
  const found = await findMunicipalityValidity(db, input)
  if (!found) throw new DomainError('NOT_FOUND', `Gemeente ${input.code} bestaat niet.`)
  return { ...found, valuesOutside: await countValuesOutsideValidity(db, found) }
}

/** Set the validity period; a concurrent change gets CONFLICT with the saved period. */
export async function setMunicipalityValidity(trx: Transaction<DB>, ctx: Pick<Context, 'actor' | 'requestId'>, input: z.output<typeof SetMunicipalityValiditySchema>) {
  const before = await findMunicipalityValidity(trx, { code: input.code })
  if (!before) throw new DomainError('NOT_FOUND', `Gemeente ${input.code} bestaat niet.`)
  const after = await setMunicipalityValidityIfUnchanged(trx, input)
  if (!after) throw staleEdit(`de geldigheid van ${before.name}`, before)
  await audit(trx, ctx, {
    action: 'municipality.validity_set',
    entityType: 'municipality',
    entityId: input.code,
    before: { existsFrom: before.existsFrom, existsUntil: before.existsUntil },
    after: { existsFrom: after.existsFrom, existsUntil: after.existsUntil },
  })
  return { ...after, valuesOutside: await countValuesOutsideValidity(trx, after) }
}

const invalid = (field: string, message: string) => new DomainError('INVALID', message, { fieldErrors: { [field]: [message] } })

/**
 * Record a municipal merger (ADR 012's "screen for a merger"): the new code exists from `validFrom`
 * with the merged codes' inhabitants summed; the merged codes end the day before and leave their
 * region; the new code joins `regionCode` in a new indeling version. One transaction, audited.
 */
export async function addMunicipalityMerger(trx: Transaction<DB>, ctx: Pick<Context, 'actor' | 'requestId'>, input: z.output<typeof AddMunicipalityMergerSchema>) {
  if (await findMunicipalityValidity(trx, { code: input.code })) throw invalid('code', `Gemeentecode ${input.code} bestaat al. Een samengevoegde gemeente krijgt een nieuwe CBS-code.`)
  const region = await findRegionByCode(trx, { code: input.regionCode })
  if (!region) throw invalid('regionCode', `Regio ${input.regionCode} bestaat niet.`)
  const merged = await listMunicipalitiesByCode(trx, { codes: input.mergedCodes })
  const unknown = input.mergedCodes.filter((code) => !merged.some((m) => m.code === code))
  if (unknown.length) throw invalid('mergedCodes', `Gemeentecode ${unknown.join(', ')} bestaat niet.`)
  await insertMunicipality(trx, {
    code: input.code,
    name: input.name,
    province: input.province,
    inhabitants: merged.reduce((sum, m) => sum + m.inhabitants, 0),
    inhabitantsReferenceYear: Math.max(...merged.map((m) => m.inhabitantsReferenceYear)),
    existsFrom: input.validFrom,
  })
  const ended = await endMunicipalities(trx, { codes: input.mergedCodes, existsUntil: input.validFrom })
  const notOpen = input.mergedCodes.filter((code) => !ended.includes(code))
  if (notOpen.length) throw invalid('mergedCodes', `Gemeente ${notOpen.join(', ')} bestond op ${input.validFrom} niet (meer): zij kan daar niet in opgaan.`)
  const names = merged.map((m) => m.name).join(', ')
  const versionId = await insertIndelingVersion(trx, { kind: 'imported', validFrom: input.validFrom, note: `Samenvoeging van ${names} tot ${input.name}`, importedBy: ctx.actor?.userId ?? null })
  await closeOpenMemberships(trx, { municipalityCodes: input.mergedCodes, validTo: input.validFrom })
  await insertMemberships(trx, { memberships: [{ municipalityCode: input.code, regionCode: input.regionCode }], validFrom: input.validFrom, indelingVersionId: versionId })
  await audit(trx, ctx, { action: 'municipality.merger_added', entityType: 'municipality', entityId: input.code, after: { ...input, regionName: region.name } })
  return { code: input.code, name: input.name, existsFrom: input.validFrom, merged: merged.map((m) => ({ code: m.code, name: m.name })), regionCode: input.regionCode }
}

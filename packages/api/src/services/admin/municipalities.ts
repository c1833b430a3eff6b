import { countValuesOutsideValidity, findMunicipalityValidity, listMunicipalityValidity, setMunicipalityValidityIfUnchanged, type DB, type Kysely, type Transaction } from '@bt/db'
import { DomainError, type SetMunicipalityValiditySchema } from '@bt/domain'
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

import { listActiveUserNames, type DB, type Kysely } from '@bt/db'
import { DomainError, findMentions } from '@bt/domain'
import type { Reader } from './readers.ts'

/**
 * The readers a comment mentions. Someone mentioned who may not read the record is refused with a
 * Dutch message naming them (the suggestion list never offers them; this holds for typed text too).
 * A name shared by a reader and a non-reader counts as the reader.
 */
export async function mentionedReaders(db: Kysely<DB>, params: { body: string; readers: readonly Reader[]; field: string; recordLabel: string }) {
  const mentioned = findMentions(params.body, params.readers)
  if (!params.body.includes('@')) return mentioned
  const readerIds = new Set(params.readers.map((r) => r.id))
  const readerNames = new Set(params.readers.map((r) => r.name.toLocaleLowerCase('nl-NL')))
  const others = await listActiveUserNames(db)
  const outsiders = findMentions(
    params.body,
    others.filter((u) => !readerIds.has(u.id) && !readerNames.has(u.name.toLocaleLowerCase('nl-NL'))),
  ).filter((outsider) => !mentioned.some((m) => m.name.toLocaleLowerCase('nl-NL').startsWith(outsider.name.toLocaleLowerCase('nl-NL'))))
  if (outsiders.length > 0) {
    const names = outsiders.map((o) => o.name).join(', ')
    const message = `${names} mag ${params.recordLabel} niet lezen en kan daarom niet genoemd worden. Haal de @ weg of noem iemand uit de lijst.`
    throw new DomainError('INVALID', message, { fieldErrors: { [params.field]: [message] } })
  }
  return mentioned
}

import { BulkPublishSchema, BulkStageSchema, postedList } from '@bt/domain'
import { data } from 'react-router'
import type { getApi } from './api.server.ts'
import { formAction, parseValues } from './forms.server.ts'

type Api = ReturnType<typeof getApi>

/**
 * The agreement list page's bulk actions on the agreements ticked in it: "stadium" moves them to one
 * stage, "publiceren" publishes them, each at the version the list showed (hidden `versie.<id>`
 * fields beside the checkboxes), so an agreement changed since is refused, never published unseen.
 */
export async function runBulkAction(api: Api, slug: string, values: Record<string, unknown>) {
  const intent = values.intent
  if (intent !== 'stadium' && intent !== 'publiceren') throw data({ message: 'Dit formulier kennen we niet.' }, { status: 400 })
  const result = await formAction(async () => {
    if (intent === 'publiceren') {
      const seen = typeof values.versie === 'object' && values.versie !== null ? values.versie : {}
      const versionOf = (id: unknown): unknown => Reflect.get(seen, String(id))
      const items = postedList(values.ids).map((id) => ({ id, version: versionOf(id) }))
      const input = parseValues({ regionSlug: slug, items }, BulkPublishSchema)
      const done = await api.agreement.publishMany(input)
      return { intent, ...done }
    }
    const input = parseValues({ ...values, regionSlug: slug }, BulkStageSchema)
    const done = await api.agreement.changeStages(input)
    return { intent, changed: done.changed, stage: input.stage }
  })
  if (result && typeof result === 'object' && 'type' in result && result.type === 'DataWithResponseInit') {
    // formAction's data is the failure object it built (FormFailure); the intent says which form failed.
    return data({ ...(result.data as object), intent, values }, result.init ?? undefined)
  }
  return result
}

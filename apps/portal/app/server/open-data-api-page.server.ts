import { API_BASE, apiError, buildOpenApiDocument } from '@bt/api'
import { toRouteError, type ApiCaller } from '#app/server/api.server.ts'

/** At most this many rows and columns in an example: enough to see the shape. */
const EXAMPLE_ITEMS = 2
const shorten = <T>(list: readonly T[]) => list.slice(0, EXAMPLE_ITEMS)

/** Every endpoint of the OpenAPI document with a live, shortened example answer (never hand-written). */
export async function loadApiPage(api: ApiCaller) {
  const doc = buildOpenApiDocument()
  const list = await api.openData.list().catch(toRouteError)
  const examples: Record<string, unknown> = {
    [`${API_BASE}/datasets`]: {
      datasets: shorten(list.datasets).map((d) => ({
        ...d,
        columns: shorten(d.columns),
        snapshots: shorten(d.snapshots),
      })),
    },
    [`${API_BASE}/openapi.json`]: { openapi: doc.openapi, info: doc.info, paths: '…' },
  }
  for (const d of list.datasets) {
    const { file } = await api.openData.dataset({ key: d.key, query: {} }).catch(toRouteError)
    examples[`${API_BASE}/datasets/${d.key}`] = {
      dataset: { ...file.dataset, columns: shorten(file.dataset.columns) },
      rows: shorten(file.rows),
    }
  }
  const endpoints = Object.entries(doc.paths).map(([path, item]) => ({
    path,
    summary: item.get.summary,
    parameters: (item.get.parameters ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? '',
    })),
    example: JSON.stringify(examples[path] ?? null, null, 2),
  }))
  return {
    apiBase: API_BASE,
    exampleItems: EXAMPLE_ITEMS,
    endpoints,
    errorExample: JSON.stringify(apiError(404, 'Dataset bestaat-niet bestaat niet.').body, null, 2),
  }
}

import { z } from 'zod'
import { DATASETS } from './registry.ts'
import { ApiErrorSchema, DatasetHeadSchema, DatasetListSchema } from './schemas.ts'

/**
 * The OpenAPI 3.1 document of the public API, generated from the same zod schemas that check every
 * answer (ADR 022): zod's own JSON Schema output (OpenAPI 3.1 uses JSON Schema 2020-12 as is), one
 * path per data set with its own row schema. Nothing in it is written by hand but the prose.
 */

export const API_BASE = '/api/v1'

/** A query parameter of an operation. */
export interface QueryParameter {
  name: string
  in: 'query'
  required: boolean
  description: string | undefined
  schema: unknown
}

/** A path of the document: one GET operation (the API only reads). */
export interface PathItem {
  get: {
    operationId: string
    summary: string
    description?: string
    tags: string[]
    parameters?: QueryParameter[]
    responses: Record<string, unknown>
  }
}

/** A data set's component name: 'bouwsteen-status' → 'BouwsteenStatusRow'. */
const rowComponent = (key: string) =>
  `${key.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}Row`

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

/** The errors every endpoint may answer, in the one shape. */
const COMMON_ERRORS = {
  '429': {
    ...errorResponse(
      'Te veel verzoeken vanaf dit adres; probeer het na Retry-After seconden opnieuw.',
    ),
    headers: {
      'Retry-After': {
        description: 'Seconden tot het volgende verzoek mag.',
        schema: { type: 'integer' },
      },
    },
  },
  '500': errorResponse('Onverwachte fout.'),
  '503': errorResponse('De database is tijdelijk niet bereikbaar.'),
}

const CACHE_HEADERS = {
  ETag: {
    description: 'Sterke ETag van de inhoud; stuur hem terug in If-None-Match voor een 304.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: 'Hoe lang het antwoord bewaard mag worden.',
    schema: { type: 'string' },
  },
}

/** JSON Schemas of the components, with cross references and without the per-schema `$schema`/`$id`. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>()
  registry.add(ApiErrorSchema, { id: 'Error' })
  registry.add(DatasetListSchema, { id: 'DatasetList' })
  registry.add(DatasetHeadSchema, { id: 'DatasetHead' })
  for (const dataset of DATASETS) registry.add(dataset.row, { id: rowComponent(dataset.key) })
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
  })
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [
      id,
      { ...schema, $schema: undefined, $id: undefined },
    ]),
  )
}

/** The query parameters of a data set, from its params schema. */
function parametersOf(params: z.ZodObject): QueryParameter[] {
  const schema = z.toJSONSchema(params, { io: 'output' })
  const properties = Object.entries(schema.properties ?? {})
  return properties.map(([name, property]) => {
    // Each property is a JSON Schema object; `description` comes from the params schema's `.meta`.
    const { description, ...rest } = property as { description?: string }
    return { name, in: 'query' as const, required: false, description, schema: rest }
  })
}

function datasetPath(dataset: (typeof DATASETS)[number]): PathItem {
  return {
    get: {
      operationId: `dataset_${dataset.key.replace(/-/g, '_')}`,
      summary: dataset.title,
      description: `${dataset.description}\n\nBron: ${dataset.source}. Licentie: ${dataset.licence}.\n\n${dataset.method}`,
      tags: ['datasets'],
      parameters: parametersOf(dataset.params),
      responses: {
        '200': {
          description: 'De dataset: beschrijving (met definities per kolom) en rijen.',
          headers: CACHE_HEADERS,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  dataset: { $ref: '#/components/schemas/DatasetHead' },
                  rows: {
                    type: 'array',
                    items: { $ref: `#/components/schemas/${rowComponent(dataset.key)}` },
                  },
                },
                required: ['dataset', 'rows'],
                additionalProperties: false,
              },
            },
          },
        },
        '304': { description: 'Niet gewijzigd sinds de ETag in If-None-Match.' },
        '400': errorResponse('Een parameter klopt niet.'),
        '404': errorResponse(
          'Dat besluitmoment of die editie bestaat niet (of is nog niet openbaar).',
        ),
        ...COMMON_ERRORS,
      },
    },
  }
}

/** The OpenAPI document of /api/v1. */
export function buildOpenApiDocument() {
  const paths: Record<string, PathItem> = {
    [`${API_BASE}/datasets`]: {
      get: {
        operationId: 'listDatasets',
        summary: 'Alle datasets',
        description:
          'Elke openbare dataset met beschrijving, kolommen en definities, adressen en eerdere standen.',
        tags: ['datasets'],
        responses: {
          '200': {
            description: 'De lijst met datasets.',
            headers: CACHE_HEADERS,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/DatasetList' } },
            },
          },
          '304': { description: 'Niet gewijzigd sinds de ETag in If-None-Match.' },
          ...COMMON_ERRORS,
        },
      },
    },
    ...Object.fromEntries(DATASETS.map((d) => [`${API_BASE}/datasets/${d.key}`, datasetPath(d)])),
    [`${API_BASE}/openapi.json`]: {
      get: {
        operationId: 'openApiDocument',
        summary: 'Dit OpenAPI-document',
        tags: ['meta'],
        responses: {
          '200': {
            description: 'Het OpenAPI 3.1-document.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...COMMON_ERRORS,
        },
      },
    },
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Beschermd Thuis — open data API',
      version: '1',
      description:
        'Alleen-lezen toegang tot de openbare gegevens van het landelijke overzicht doordecentralisatie beschermd wonen: dezelfde datasets als op /open-data. Zonder inloggen; per adres geldt een limiet op het aantal verzoeken per minuut. Fouten hebben altijd de vorm { error: { code, message } }.',
    },
    paths,
    components: { schemas: componentSchemas() },
  }
}

import { AgreementFilterSchema, type AgreementFilter } from '@bt/domain'

/** The filter fields of a region's agreement list and their (Dutch) URL parameters. */
export const FILTER_PARAMS = {
  stage: 'stadium',
  theme: 'thema',
  condition: 'conditie',
  nvoAgreement: 'nvo',
  partner: 'partner',
  municipality: 'gemeente',
} as const satisfies Record<keyof AgreementFilter, string>

type FilterKey = keyof typeof FILTER_PARAMS

/** The filter in a URL's query; unknown values are ignored (the schema drops them). */
export function readAgreementFilter(search: URLSearchParams): AgreementFilter {
  const raw: Record<string, string> = {}
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const value = search.get(param)?.trim()
    if (value) raw[key] = value
  }
  return AgreementFilterSchema.parse(raw)
}

/** The region's agreement list page with this filter, e.g. from a cell of the coverage matrix. */
export function agreementListHref(slug: string, filter: Partial<AgreementFilter>): string {
  const search = new URLSearchParams()
  // Object.keys loses the key type; FILTER_PARAMS is a closed record of FilterKey.
  for (const key of Object.keys(FILTER_PARAMS) as FilterKey[]) {
    const value = filter[key]
    if (value) search.set(FILTER_PARAMS[key], value)
  }
  const query = search.toString()
  return `/regio/${slug}/afspraken${query ? `?${query}` : ''}`
}

/** True when any filter is set. */
export function isFiltered(filter: AgreementFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== '')
}

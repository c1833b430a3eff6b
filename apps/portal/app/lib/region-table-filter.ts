/** The national region table's filters, read from the query string (so they work without JavaScript). */
export interface RegionTableFilter {
  /** Part of the region's name. */
  name: string
  province: string
  /** Only regions with an agreement past its date. */
  overdueOnly: boolean
}

export function readRegionTableFilter(params: URLSearchParams): RegionTableFilter {
  return {
    name: (params.get('zoek') ?? '').trim().slice(0, 100),
    province: (params.get('provincie') ?? '').trim().slice(0, 100),
    overdueOnly: params.get('alleen') === 'over-datum',
  }
}

export function isFiltered(filter: RegionTableFilter): boolean {
  return filter.name !== '' || filter.province !== '' || filter.overdueOnly
}

/** The rows that pass the filter, in their order. */
export function filterRegionRows<Row extends { name: string; province: string; overdueCount: number }>(rows: readonly Row[], filter: RegionTableFilter): Row[] {
  const name = filter.name.toLocaleLowerCase('nl')
  return rows.filter(
    (r) =>
      (name === '' || r.name.toLocaleLowerCase('nl').includes(name)) &&
      (filter.province === '' || r.province === filter.province) &&
      (!filter.overdueOnly || r.overdueCount > 0),
  )
}

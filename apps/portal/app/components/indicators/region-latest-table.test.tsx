import { cleanup, render, screen, within } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { RegionLatestTable, type LatestRow } from './region-latest-table.tsx'

const ROWS: LatestRow[] = [
  { indicator: { key: 'wmo_clients', label: 'Wmo-cliënten totaal', unit: 'count' }, period: '2024-H2', regionValue: null, nationalValue: 1_200_005, partial: { covered: 2, of: 8 }, hasExplanation: false },
  { indicator: { key: 'bw_home_share', label: 'Aandeel beschermd thuis', unit: 'percentage' }, period: '2025-H2', regionValue: 41.5, nationalValue: 38.25, partial: null, hasExplanation: true },
]

function renderTable(props: { rows?: LatestRow[]; canEnter?: boolean; note?: string | null } = {}) {
  const Stub = createRoutesStub([
    { path: '/regio/zwolle', Component: () => <RegionLatestTable regionName="Regio Zwolle" slug="zwolle" rows={props.rows ?? ROWS} note={props.note ?? null} canEnter={props.canEnter ?? false} /> },
  ])
  render(<Stub initialEntries={['/regio/zwolle']} />)
}

afterEach(cleanup)

describe('the region page’s latest indicator figures', () => {
  it('shows a row per indicator: its period, the region’s figure or why it has none, the national one, and the explanation', () => {
    renderTable()
    const table = screen.getByRole('table', { name: 'Laatste cijfers van Regio Zwolle en Nederland' })
    const cells = (name: string) => within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent)
    expect(cells('Wmo-cliënten totaal')).toEqual(['2024-H2', '– (onvolledig: 2 van 8 gemeenten)', '1.200.005', 'nee'])
    expect(cells('Aandeel beschermd thuis')).toEqual(['2025-H2', '41,5%', '38,25%', 'Toelichting bij Aandeel beschermd thuis: ja'])
    expect(within(table).getByRole('link', { name: 'Toelichting bij Aandeel beschermd thuis: ja' }).getAttribute('href')).toBe('/regio/zwolle/monitoring#indicator-bw_home_share')
    expect(within(table).getByRole('link', { name: 'Wmo-cliënten totaal' }).getAttribute('href')).toBe('/indicatoren/wmo_clients')
    expect(screen.getByRole('link', { name: /^Monitoring:/ }).getAttribute('href')).toBe('/regio/zwolle/monitoring')
    expect(screen.queryByRole('link', { name: 'Waarden en toelichtingen invoeren' })).toBeNull()
  })

  it('gives editors the entry link, and says when there are no figures', () => {
    renderTable({ rows: [], canEnter: true, note: 'Cijfers per regio ziet u na inloggen.' })
    expect(screen.getByRole('link', { name: 'Waarden en toelichtingen invoeren' }).getAttribute('href')).toBe('/regio/zwolle/indicatoren')
    expect(screen.getByText('Er zijn nog geen indicatorwaarden voor Regio Zwolle.')).toBeTruthy()
    expect(screen.getByText('Cijfers per regio ziet u na inloggen.')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })
})

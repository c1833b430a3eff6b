import { cleanup, render, screen, within } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { DataTable, sortRows, type Column } from './data-table.tsx'

interface Region {
  code: string
  name: string
  inhabitants: number
}

const regions: Region[] = [
  { code: 'GM0193', name: 'Zwolle', inhabitants: 400_000 },
  { code: 'GM0014', name: 'Groningen', inhabitants: 600_000 },
  { code: 'GM0363', name: 'Amsterdam', inhabitants: 1_200_000 },
]

const columns: Column<Region>[] = [
  { key: 'regio', header: 'Regio', rowHeader: true, sortValue: (r) => r.name, cell: (r) => r.name },
  { key: 'code', header: 'Code', cell: (r) => r.code },
  { key: 'inwoners', header: 'Inwoners', numeric: true, sortValue: (r) => r.inhabitants, cell: (r) => String(r.inhabitants) },
]

function renderAt(url: string) {
  const Stub = createRoutesStub([
    { path: '/regio', Component: () => <DataTable caption="Regio's" columns={columns} rows={regions} rowKey={(r) => r.code} /> },
  ])
  render(<Stub initialEntries={[url]} />)
  return screen.getAllByRole('row').slice(1).map((row) => row.querySelector('th, td')?.textContent)
}

afterEach(cleanup)

describe('DataTable', () => {
  it('keeps the given order until a column is chosen', () => {
    expect(renderAt('/regio')).toEqual(['Zwolle', 'Groningen', 'Amsterdam'])
  })

  it('sorts by the column in the address, in either direction, and says so with aria-sort', () => {
    expect(renderAt('/regio?sorteer=inwoners&sorteer-volgorde=aflopend')).toEqual(['Amsterdam', 'Groningen', 'Zwolle'])
    expect(screen.getByRole('columnheader', { name: /Inwoners/ }).getAttribute('aria-sort')).toBe('descending')
    expect(screen.getByRole('columnheader', { name: /Regio/ }).getAttribute('aria-sort')).toBe('none')
    expect(screen.getByRole('columnheader', { name: 'Code' }).hasAttribute('aria-sort')).toBe(false)
  })

  it('links a sorted header to the other direction', () => {
    renderAt('/regio?sorteer=regio')
    const link = within(screen.getByRole('columnheader', { name: /Regio/ })).getByRole('link')
    expect(link.getAttribute('href')).toBe('/regio?sorteer=regio&sorteer-volgorde=aflopend')
  })

  it('says in one full-width row that there are no rows, names the table by a hidden caption and classes its cells', () => {
    const withClass: Column<Region>[] = [...columns, { key: 'naam', header: 'Naam', className: 'bt-nowrap', cell: (r) => r.name }]
    const Stub = createRoutesStub([
      {
        path: '/',
        Component: () => (
          <>
            <DataTable caption="Geen regio's" hideCaption columns={columns} rows={[]} rowKey={(r) => r.code} empty="Geen regio's gevonden." />
            <DataTable caption="Met klasse" columns={withClass} rows={regions.slice(0, 1)} rowKey={(r) => r.code} />
          </>
        ),
      },
    ])
    render(<Stub initialEntries={['/']} />)
    const empty = screen.getByRole('table', { name: "Geen regio's" })
    expect(empty.querySelector('caption')?.className).toBe('bt-visually-hidden')
    const cell = within(empty).getByRole('cell', { name: "Geen regio's gevonden." })
    expect(cell.getAttribute('colspan')).toBe(String(columns.length))
    const named = screen.getByRole('table', { name: 'Met klasse' })
    expect(within(named).getAllByRole('cell').at(-1)?.className).toBe('utrecht-table__cell bt-nowrap')
  })

  it('sorts names the Dutch way and keeps equal rows in their order', () => {
    const rows = [{ n: 'b', k: 1 }, { n: 'a', k: 2 }, { n: 'B', k: 3 }]
    expect(sortRows(rows, (r) => r.n, 'oplopend').map((r) => r.k)).toEqual([2, 1, 3])
  })
})

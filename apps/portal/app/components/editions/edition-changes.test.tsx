import type { PictureChange } from '@bt/domain'
import { cleanup, render, screen, within } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { EditionChanges, type EditionChangesData } from './edition-changes.tsx'

afterEach(cleanup)

const change = (kind: PictureChange['kind'], text: string): PictureChange => ({
  regionCode: 'GM0193',
  regionName: 'Regio Zwolle',
  kind,
  itemKey: 'x',
  text,
  from: null,
  to: null,
  buildingBlocks: [],
})

describe('the changes since the previous edition', () => {
  it("leads the short list with a region's dispute, however many changes come before it", () => {
    const changes = [
      ...Array.from({ length: 14 }, (_, i) => change('agreement_added', `Afspraak ${i + 1} is toegevoegd.`)),
      change('disputed', 'De regio betwist Vaststelling van de regiovisie: twee raden besloten al.'),
    ]
    const data: EditionChangesData = {
      edition: { key: '2027-H1', label: 'Eerste halfjaar 2027', state: 'frozen' },
      previous: null,
      counts: { agreement_added: 14, disputed: 1 },
      changes,
    }
    const Stub = createRoutesStub([{ path: '/', Component: () => <EditionChanges data={data} scope="in het hele land" /> }])
    render(<Stub initialEntries={['/']} />)
    const items = within(screen.getAllByRole('list')[1] as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)
    expect(items).toHaveLength(12)
    expect(items[0]).toBe('Regio Zwolle: De regio betwist Vaststelling van de regiovisie: twee raden besloten al.')
    expect(items.slice(1)).toEqual(Array.from({ length: 11 }, (_, i) => `Regio Zwolle: Afspraak ${i + 1} is toegevoegd.`))
    // The table keeps every change in the api's order.
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(15)
  })
})

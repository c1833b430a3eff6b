import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { StrategyQuadrant } from './strategy-quadrant.tsx'

describe('the strategy quadrant as the server writes it', () => {
  // Print pages are not hydrated (ADR 047): the svg's name must be in the server's HTML.
  it('names the svg in its title', () => {
    const html = renderToString(<StrategyQuadrant places={[{ code: 'GM0193', name: 'Zwolle', change: 1, focus: -1 }, { code: 'GM0148', name: 'Dalfsen', change: 0, focus: 0 }]} />)
    expect(html).toContain('<title id="strategie-svg-titel">Assenkruis invoeringsstrategie met 2 gemeenten; de tabel ernaast geeft dezelfde gegevens.</title>')
  })
})

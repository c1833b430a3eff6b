import type { ComputedSignal } from '@bt/domain'

// A budget falling by more than a set percentage in one year of the phase-in path, read from the
// reference scenario an analyst designated (ADR 010). Regions compare their historical amount with
// their members' objective amounts; a municipality only after the region's sharing model, since
// before it only centrumgemeenten receive money (DOMAIN.md §6.6).

/** One area's amounts per path year (cents). */
export interface SignalBudgetPath {
  code: string
  name: string
  amountsByYear: readonly number[]
}

/** The reference scenario's paths: its regions, and its municipalities after a sharing model (if any). */
export interface SignalReferenceScenario {
  id: string
  name: string
  years: readonly number[]
  regions: readonly SignalBudgetPath[]
  /** The region whose sharing model the municipalities' paths follow, or null when the scenario has none. */
  sharing: { regionCode: string; regionName: string; municipalities: readonly SignalBudgetPath[] } | null
}

interface Drop {
  year: number
  fromCents: number
  toCents: number
  /** Basis points of the earlier year (negative: a fall). */
  changeBasisPoints: number
}

/** Every year whose amount fell by more than `percent` of the year before. */
function dropsOf(path: SignalBudgetPath, years: readonly number[], percent: number): Drop[] {
  const drops: Drop[] = []
  for (let i = 1; i < path.amountsByYear.length; i++) {
    const from = path.amountsByYear[i - 1] ?? 0
    const to = path.amountsByYear[i] ?? 0
    if (from <= 0) continue
    // Integer cents: compare (from - to) / from > percent / 100 without rounding
    if ((from - to) * 100 > percent * from) {
      drops.push({ year: years[i] ?? i, fromCents: from, toCents: to, changeBasisPoints: Math.round(((to - from) * 10_000) / from) })
    }
  }
  return drops
}

const pct = (basisPoints: number) => `${(Math.abs(basisPoints) / 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`

/** Signals for regions (and, after a sharing model, municipalities) whose budget drops too steeply. */
export function budgetDropSignals(scenario: SignalReferenceScenario | null, percent: number): ComputedSignal[] {
  if (!scenario) return []
  const signals: ComputedSignal[] = []
  const scenarioLink = { kind: 'scenario' as const, ref: scenario.id, label: scenario.name }
  const push = (area: 'region' | 'municipality', path: SignalBudgetPath, regionCode: string, regionName: string) => {
    const drops = dropsOf(path, scenario.years, percent)
    const worst = drops.reduce<Drop | null>((w, d) => (w === null || d.changeBasisPoints < w.changeBasisPoints ? d : w), null)
    if (!worst) return
    signals.push({
      kind: 'budget_drop',
      dedupeKey: `budget_drop:${area}:${path.code}`,
      regionCode,
      buildingBlock: 'distribution_model',
      summary: `${path.name}: het budget daalt in ${worst.year} met ${pct(worst.changeBasisPoints)} (drempel ${percent}%).`,
      evidence: { area, code: path.code, scenarioId: scenario.id, scenarioName: scenario.name, thresholdPercent: percent, drops },
      links: [{ kind: 'region', ref: regionCode, label: regionName }, scenarioLink],
    })
  }
  for (const region of scenario.regions) push('region', region, region.code, region.name)
  if (scenario.sharing) {
    for (const m of scenario.sharing.municipalities) push('municipality', m, scenario.sharing.regionCode, scenario.sharing.regionName)
  }
  return signals
}

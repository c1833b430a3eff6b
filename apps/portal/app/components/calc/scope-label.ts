import type { ScenarioResult } from './shared.tsx'

/** "Regio Zwolle" or "heel Nederland". */
export function scopeLabel(result: Pick<ScenarioResult, 'scope'>): string {
  return result.scope.kind === 'nation' ? 'heel Nederland' : result.scope.name
}

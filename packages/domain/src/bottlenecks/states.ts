// The life of a bottleneck (knelpunt) in the steering group's register (issue 16): raised, taken up,
// put on a meeting's agenda, decided, solved — or dropped with a reason. The one transition table.

/** The states of a bottleneck, in the order of its normal path; `dropped` ends it without a solution. */
export const BOTTLENECK_STATES = ['reported', 'in_progress', 'scheduled', 'decided', 'resolved', 'dropped'] as const

/** One state of a bottleneck. */
export type BottleneckState = (typeof BOTTLENECK_STATES)[number]

/** Dutch label per state, as the register and the history show it. */
export const BOTTLENECK_STATE_LABELS: Record<BottleneckState, string> = {
  reported: 'Gemeld',
  in_progress: 'In behandeling',
  scheduled: 'Geagendeerd',
  decided: 'Besloten',
  resolved: 'Opgelost',
  dropped: 'Vervallen',
}

/**
 * Allowed state changes. A scheduled bottleneck can go back to in progress (taken off the agenda);
 * a decided one back to in progress when the decision did not settle it. Every open state may be
 * dropped (with a reason); resolved and dropped are final: a recurring problem is a new bottleneck.
 */
export const BOTTLENECK_TRANSITIONS: Record<BottleneckState, readonly BottleneckState[]> = {
  reported: ['in_progress', 'dropped'],
  in_progress: ['scheduled', 'resolved', 'dropped'],
  scheduled: ['decided', 'in_progress', 'dropped'],
  decided: ['resolved', 'in_progress', 'dropped'],
  resolved: [],
  dropped: [],
}

/** States in which a bottleneck still asks for work (and so can be overdue). */
export const OPEN_BOTTLENECK_STATES: readonly BottleneckState[] = ['reported', 'in_progress', 'scheduled', 'decided']

/** True when a bottleneck may move from `from` to `to` (staying is not a change). */
export function canChangeBottleneckState(from: BottleneckState, to: BottleneckState): boolean {
  return BOTTLENECK_TRANSITIONS[from].includes(to)
}

/** True while the bottleneck is open (not resolved, not dropped). */
export function isOpenBottleneckState(state: BottleneckState): boolean {
  return OPEN_BOTTLENECK_STATES.includes(state)
}

/** The Dutch message for a forbidden change, naming both states and what is allowed instead. */
export function forbiddenTransitionMessage(from: BottleneckState, to: BottleneckState): string {
  const next = BOTTLENECK_TRANSITIONS[from].map((s) => `"${BOTTLENECK_STATE_LABELS[s]}"`)
  const allowed = next.length === 0 ? 'Een knelpunt in deze status verandert niet meer.' : `Mogelijk: ${next.join(' of ')}.`
  return `Een knelpunt met status "${BOTTLENECK_STATE_LABELS[from]}" kan niet naar "${BOTTLENECK_STATE_LABELS[to]}". ${allowed}`
}

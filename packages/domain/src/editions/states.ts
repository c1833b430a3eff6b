// The half-year edition's states (issue 14) and the one table of what moves a region's picture
// from one state to the next, and who may do it. The api checks every transition against this table.

/** Where a region's picture stands in an edition. */
export const EDITION_REGION_STATES = ['not_started', 'draft', 'submitted', 'returned', 'approved', 'confirmed'] as const
export type EditionRegionState = (typeof EDITION_REGION_STATES)[number]

/** Dutch label per state; views always show it in words. */
export const EDITION_REGION_STATE_LABELS: Record<EditionRegionState, string> = {
  not_started: 'Niet gestart',
  draft: 'Concept',
  submitted: 'Ingediend',
  returned: 'Teruggestuurd',
  approved: 'Goedgekeurd',
  confirmed: 'Bevestigd',
}

/** An edition is open (regions fill in, advisers review) until the analyst freezes it. */
export const EDITION_STATES = ['open', 'frozen'] as const
export type EditionState = (typeof EDITION_STATES)[number]

export const EDITION_STATE_LABELS: Record<EditionState, string> = { open: 'Open', frozen: 'Bevroren' }

/** Who acts on a region's picture. */
export type EditionActor = 'region_editor' | 'vng_adviser'

/** What moves a region's picture. */
export const EDITION_ACTIONS = ['save', 'submit', 'return', 'approve', 'confirm'] as const
export type EditionAction = (typeof EDITION_ACTIONS)[number]

export interface EditionTransition {
  /** The states the action may start from. */
  from: readonly EditionRegionState[]
  /** The state it leads to; 'same' keeps the state (saving a returned picture keeps it returned). */
  to: EditionRegionState | 'same'
  by: EditionActor
  label: string
}

/**
 * The one table of transitions: the region drafts and submits (the picture is snapshotted then, and
 * retaken on resubmitting); the adviser approves or returns with a comment per item; the region
 * confirms the approved picture, disputing items with a reason each. Freezing is the edition's own step.
 */
export const EDITION_TRANSITIONS: Record<EditionAction, EditionTransition> = {
  save: { from: ['not_started', 'draft', 'returned'], to: 'same', by: 'region_editor', label: 'Opslaan' },
  submit: { from: ['not_started', 'draft', 'returned'], to: 'submitted', by: 'region_editor', label: 'Indienen' },
  return: { from: ['submitted'], to: 'returned', by: 'vng_adviser', label: 'Terugsturen' },
  approve: { from: ['submitted'], to: 'approved', by: 'vng_adviser', label: 'Goedkeuren' },
  confirm: { from: ['approved'], to: 'confirmed', by: 'region_editor', label: 'Bevestigen' },
}

/** The state after `action` from `state`, or null when the table does not allow it. */
export function nextEditionState(state: EditionRegionState, action: EditionAction): EditionRegionState | null {
  const transition = EDITION_TRANSITIONS[action]
  if (!transition.from.includes(state)) return null
  if (transition.to !== 'same') return transition.to
  return state === 'not_started' ? 'draft' : state
}

/** The actions open to `actor` on a picture in `state` (for the buttons a page shows). */
export function availableEditionActions(state: EditionRegionState, actor: EditionActor): EditionAction[] {
  return EDITION_ACTIONS.filter((a) => EDITION_TRANSITIONS[a].by === actor && EDITION_TRANSITIONS[a].from.includes(state))
}

/** States in which a region still has work in the edition before it can be frozen cleanly. */
export const UNFINISHED_STATES: readonly EditionRegionState[] = ['not_started', 'draft', 'submitted', 'returned', 'approved']

/** The next step a person is asked for in a state (Mijn werk), by who acts. */
export function nextStepOf(state: EditionRegionState): { by: EditionActor; label: string } | null {
  switch (state) {
    case 'not_started':
    case 'draft':
      return { by: 'region_editor', label: 'Vul het beeld in en dien het in' }
    case 'returned':
      return { by: 'region_editor', label: 'Verwerk de opmerkingen van de adviseur en dien opnieuw in' }
    case 'submitted':
      return { by: 'vng_adviser', label: 'Beoordeel het ingediende beeld' }
    case 'approved':
      return { by: 'region_editor', label: 'Bevestig het beeld of betwist onderdelen' }
    case 'confirmed':
      return null
  }
}

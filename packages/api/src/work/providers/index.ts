import type { TaskProvider } from '../types.ts'
import { adviserTasks } from './adviser.ts'
import { editionTasks } from './editions.ts'
import { meetingTasks } from './meetings.ts'
import { adminTasks, nationalTasks } from './national.ts'
import { regionEditorTasks } from './region-editor.ts'
import { signatoryTasks } from './signatory.ts'
import { steeringTasks } from './steering.ts'

/**
 * Every task provider, in the order "Mijn werk" shows their sections. A later issue (editions,
 * bottlenecks, meetings, indicators) adds its provider file beside these and one line here.
 */
export const TASK_PROVIDERS: readonly TaskProvider[] = [
  editionTasks,
  meetingTasks,
  regionEditorTasks,
  signatoryTasks,
  adviserTasks,
  steeringTasks,
  nationalTasks,
  adminTasks,
]

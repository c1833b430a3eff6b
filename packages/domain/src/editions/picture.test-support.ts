// Test support for the edition tests: Zwolle's picture with one NvO level and one adopted council.
import type { EditionPicture } from './picture.ts'

/** A small region picture; `over` replaces any of its parts. */
export const picture = (over: Partial<EditionPicture> = {}): EditionPicture => ({
  shapeVersion: 1,
  takenAt: '2026-07-01T10:00:00.000Z',
  regionCode: 'GM0193',
  regionName: 'Zwolle',
  levels: [{ nvoAgreement: 'regional_vision', level: 4, explanation: '' }],
  indicators: [],
  agreements: [],
  planElements: [],
  adoptions: { visionTitle: 'Regiovisie', councils: 8, adopted: 1 },
  ...over,
})

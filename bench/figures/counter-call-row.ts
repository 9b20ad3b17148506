import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'

/** The budget: the whole OneHall call at most 1.5 times the raw WebRTC call. */
export const VIDEO_BUDGET = { on: 'ratio', op: '<=', limit: 1.5 } as const

const FIGURE = 'ticket -> clerk answers -> first remote video frame'
const BASELINE_LABEL =
  'two pages (two contexts, fake camera) connecting a raw RTCPeerConnection over a minimal ws relay in its ' +
  'own process: from the caller starting (getUserMedia, offer) to the callee presenting the first remote frame'

/** What is timed on the OneHall side, for the table note. */
export const COUNTER_CALL_TIMED =
  "from the clerk page sending POST /api/clerk/call-next to the citizen page's <video> presenting the first " +
  'remote frame (requestVideoFrameCallback, epoch ms): the server calls the ticket and opens the call, ' +
  "pushes ticket.update to the citizen's ticket watch, both pages take camera and microphone and start " +
  'the real call engine (createCallSession) over the hub WebSocket, the clerk offers, ICE on loopback. ' +
  'Two fresh contexts per call, plain pages without the 3D hall, production server; one warm-up call not counted'

/**
 * The video-call row: the OneHall calls against the raw call baseline, or "not available" with why.
 * The two were measured one after the other, not in pairs, so the ratio is of the medians.
 * @param counter ms per OneHall call, or why there are none
 * @param baseline ms per raw call, or why there are none
 * @param gap why the server cannot make calls at all, when it cannot
 */
export function videoCallRow(
  counter: readonly number[] | string,
  baseline: readonly number[] | string,
  gap: string | null,
): Row {
  const common = {
    id: 'realtime.video',
    figure: FIGURE,
    unit: 'ms' as const,
    budget: VIDEO_BUDGET,
    baseline: typeof baseline === 'string' ? null : baseline,
    baselineLabel: BASELINE_LABEL,
  }
  const baselineProblem = typeof baseline === 'string' ? `the call baseline failed: ${baseline}` : null
  const problem =
    gap ?? (typeof counter === 'string' ? counter : counter.length === 0 ? 'no call was measured' : null)
  if (problem || typeof counter === 'string')
    return unavailableRow({ ...common, reason: [problem, baselineProblem].filter(Boolean).join('; ') })
  return makeRow({
    ...common,
    values: counter,
    paired: false,
    note:
      `${COUNTER_CALL_TIMED}. Ratio of the medians (the baseline calls ran before, not in pairs)` +
      (baselineProblem ? `; ${baselineProblem}` : ''),
  })
}

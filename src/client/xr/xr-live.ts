import type { HeadOffset } from './xr-pose'

/**
 * Per-frame headset values, written by the XR rig every frame and read by input handlers and the
 * automation hook. A plain object on purpose: these change every frame and must not re-render React.
 */
export const xrLive = {
  /** The head relative to the XR origin, from the last viewer pose. */
  head: { position: [0, 0], yaw: 0 } as HeadOffset,
  /** Tracked head height above the origin's floor, metres. */
  headHeight: 0,
  /** The origin as last placed in the hall: [x, y, z] (y is the seated/height raise) and yaw. */
  origin: { position: [0, 0, 0] as [number, number, number], yaw: 0 },
  /** True once a viewer pose was read in the current session. */
  tracked: false,
  /** XR frames seen since the page loaded (tests wait for frames with it). */
  frames: 0,
}

import type { Counter } from '../../shared/scene'
import { localToWorld } from './placement'

/**
 * The citizen-facing video screen of a counter, in the counter's local frame (x to the visitor's right,
 * y up, z toward the visitor), metres. The counter model's own `screen` part faces the clerk and sits
 * below the counter's top, where a visitor cannot see it, so the hall stands this screen over the
 * counter while a video call runs there: above the counter top, under the counter's sign, at eye level
 * for someone standing where one is served.
 */
export const COUNTER_VIDEO_SCREEN = {
  /** 4:3, the usual camera shape. */
  width: 0.96,
  height: 0.72,
  centreHeight: 1.62,
  /** Behind the counter's front edge, over the desk (the front ledge stays free). */
  setBack: -0.1,
  /** Drawn before the clerk's picture arrives (and where it does not cover). */
  idleColor: '#1d2733',
  /** The citizen's own picture, in the screen's lower right corner, just in front of it. */
  self: { width: 0.24, height: 0.18, inset: 0.03, lift: 0.004 },
} as const

/** A flat rectangle standing in the hall, facing its yaw's direction. */
export type ScreenQuad = {
  /** Centre, world coordinates. */
  position: [number, number, number]
  /** Yaw in degrees (three.js rotation.y); the picture faces local +z. */
  yaw: number
  /** [width, height] in metres. */
  size: [number, number]
}

/** Where the video screen and its self-view stand at a counter. Pure. */
export function counterScreenPlacement(counter: Pick<Counter, 'position' | 'yaw'>): {
  screen: ScreenQuad
  self: ScreenQuad
} {
  const { width, height, centreHeight, setBack, self } = COUNTER_VIDEO_SCREEN
  const selfX = width / 2 - self.inset - self.width / 2
  const selfY = centreHeight - height / 2 + self.inset + self.height / 2
  return {
    screen: {
      position: localToWorld(counter.position, counter.yaw, [0, centreHeight, setBack]),
      yaw: counter.yaw,
      size: [width, height],
    },
    self: {
      position: localToWorld(counter.position, counter.yaw, [selfX, selfY, setBack + self.lift]),
      yaw: counter.yaw,
      size: [self.width, self.height],
    },
  }
}

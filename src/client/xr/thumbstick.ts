/** Thumbstick travel below this is noise. */
export const DEAD_ZONE = 0.2
/** A snap turn fires when the stick passes this sideways, and re-arms once it comes back under RELEASE. */
export const SNAP_PRESS = 0.6
export const SNAP_RELEASE = 0.3

/** A stick axis with its dead zone removed, rescaled to -1..1. */
export function applyDeadZone(value: number, deadZone = DEAD_ZONE): number {
  const size = Math.abs(value)
  if (size <= deadZone) return 0
  return (Math.sign(value) * (size - deadZone)) / (1 - deadZone)
}

/**
 * Edge detection for snap turns: feed the stick's x every frame; returns -1 (turn left), 1 (turn right)
 * or 0. One push gives one turn, however long it is held.
 */
export function createSnapTurn() {
  let armed = true
  return (x: number): -1 | 0 | 1 => {
    if (!armed) {
      if (Math.abs(x) < SNAP_RELEASE) armed = true
      return 0
    }
    if (Math.abs(x) < SNAP_PRESS) return 0
    armed = false
    return x > 0 ? 1 : -1
  }
}

/** Edge detection for a button: true once per press. */
export function createPress() {
  let down = false
  return (pressed: boolean): boolean => {
    const fired = pressed && !down
    down = pressed
    return fired
  }
}

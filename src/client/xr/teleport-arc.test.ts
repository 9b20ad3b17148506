import { Euler, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { teleportArcPoints } from './teleport-arc'

/** Where the arc, held at `height` and pitched by `pitch` radians (negative: down), meets the floor. */
function landing(height: number, pitch: number): number | null {
  const rotation = new Euler(pitch, 0, 0, 'YXZ')
  const points = teleportArcPoints().map((p) =>
    p
      .clone()
      .applyEuler(rotation)
      .add(new Vector3(0, height, 0)),
  )
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    if (a.y >= 0 && b.y < 0) return -(a.z + ((b.z - a.z) * a.y) / (a.y - b.y))
  }
  return null
}

describe('teleportArcPoints', () => {
  it('starts at the controller, heading along the aim', () => {
    const [first, second] = teleportArcPoints()
    expect(first!.toArray()).toEqual([0, 0, 0])
    expect(second!.z).toBeLessThan(0)
    expect(Math.abs(second!.y / second!.z)).toBeLessThan(0.05)
  })

  it('lands close to a nearby floor spot the controller points at', () => {
    // Held at 1.3 m, pointing at the floor 2.6 m ahead.
    const lands = landing(1.3, -Math.atan2(1.3, 2.6))
    expect(lands).not.toBeNull()
    expect(Math.abs(lands! - 2.6)).toBeLessThan(0.4)
  })

  it('comes down to the floor far ahead when pointing level', () => {
    const lands = landing(1.3, 0)
    expect(lands).not.toBeNull()
    expect(lands!).toBeGreaterThan(5)
  })
})

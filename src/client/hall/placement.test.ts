import { describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { facing } from '../../shared/scene'
import { localToWorld, placementMatrix } from './placement'

describe('placement', () => {
  it('moves a model front (+z) onto the facing direction of its yaw', () => {
    for (const yaw of [0, 90, -90, 180, 37]) {
      const m = placementMatrix([3, -2], yaw)
      const front = new Vector3(0, 0, 1).applyMatrix4(m)
      const [fx, fz] = facing(yaw)
      expect(front.x).toBeCloseTo(3 + fx)
      expect(front.z).toBeCloseTo(-2 + fz)
      expect(front.y).toBeCloseTo(0)
    }
  })

  it('localToWorld agrees with the placement matrix', () => {
    const m = placementMatrix([1, 4], 123, 0)
    const v = new Vector3(0.7, 2.1, -0.4).applyMatrix4(m)
    const w = localToWorld([1, 4], 123, [0.7, 2.1, -0.4])
    expect(w[0]).toBeCloseTo(v.x)
    expect(w[1]).toBeCloseTo(v.y)
    expect(w[2]).toBeCloseTo(v.z)
  })
})

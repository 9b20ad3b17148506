import { describe, expect, it } from 'vitest'
import { Euler, Quaternion, Vector3 } from 'three'
import {
  headInHall,
  originForHeadAt,
  originForView,
  rotateOffset,
  turnAroundHead,
  yawOfQuaternion,
  type HeadOffset,
  type OriginPose,
} from './xr-pose'

const close = (a: readonly number[], b: readonly number[]) =>
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i] ?? NaN, 9))

describe('xr pose', () => {
  it('rotates offsets like three.js rotation.y', () => {
    const yaw = 0.7
    const v = new Vector3(1.5, 0, -0.4).applyEuler(new Euler(0, yaw, 0))
    close(rotateOffset([1.5, -0.4], yaw), [v.x, v.z])
  })

  it('reads the heading of a quaternion, ignoring pitch', () => {
    for (const yaw of [0, 0.5, -2, 3]) {
      const q = new Quaternion().setFromEuler(new Euler(-0.4, yaw, 0, 'YXZ'))
      expect(yawOfQuaternion(q)).toBeCloseTo(yaw, 9)
    }
  })

  const origin: OriginPose = { position: [2, -3], yaw: 0.8 }
  const head: HeadOffset = { position: [0.4, -0.25], yaw: 0.3 }

  it('puts the head exactly on a teleport target, keeping the yaw', () => {
    const moved = originForHeadAt([5, 1], origin, head)
    expect(moved.yaw).toBe(origin.yaw)
    close(headInHall(moved, head).position, [5, 1])
  })

  it('turns around the head: the head stays, its yaw changes by the angle', () => {
    const before = headInHall(origin, head)
    const turned = turnAroundHead(origin, head, Math.PI / 4)
    const after = headInHall(turned, head)
    close(after.position, before.position)
    expect(after.yaw - before.yaw).toBeCloseTo(Math.PI / 4, 9)
  })

  it('starts a session with the head where the desktop visitor stood, looking the same way', () => {
    const view: OriginPose = { position: [-4, 6], yaw: -1.2 }
    const start = originForView(view, head)
    const seen = headInHall(start, head)
    close(seen.position, view.position)
    expect(seen.yaw).toBeCloseTo(view.yaw, 9)
  })
})

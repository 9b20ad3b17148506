import { describe, expect, it } from 'vitest'
import { counterFront, facing, FURNITURE_FOOTPRINTS } from '../../shared/scene'
import { COUNTER_VIDEO_SCREEN, counterScreenPlacement } from './counter-screen'
import { cellAspect, SIGN_SIZES } from './sign-specs'

const floorDistance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)

describe('counterScreenPlacement', () => {
  it('stands the screen over a counter facing north, set back over the desk', () => {
    const { screen } = counterScreenPlacement({ position: [-12.6, -17], yaw: 0 })
    expect(screen.position[0]).toBeCloseTo(-12.6)
    expect(screen.position[1]).toBeCloseTo(COUNTER_VIDEO_SCREEN.centreHeight)
    expect(screen.position[2]).toBeCloseTo(-17 + COUNTER_VIDEO_SCREEN.setBack)
    expect(screen.yaw).toBe(0)
    expect(screen.size).toEqual([COUNTER_VIDEO_SCREEN.width, COUNTER_VIDEO_SCREEN.height])
  })

  it('turns with the counter: a counter turned 90° has its screen moved along -x', () => {
    const { screen } = counterScreenPlacement({ position: [4, 2], yaw: 90 })
    // yaw 90 faces +x, so "set back" (local -z) is toward -x.
    expect(screen.position[0]).toBeCloseTo(4 + COUNTER_VIDEO_SCREEN.setBack)
    expect(screen.position[2]).toBeCloseTo(2)
    expect(screen.yaw).toBe(90)
  })

  it.each([0, 90, 180, -135, 37])('faces the visitor served at a counter of yaw %s', (yaw) => {
    const counter = { position: [3, -5] as [number, number], yaw }
    const { screen } = counterScreenPlacement(counter)
    const stand = counterFront(counter).position
    const [fx, fz] = facing(screen.yaw)
    // The picture's normal points from the screen toward where the visitor stands.
    const toVisitor = [stand[0] - screen.position[0], stand[1] - screen.position[2]]
    expect(fx * toVisitor[0]! + fz * toVisitor[1]!).toBeGreaterThan(1.5)
    expect(floorDistance(stand, [screen.position[0], screen.position[2]])).toBeLessThan(3)
  })

  it('keeps the screen above the counter top and below the counter sign', () => {
    const { height, centreHeight } = COUNTER_VIDEO_SCREEN
    const signHeight = SIGN_SIZES.counter.width / cellAspect('strip')
    expect(centreHeight - height / 2).toBeGreaterThan(FURNITURE_FOOTPRINTS.counter.height)
    expect(centreHeight + height / 2).toBeLessThan(SIGN_SIZES.counter.centreHeight - signHeight / 2)
  })

  it('puts the self-view inside the screen, in its lower right corner, just in front of it', () => {
    for (const yaw of [0, 90, 211]) {
      const counter = { position: [1, 1] as [number, number], yaw }
      const { screen, self } = counterScreenPlacement(counter)
      const r = (yaw * Math.PI) / 180
      // Back to the screen's local frame: x right, z toward the visitor.
      const dx = self.position[0] - screen.position[0]
      const dz = self.position[2] - screen.position[2]
      const localX = dx * Math.cos(r) - dz * Math.sin(r)
      const localZ = dx * Math.sin(r) + dz * Math.cos(r)
      const localY = self.position[1] - screen.position[1]
      expect(localX + self.size[0] / 2).toBeLessThanOrEqual(screen.size[0] / 2)
      expect(localX).toBeGreaterThan(0)
      expect(localY - self.size[1] / 2).toBeGreaterThanOrEqual(-screen.size[1] / 2)
      expect(localY).toBeLessThan(0)
      expect(localZ).toBeGreaterThan(0)
      expect(localZ).toBeLessThan(0.02)
      expect(self.yaw).toBe(yaw)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { ceilingLightGrid, hallWallGeometry } from './wall-geometry'
import { testLayout } from './testing/layout'

describe('hallWallGeometry', () => {
  it('encloses the floor with walls as tall as the hall, plus interior walls, in one geometry', () => {
    const layout = testLayout({ walls: [{ from: [0, -10], to: [0, -4], thickness: 0.2 }] })
    const g = hallWallGeometry(layout)
    g.computeBoundingBox()
    const box = g.boundingBox!
    expect(box.min.x).toBeLessThanOrEqual(-15)
    expect(box.max.x).toBeGreaterThanOrEqual(15)
    expect(box.min.z).toBeLessThanOrEqual(-10)
    expect(box.max.z).toBeGreaterThanOrEqual(10)
    expect(box.max.y).toBeCloseTo(5)
    expect(g.getAttribute('position').count).toBe(5 * 24)
  })
})

describe('ceilingLightGrid', () => {
  it('spreads panels evenly inside the floor', () => {
    const points = ceilingLightGrid({ width: 30, depth: 20, height: 5 }, 4)
    expect(points).toHaveLength(7 * 5)
    for (const [x, z] of points) {
      expect(Math.abs(x)).toBeLessThan(15)
      expect(Math.abs(z)).toBeLessThan(10)
    }
  })
})

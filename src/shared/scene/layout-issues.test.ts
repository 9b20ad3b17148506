import { describe, expect, it } from 'vitest'
import { layoutIssues } from './layout-issues'
import { hallSchema, type HallLayout } from './schema'

/** A 20 x 20 m room: one counter on the north side facing the entrance, spawn near the south wall. */
function room(
  extra: Partial<Record<'counters' | 'furniture' | 'walls', unknown[]>> & { spawn?: unknown } = {},
): HallLayout {
  return hallSchema.parse({
    id: 'room',
    name: { zh: '房间', en: 'Room' },
    size: { width: 20, depth: 20, height: 4 },
    spawn: extra.spawn ?? { position: [0, 8], yaw: 0 },
    departments: [
      {
        id: 'tax',
        name: { zh: '税务', en: 'Tax' },
        letter: 'F',
        color: '#c0392b',
        description: { zh: '税', en: 'Tax' },
      },
    ],
    counters: [
      { id: 'c1', number: '1', departmentId: 'tax', position: [0, -7], yaw: 0 },
      ...(extra.counters ?? []),
    ],
    furniture: extra.furniture ?? [],
    walls: extra.walls ?? [],
  })
}

describe('layoutIssues', () => {
  it('finds nothing wrong in an open room', () => {
    expect(layoutIssues('room.json', room())).toEqual([])
  })

  it('reports overlapping furniture with both paths', () => {
    const issues = layoutIssues(
      'room.json',
      room({ furniture: [{ id: 'p1', kind: 'pillar', position: [1, -7] }] }),
    )
    expect(issues).toContainEqual({
      file: 'room.json',
      path: 'furniture[0]',
      message: '"p1" overlaps "c1" (counters[0])',
    })
  })

  it('reports a rotated counter that pokes into a wall', () => {
    const issues = layoutIssues(
      'room.json',
      room({ counters: [{ id: 'c2', number: '2', departmentId: 'tax', position: [9.2, 0], yaw: 0 }] }),
    )
    expect(issues.map((i) => i.path)).toContain('counters[1]')
    const turned = layoutIssues(
      'room.json',
      room({ counters: [{ id: 'c2', number: '2', departmentId: 'tax', position: [9.2, 0], yaw: -90 }] }),
    )
    expect(turned).toEqual([])
  })

  it('reports a counter front blocked by a plant', () => {
    const issues = layoutIssues(
      'room.json',
      room({ furniture: [{ id: 'plant', kind: 'plant', position: [0, -5.1] }] }),
    )
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'counters[0]',
        message: expect.stringContaining('blocked by "plant"'),
      }),
    )
  })

  it('reports a counter that faces the wall', () => {
    const issues = layoutIssues(
      'room.json',
      room({ counters: [{ id: 'c2', number: '2', departmentId: 'tax', position: [5, -8.5], yaw: 180 }] }),
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'counters[1]', message: expect.stringContaining('outside the floor') }),
    )
  })

  it('reports a counter walled off from the spawn point', () => {
    const issues = layoutIssues('room.json', room({ walls: [{ from: [-10, -3], to: [10, -3] }] }))
    expect(issues).toEqual([
      expect.objectContaining({ path: 'counters[0]', message: expect.stringContaining('cannot be reached') }),
    ])
    // A 1.2 m gap is too narrow for the 1.5 m aisle rule, a 2 m gap is fine.
    const narrow = layoutIssues('room.json', room({ walls: [{ from: [-10, -3], to: [8.8, -3] }] }))
    expect(narrow.map((i) => i.path)).toEqual(['counters[0]'])
    expect(layoutIssues('room.json', room({ walls: [{ from: [-10, -3], to: [8, -3] }] }))).toEqual([])
  })

  it('reports a spawn point inside furniture', () => {
    const issues = layoutIssues(
      'room.json',
      room({ furniture: [{ id: 'desk', kind: 'info-desk', position: [0, 8] }] }),
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'spawn.position', message: expect.stringContaining('"desk"') }),
    )
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { counterFront } from '../scene/counter-front'
import { FURNITURE_FOOTPRINTS } from '../scene/footprints'
import { hallSchema, type FloorPoint } from '../scene/schema'
import { circlePenetration } from './collision'
import { degToRad } from './obstacle'
import { findPath } from './find-path'
import { stepPlayer, type WalkInput, type WalkState } from './step-player'
import { createWalkWorld } from './walk-world'

const hallFile = fileURLToPath(new URL('../../../scenes/city-centre/hall.json', import.meta.url))
const layout = hallSchema.parse(JSON.parse(readFileSync(hallFile, 'utf8')))
const world = createWalkWorld(layout)
const idle: WalkInput = { move: [0, 0], turn: 0 }
const spawn = layout.spawn.position

describe('the city-centre hall', () => {
  it('spawns the visitor on free floor', () => {
    expect(circlePenetration(world.obstacles, spawn, world.radius)).toBe(0)
  })

  it.each(layout.counters.map((c) => [c.id, c] as const))(
    'lets a visitor walk from the entrance to %s',
    (_, counter) => {
      const front = counterFront(counter).position
      const path = findPath(world.grid, spawn, front)
      expect(path).not.toBeNull()
      let s: WalkState = {
        position: spawn,
        yaw: degToRad(layout.spawn.yaw),
        path: path!,
        target: front,
        blockedTime: 0,
      }
      for (let frame = 0; frame < 60 * 120 && s.target; frame++) s = stepPlayer(s, idle, 1 / 60, world)
      expect(s.target).toBeNull()
      expect(Math.hypot(s.position[0] - front[0], s.position[1] - front[1])).toBeLessThan(0.3)
    },
  )

  it.each(layout.counters.map((c) => [c.id, c] as const))('stops a visitor walking into %s', (_, counter) => {
    const { position, yaw } = counterFront(counter)
    let s: WalkState = { position, yaw: degToRad(yaw), path: [], target: null, blockedTime: 0 }
    for (let frame = 0; frame < 60 * 3; frame++) s = stepPlayer(s, { move: [0, 1], turn: 0 }, 1 / 60, world)
    // The visitor ends a body's radius from the counter's front face, facing it.
    const toCentre: FloorPoint = [counter.position[0] - s.position[0], counter.position[1] - s.position[1]]
    expect(Math.hypot(...toCentre)).toBeCloseTo(FURNITURE_FOOTPRINTS.counter.depth / 2 + world.radius, 3)
  })
})

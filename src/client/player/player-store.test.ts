import { describe, expect, it } from 'vitest'
import { create } from 'zustand'
import type { Hall } from '../../shared/scene/schema'
import { testHall } from '../../shared/walk/testing/halls'
import { createPlayerStore, MAX_PITCH } from './player-store'

const hall: Hall = { ...testHall, services: [] }

function setup(initial: Hall | null = hall) {
  const halls = create<{ hall: Hall | null }>()(() => ({ hall: initial }))
  return { halls, player: createPlayerStore(halls) }
}

describe('createPlayerStore', () => {
  it('spawns at the hall spawn point with its walk world', () => {
    const { player } = setup()
    const s = player.getState()
    expect(s.position).toEqual([0, 6])
    expect(s.yaw).toBe(0)
    expect(s.world?.obstacles.length).toBeGreaterThan(4)
  })

  it('rebuilds the world and respawns when the hall changes', () => {
    const { halls, player } = setup(null)
    expect(player.getState().world).toBeNull()
    expect(player.getState().actions.walkTo([1, 1])).toBe(false)
    halls.setState({ hall: { ...hall, spawn: { position: [2, 3], yaw: 90 } } })
    expect(player.getState().position).toEqual([2, 3])
    expect(player.getState().yaw).toBeCloseTo(Math.PI / 2, 12)
    expect(player.getState().world).not.toBeNull()
  })

  it('plans a walk with walkTo and refuses an unreachable point', () => {
    const { player } = setup()
    expect(player.getState().actions.walkTo([0, -6])).toBe(true)
    expect(player.getState().target).toEqual([0, -6])
    expect(player.getState().path.length).toBeGreaterThan(1)
    expect(player.getState().actions.walkTo([7.5, 3.5])).toBe(false)
    // The earlier walk is kept when a new one cannot be planned.
    expect(player.getState().target).toEqual([0, -6])
  })

  it('walks to a counter front, or teleports there facing it when asked', () => {
    const { player } = setup()
    const { actions } = player.getState()
    expect(actions.goToCounter('c2')).toBe(true)
    expect(player.getState().target).toEqual([0, -4 + 0.5 + 1.4])
    expect(player.getState().position).toEqual([0, 6])

    actions.look(0.4, 0.3)
    expect(actions.goToCounter('c1', { teleport: true })).toBe(true)
    const s = player.getState()
    expect(s.position).toEqual([-3, -4 + 0.5 + 1.4])
    expect(s.yaw).toBe(0)
    expect(s.pitch).toBe(0)
    expect(s.target).toBeNull()
    expect(actions.goToCounter('nope')).toBe(false)
  })

  it('teleports when the counter front cannot be walked to', () => {
    const walledIn: Hall = {
      ...hall,
      spawn: { position: [7.5, 3.5], yaw: 0 }, // inside the closed room
    }
    const { player } = setup(walledIn)
    expect(player.getState().actions.goToCounter('c3')).toBe(true)
    expect(player.getState().position).toEqual([3, -4 + 0.5 + 1.4])
  })

  it('looks around with pitch clamped to 80 degrees', () => {
    const { player } = setup()
    player.getState().actions.look(0.5, 10)
    expect(player.getState().yaw).toBeCloseTo(0.5, 12)
    expect(player.getState().pitch).toBeCloseTo(MAX_PITCH, 12)
    player.getState().actions.look(2 * Math.PI, -20)
    expect(player.getState().yaw).toBeCloseTo(0.5, 12)
    expect(player.getState().pitch).toBeCloseTo(-MAX_PITCH, 12)
  })

  it('steps along the path and leaves the state alone when idle', () => {
    const { player } = setup()
    const { actions } = player.getState()
    actions.walkTo([0, 4])
    actions.step({ move: [0, 0], turn: 0 }, 0.5)
    expect(player.getState().position[1]).toBeCloseTo(5.2, 9)
    for (let i = 0; i < 10; i++) actions.step({ move: [0, 0], turn: 0 }, 0.1)
    expect(player.getState().target).toBeNull()
    const before = player.getState()
    actions.step({ move: [0, 0], turn: 0 }, 0.1)
    expect(player.getState()).toBe(before)
  })
})

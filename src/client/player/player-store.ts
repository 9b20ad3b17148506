import { create } from 'zustand'
import { counterFront } from '../../shared/scene/counter-front'
import type { FloorPoint, Hall } from '../../shared/scene/schema'
import { findPath } from '../../shared/walk/find-path'
import { degToRad } from '../../shared/walk/obstacle'
import { stepPlayer, wrapAngle, type WalkInput, type WalkSettings } from '../../shared/walk/step-player'
import { createWalkWorld, type WalkWorld } from '../../shared/walk/walk-world'
import { useHallDataStore } from '../app/hall-data-store'

/** How far the view tilts up or down, radians (80 degrees). */
export const MAX_PITCH = degToRad(80)

export type GoToCounterOptions = {
  /** Jump straight there (keyboard menu, VR) instead of walking. @default false */
  teleport?: boolean
}

export type PlayerState = {
  /** Where the visitor stands, `[x, z]` metres. Changes every frame: read with getState(), never subscribe. */
  position: FloorPoint
  /** View yaw, radians, three.js camera rotation.y. */
  yaw: number
  /** View pitch, radians, positive looks up; within +-{@link MAX_PITCH}. */
  pitch: number
  /** Where the click-to-walk path ends, or null when not walking one. */
  target: FloorPoint | null
  /** Waypoints still ahead on the path. */
  path: readonly FloorPoint[]
  /** How long the path has been blocked, seconds (see stepPlayer). */
  blockedTime: number
  /** Obstacles and path-finding grid of the current hall; null before a hall is loaded. */
  world: WalkWorld | null
  actions: {
    /** Puts the visitor at a spot with a view yaw in degrees, looking level, and stops any walk. */
    spawn: (position: FloorPoint, yawDeg: number) => void
    /** Plans a walk to a floor point; a point on an obstacle walks up to it. False when unreachable. */
    walkTo: (point: FloorPoint) => boolean
    /** Moves the visitor at once; with a yaw (degrees) also turns the view, looking level. */
    teleportTo: (position: FloorPoint, yawDeg?: number) => void
    /**
     * Takes the visitor to where one is served at a counter: walks there when a path exists (the view
     * keeps its direction), otherwise, or with `{ teleport: true }`, jumps there facing the counter.
     * False for an unknown counter or before the hall is loaded.
     */
    goToCounter: (counterId: string, options?: GoToCounterOptions) => boolean
    /** Turns the view by the given radians; positive yaw turns left, positive pitch looks up. */
    look: (dYaw: number, dPitch: number) => void
    /** Advances walking by one frame (keys, path, collisions); called by the player rig. */
    step: (input: WalkInput, dt: number, settings?: WalkSettings) => void
  }
}

/** Where {@link createPlayerStore} finds the current hall (the hall data store, or a fake in tests). */
export type HallSource = {
  getState: () => { hall: Hall | null }
  subscribe: (listener: (state: { hall: Hall | null }, previous: { hall: Hall | null }) => void) => () => void
}

const clampPitch = (pitch: number) => Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch))
const stopped = { path: [] as readonly FloorPoint[], target: null, blockedTime: 0 }

/**
 * Creates a player store bound to a hall source: when the hall changes, the walk world is rebuilt and
 * the visitor is put at the hall's spawn point.
 */
export function createPlayerStore(halls: HallSource) {
  const store = create<PlayerState>()((set, get) => ({
    position: [0, 0],
    yaw: 0,
    pitch: 0,
    ...stopped,
    world: null,
    actions: {
      spawn: (position, yawDeg) => set({ position, yaw: wrapAngle(degToRad(yawDeg)), pitch: 0, ...stopped }),
      teleportTo: (position, yawDeg) =>
        set(
          yawDeg === undefined
            ? { position, ...stopped }
            : { position, yaw: wrapAngle(degToRad(yawDeg)), pitch: 0, ...stopped },
        ),
      walkTo: (point) => {
        const { world, position } = get()
        const path = world ? findPath(world.grid, position, point) : null
        if (!path) return false
        set({ path, target: path.at(-1) ?? null, blockedTime: 0 })
        return true
      },
      goToCounter: (counterId, { teleport = false } = {}) => {
        const counter = halls.getState().hall?.counters.find((c) => c.id === counterId)
        if (!counter) return false
        const front = counterFront(counter)
        const { world, position, actions } = get()
        const path = teleport || !world ? null : findPath(world.grid, position, front.position)
        if (path) set({ path, target: path.at(-1) ?? null, blockedTime: 0 })
        else actions.teleportTo(front.position, front.yaw)
        return true
      },
      look: (dYaw, dPitch) => {
        const { yaw, pitch } = get()
        set({ yaw: wrapAngle(yaw + dYaw), pitch: clampPitch(pitch + dPitch) })
      },
      step: (input, dt, settings) => {
        const { world, position, yaw, path, target, blockedTime } = get()
        if (!world) return
        const before = { position, yaw, path, target, blockedTime }
        const after = stepPlayer(before, input, dt, world, settings)
        if (after !== before) set(after)
      },
    },
  }))

  const enterHall = (hall: Hall | null) => {
    store.setState({ world: hall ? createWalkWorld(hall) : null })
    if (hall) store.getState().actions.spawn(hall.spawn.position, hall.spawn.yaw)
  }
  enterHall(halls.getState().hall)
  halls.subscribe((state, previous) => {
    if (state.hall !== previous.hall) enterHall(state.hall)
  })
  return store
}

/**
 * The visitor: position, view direction and click-to-walk path in the current hall, plus the walk world.
 * Per-frame values: read them with `usePlayerStore.getState()` inside useFrame, never as a React subscription.
 */
export const usePlayerStore = createPlayerStore(useHallDataStore)

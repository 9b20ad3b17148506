import { useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { TeleportTarget } from '@react-three/xr'
import type { Vector3 } from 'three'
import type { HallLayout } from '../../shared/scene/schema'
import { FURNITURE_FOOTPRINTS } from '../../shared/scene/footprints'
import { inputActions } from '../input/actions'
import { usePlayerStore } from '../player/player-store'
import { checkTeleport } from './teleport-check'
import { comfortJump } from './xr-fade-state'
import { xrLive } from './xr-live'
import { headInHall, originForHeadAt } from './xr-pose'

const FURNITURE_INSET = 0.2

type Blocker = {
  key: string
  position: [number, number, number]
  size: [number, number, number]
  yaw: number
}

/**
 * Where the teleport arc may land, built from the walk world: an invisible floor the size of the hall,
 * and an invisible box over every wall, counter and piece of furniture so the arc stops on them instead
 * of passing through to the floor behind. A landing is checked against the walk world (free cell, body
 * clear of obstacles, reachable): on a wall or counter nothing happens. Invisible meshes draw nothing.
 */
export function XrTeleport({ layout }: { layout: HallLayout }) {
  const world = usePlayerStore((s) => s.world)
  const blockers = useMemo<Blocker[]>(
    () =>
      (world?.obstacles ?? []).map((o) => {
        const wall = o.kind === 'wall'
        const height = o.kind === 'wall' ? layout.size.height : FURNITURE_FOOTPRINTS[o.kind].height
        // Furniture boxes sit a little inside the models, so a ray pointing at a counter reaches the
        // counter before the arc reaches its box and selecting wins over teleporting.
        const inset = wall ? 0 : FURNITURE_INSET
        return {
          key: o.id,
          position: [o.center[0], height / 2, o.center[1]],
          size: [Math.max(0.05, o.halfWidth * 2 - inset), height, Math.max(0.05, o.halfDepth * 2 - inset)],
          yaw: o.yaw,
        }
      }),
    [world, layout.size.height],
  )

  const onTeleport = (_adjusted: Vector3, event: ThreeEvent<MouseEvent>) => {
    const { world: current, position, yaw } = usePlayerStore.getState()
    if (!current) return
    const origin = { position, yaw }
    const standing = headInHall(origin, xrLive.head).position
    const check = checkTeleport(current, standing, [event.point.x, event.point.z])
    if (!check.ok) return
    comfortJump(() => inputActions.teleportTo(originForHeadAt(check.point, origin, xrLive.head).position))
  }

  if (!world) return null
  return (
    <TeleportTarget onTeleport={onTeleport}>
      <mesh name="xr-teleport-floor" rotation-x={-Math.PI / 2} visible={false}>
        <planeGeometry args={[layout.size.width, layout.size.depth]} />
      </mesh>
      {blockers.map((b) => (
        <mesh key={b.key} position={b.position} rotation-y={b.yaw} visible={false}>
          <boxGeometry args={b.size} />
        </mesh>
      ))}
    </TeleportTarget>
  )
}

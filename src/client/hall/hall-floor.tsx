import { useEffect, useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three'
import type { HallLayout } from '../../shared/scene'
import { wasDrag } from '../input/drag-guard'
import { usePlayerStore } from '../player/player-store'

/** Stone tiles of this size in metres; drawn into a tiny repeating texture, no file needed. */
const TILE = 1.2
const TILE_COLOR = '#e4dfd3'
const JOINT_COLOR = '#c9c2b3'

function tileTexture(): CanvasTexture {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 128
  const ctx = canvas.getContext('2d')
  if (ctx) {
    ctx.fillStyle = TILE_COLOR
    ctx.fillRect(0, 0, 128, 128)
    ctx.fillStyle = JOINT_COLOR
    ctx.fillRect(0, 0, 128, 3)
    ctx.fillRect(0, 0, 3, 128)
  }
  const texture = new CanvasTexture(canvas)
  texture.wrapS = texture.wrapT = RepeatWrapping
  texture.colorSpace = SRGBColorSpace
  // No anisotropic filtering: on software GL it halved the frame rate (the floor fills half the view).
  return texture
}

const XR_POINTERS_DENIED = { deny: ['ray', 'grab', 'touch'] }

/** The hall floor, one mesh. Clicking (not dragging) on it walks the player there. */
export function HallFloor({ size }: { size: HallLayout['size'] }) {
  const texture = useMemo(() => {
    const t = tileTexture()
    t.repeat.set(size.width / TILE, size.depth / TILE)
    return t
  }, [size.width, size.depth])
  useEffect(() => () => texture.dispose(), [texture])

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (wasDrag(e)) return
    usePlayerStore.getState().actions.walkTo([e.point.x, e.point.z])
  }
  return (
    // XR rays and hands skip it: in a headset the floor is reached by the teleport arc (src/client/xr).
    <mesh name="floor" rotation-x={-Math.PI / 2} onClick={onClick} pointerEventsType={XR_POINTERS_DENIED}>
      <planeGeometry args={[size.width, size.depth]} />
      <meshLambertMaterial map={texture} />
    </mesh>
  )
}

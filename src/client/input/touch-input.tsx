import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { inputActions } from './actions'
import { DRAG_THRESHOLD_PX } from './drag-guard'

export type TouchInputProps = {
  /** Radians turned per pixel of finger drag. @default 0.006 */
  dragSpeed?: number
}

/**
 * Touch looking; renders nothing. One finger dragged on the canvas turns the view (dragging the picture
 * along, like a panorama). A tap walks: the floor's own click handler does that, and `wasDrag` keeps a
 * drag from also counting as a tap. A second finger ends the look, leaving room for pinch gestures later.
 */
export function TouchInput({ dragSpeed = 0.006 }: TouchInputProps) {
  const canvas = useThree((s) => s.gl.domElement)

  useEffect(() => {
    // Without this the browser pans or zooms the page and sends pointercancel mid-drag.
    const previousTouchAction = canvas.style.touchAction
    canvas.style.touchAction = 'none'
    const fingers = new Set<number>()
    let drag: { id: number; x: number; y: number; looking: boolean } | null = null

    const onPointerDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return
      fingers.add(e.pointerId)
      drag = fingers.size === 1 ? { id: e.pointerId, x: e.clientX, y: e.clientY, looking: false } : null
    }
    const onPointerMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return
      const dx = e.clientX - drag.x
      const dy = e.clientY - drag.y
      if (!drag.looking && Math.hypot(dx, dy) <= DRAG_THRESHOLD_PX) return
      drag = { ...drag, x: e.clientX, y: e.clientY, looking: true }
      inputActions.look(dx * dragSpeed, dy * dragSpeed)
    }
    const onPointerEnd = (e: PointerEvent) => {
      fingers.delete(e.pointerId)
      if (drag && e.pointerId === drag.id) drag = null
    }

    canvas.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('pointermove', onPointerMove)
    window.addEventListener('pointerup', onPointerEnd)
    window.addEventListener('pointercancel', onPointerEnd)
    return () => {
      canvas.style.touchAction = previousTouchAction
      canvas.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('pointermove', onPointerMove)
      window.removeEventListener('pointerup', onPointerEnd)
      window.removeEventListener('pointercancel', onPointerEnd)
    }
  }, [canvas, dragSpeed])

  return null
}

import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { inputActions } from './actions'
import { DRAG_THRESHOLD_PX } from './drag-guard'
import { keyAction, keyIntent, type KeyAction } from './key-bindings'
import { acceptsWalkKeys } from './key-target'

export type DesktopInputProps = {
  /** Radians turned per pixel of mouse drag. @default 0.004 */
  dragSpeed?: number
  /** Radians turned per pixel of mouse movement under pointer lock. @default 0.0025 */
  lockedSpeed?: number
}

const SOURCE = 'keyboard'

/**
 * Desktop walking and looking; renders nothing. WASD or arrow keys walk, Q/E turn (only while the canvas
 * or the page body has focus, so the DOM overlay keeps its keys). Dragging on the canvas with the mouse
 * looks around, dragging the view like a photo (as in street-view maps); a double-click locks the pointer
 * for game-style mouse look, and Esc leaves it.
 */
export function DesktopInput({ dragSpeed = 0.004, lockedSpeed = 0.0025 }: DesktopInputProps) {
  const canvas = useThree((s) => s.gl.domElement)

  useEffect(() => {
    if (canvas.tabIndex < 0) canvas.tabIndex = 0
    const held = new Set<KeyAction>()
    const publish = () => {
      const { move, turn } = keyIntent(held)
      inputActions.moveIntent(SOURCE, move)
      inputActions.turnIntent(SOURCE, turn)
    }
    const onKeyDown = (e: KeyboardEvent) => {
      const action = keyAction(e.code)
      if (!action || e.ctrlKey || e.metaKey || e.altKey || !acceptsWalkKeys(e.target, canvas)) return
      e.preventDefault() // arrows would scroll the page
      if (held.has(action)) return
      held.add(action)
      publish()
    }
    // Key-up is honoured wherever focus went, so a key is never left stuck down.
    const onKeyUp = (e: KeyboardEvent) => {
      const action = keyAction(e.code)
      if (action && held.delete(action)) publish()
    }
    const releaseAll = () => {
      held.clear()
      inputActions.releaseIntent(SOURCE)
    }
    const onVisibility = () => {
      if (document.hidden) releaseAll()
    }

    let drag: { id: number; x: number; y: number; looking: boolean } | null = null
    const locked = () => document.pointerLockElement === canvas
    const onPointerDown = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || e.button !== 0 || locked()) return
      drag = { id: e.pointerId, x: e.clientX, y: e.clientY, looking: false }
    }
    const onPointerMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return
      const dx = e.clientX - drag.x
      const dy = e.clientY - drag.y
      // Small wobbles during a click do not turn the view; past the drag threshold the whole move counts.
      if (!drag.looking && Math.hypot(dx, dy) <= DRAG_THRESHOLD_PX) return
      drag = { ...drag, x: e.clientX, y: e.clientY, looking: true }
      inputActions.look(dx * dragSpeed, dy * dragSpeed)
    }
    const onPointerUp = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.id) drag = null
    }
    const onMouseMove = (e: MouseEvent) => {
      if (locked()) inputActions.look(-e.movementX * lockedSpeed, -e.movementY * lockedSpeed)
    }
    const onDoubleClick = () => {
      if (locked() || !canvas.requestPointerLock) return
      // Browsers refuse it now and then (too soon after leaving); the drag look still works.
      Promise.resolve(canvas.requestPointerLock()).catch(() => undefined)
    }

    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    window.addEventListener('blur', releaseAll)
    document.addEventListener('visibilitychange', onVisibility)
    canvas.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('pointermove', onPointerMove)
    window.addEventListener('pointerup', onPointerUp)
    window.addEventListener('pointercancel', onPointerUp)
    document.addEventListener('mousemove', onMouseMove)
    canvas.addEventListener('dblclick', onDoubleClick)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
      window.removeEventListener('blur', releaseAll)
      document.removeEventListener('visibilitychange', onVisibility)
      canvas.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('pointermove', onPointerMove)
      window.removeEventListener('pointerup', onPointerUp)
      window.removeEventListener('pointercancel', onPointerUp)
      document.removeEventListener('mousemove', onMouseMove)
      canvas.removeEventListener('dblclick', onDoubleClick)
      if (locked()) document.exitPointerLock()
      releaseAll()
    }
  }, [canvas, dragSpeed, lockedSpeed])

  return null
}

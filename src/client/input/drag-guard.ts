/** A press that moves further than this, in CSS pixels, is a drag (look around), not a click or tap. */
export const DRAG_THRESHOLD_PX = 6

/** The parts of a pointer or mouse event the guard reads. */
export type PointerLike = { clientX: number; clientY: number; pointerId?: number }
/** A DOM event, or an event wrapper that carries one (React Three Fiber's ThreeEvent). */
export type DragCheckEvent = PointerLike | { nativeEvent: PointerLike }

type Press = { x: number; y: number; moved: number }
// Touch pointers get a new id per touch; keep only the latest few presses.
const MAX_PRESSES = 16

/**
 * Watches pointer presses on a target (capture phase, so nothing can hide them) and answers, for a
 * click, whether its press moved more than {@link DRAG_THRESHOLD_PX} at any moment.
 */
export function createDragGuard(target: EventTarget) {
  const presses = new Map<number, Press>()
  let last: Press | null = null

  const onDown = (event: Event) => {
    const e = event as unknown as PointerLike
    const press = { x: e.clientX, y: e.clientY, moved: 0 }
    presses.delete(e.pointerId ?? -1)
    presses.set(e.pointerId ?? -1, press)
    if (presses.size > MAX_PRESSES) presses.delete(presses.keys().next().value!)
    last = press
  }
  const onMove = (event: Event) => {
    const e = event as unknown as PointerLike
    const press = presses.get(e.pointerId ?? -1)
    if (press) press.moved = Math.max(press.moved, Math.hypot(e.clientX - press.x, e.clientY - press.y))
  }
  const options = { capture: true, passive: true }
  target.addEventListener('pointerdown', onDown, options)
  target.addEventListener('pointermove', onMove, options)
  target.addEventListener('pointerup', onMove, options)

  return {
    /** True when the press that ended in this click or pointerup was dragged. */
    wasDrag(event: DragCheckEvent): boolean {
      const e = 'nativeEvent' in event ? event.nativeEvent : event
      // A plain MouseEvent click (older browsers) has no pointerId: judge it by the latest press.
      const press = (e.pointerId !== undefined ? presses.get(e.pointerId) : undefined) ?? last
      if (!press) return false
      return Math.max(press.moved, Math.hypot(e.clientX - press.x, e.clientY - press.y)) > DRAG_THRESHOLD_PX
    },
    dispose() {
      target.removeEventListener('pointerdown', onDown, options)
      target.removeEventListener('pointermove', onMove, options)
      target.removeEventListener('pointerup', onMove, options)
    },
  }
}

const windowGuard = typeof window === 'undefined' ? null : createDragGuard(window)

/**
 * Whether a click or pointerup ended a drag (the pointer moved more than 6 px since it went down), so
 * that looking around by dragging does not also walk or pick a counter. Accepts DOM events and R3F events.
 */
export function wasDrag(event: DragCheckEvent): boolean {
  return windowGuard?.wasDrag(event) ?? false
}

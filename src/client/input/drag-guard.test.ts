import { describe, expect, it } from 'vitest'
import { createDragGuard } from './drag-guard'

function pointer(type: string, pointerId: number, clientX: number, clientY: number): Event {
  return Object.assign(new Event(type), { pointerId, clientX, clientY })
}

describe('createDragGuard', () => {
  it('calls a press that stayed within 6 px a click', () => {
    const target = new EventTarget()
    const guard = createDragGuard(target)
    target.dispatchEvent(pointer('pointerdown', 1, 100, 100))
    target.dispatchEvent(pointer('pointermove', 1, 104, 103))
    target.dispatchEvent(pointer('pointerup', 1, 104, 103))
    expect(guard.wasDrag({ pointerId: 1, clientX: 104, clientY: 103 })).toBe(false)
  })

  it('calls a press that moved further a drag, even if it came back to where it started', () => {
    const target = new EventTarget()
    const guard = createDragGuard(target)
    target.dispatchEvent(pointer('pointerdown', 1, 100, 100))
    target.dispatchEvent(pointer('pointermove', 1, 140, 100))
    target.dispatchEvent(pointer('pointermove', 1, 101, 100))
    target.dispatchEvent(pointer('pointerup', 1, 101, 100))
    expect(guard.wasDrag({ pointerId: 1, clientX: 101, clientY: 100 })).toBe(true)
  })

  it('reads the native event inside an R3F event and keeps touches apart', () => {
    const target = new EventTarget()
    const guard = createDragGuard(target)
    target.dispatchEvent(pointer('pointerdown', 7, 10, 10))
    target.dispatchEvent(pointer('pointerdown', 8, 200, 200))
    target.dispatchEvent(pointer('pointermove', 8, 260, 200))
    expect(guard.wasDrag({ nativeEvent: { pointerId: 7, clientX: 11, clientY: 10 } })).toBe(false)
    expect(guard.wasDrag({ nativeEvent: { pointerId: 8, clientX: 260, clientY: 200 } })).toBe(true)
  })

  it('judges a click without a pointer id by the latest press', () => {
    const target = new EventTarget()
    const guard = createDragGuard(target)
    target.dispatchEvent(pointer('pointerdown', 1, 0, 0))
    expect(guard.wasDrag({ clientX: 20, clientY: 0 })).toBe(true)
    expect(guard.wasDrag({ clientX: 2, clientY: 0 })).toBe(false)
  })

  it('stops listening when disposed', () => {
    const target = new EventTarget()
    const guard = createDragGuard(target)
    target.dispatchEvent(pointer('pointerdown', 1, 0, 0))
    guard.dispose()
    target.dispatchEvent(pointer('pointerdown', 1, 500, 500))
    expect(guard.wasDrag({ pointerId: 1, clientX: 500, clientY: 500 })).toBe(true)
  })
})

import type { MoveVector } from './move-intents'

export type KeyAction = 'forward' | 'back' | 'left' | 'right' | 'turnLeft' | 'turnRight'

/**
 * Walking keys by `KeyboardEvent.code` (the physical key, so WASD sits in the same place on AZERTY).
 * Arrow keys walk like WASD; Q and E turn for people without a mouse.
 */
export const KEY_BINDINGS = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  ArrowLeft: 'left',
  KeyD: 'right',
  ArrowRight: 'right',
  KeyQ: 'turnLeft',
  KeyE: 'turnRight',
} as const satisfies Record<string, KeyAction>

/** The action bound to a key code, if any. */
export function keyAction(code: string): KeyAction | undefined {
  return (KEY_BINDINGS as Record<string, KeyAction>)[code]
}

/** The move and turn intent of the held keys; opposite keys cancel, diagonals are normalised. */
export function keyIntent(held: ReadonlySet<KeyAction>): { move: MoveVector; turn: number } {
  const axis = (minus: KeyAction, plus: KeyAction) => (held.has(plus) ? 1 : 0) - (held.has(minus) ? 1 : 0)
  const right = axis('left', 'right')
  const forward = axis('back', 'forward')
  const length = Math.hypot(right, forward)
  return {
    move: length > 0 ? [right / length, forward / length] : [0, 0],
    turn: axis('turnLeft', 'turnRight'),
  }
}

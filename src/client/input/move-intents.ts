import type { WalkInput } from '../../shared/walk/step-player'

/** `[right, forward]`, each -1..1. */
export type MoveVector = readonly [number, number]

/**
 * Walking intent from several devices at once (keyboard, touch, each XR controller), each under its own
 * source name. Input components write it when their device changes; the player rig reads the sum every
 * frame. A plain object, not React state: it changes far more often than anything should re-render.
 */
export function createMoveIntents() {
  const moves = new Map<string, MoveVector>()
  const turns = new Map<string, number>()
  return {
    /** Sets (or with a zero vector, clears) one source's move. */
    setMove(source: string, move: MoveVector): void {
      if (move[0] === 0 && move[1] === 0) moves.delete(source)
      else moves.set(source, move)
    },
    /** Sets one source's turning, -1..1, positive turning right. */
    setTurn(source: string, turn: number): void {
      if (turn === 0) turns.delete(source)
      else turns.set(source, turn)
    },
    /** Forgets everything a source said (the device went away or lost focus). */
    clear(source: string): void {
      moves.delete(source)
      turns.delete(source)
    },
    /** The combined intent: moves add up to at most length 1, turns to at most +-1. */
    read(): WalkInput {
      let right = 0
      let forward = 0
      for (const [x, y] of moves.values()) {
        right += x
        forward += y
      }
      const length = Math.hypot(right, forward)
      const scale = length > 1 ? 1 / length : 1
      let turn = 0
      for (const t of turns.values()) turn += t
      return { move: [right * scale, forward * scale], turn: Math.max(-1, Math.min(1, turn)) }
    },
  }
}

export type MoveIntents = ReturnType<typeof createMoveIntents>

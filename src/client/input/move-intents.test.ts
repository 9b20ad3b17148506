import { describe, expect, it } from 'vitest'
import { keyIntent, keyAction, type KeyAction } from './key-bindings'
import { createMoveIntents } from './move-intents'

describe('keyIntent', () => {
  const intent = (...keys: KeyAction[]) => keyIntent(new Set(keys))

  it('maps WASD and arrows onto the same actions', () => {
    expect(['KeyW', 'ArrowUp'].map(keyAction)).toEqual(['forward', 'forward'])
    expect(['KeyA', 'ArrowLeft'].map(keyAction)).toEqual(['left', 'left'])
    expect(keyAction('KeyE')).toBe('turnRight')
    expect(keyAction('Enter')).toBeUndefined()
  })

  it('walks forward, back and sideways', () => {
    expect(intent('forward').move).toEqual([0, 1])
    expect(intent('back').move).toEqual([0, -1])
    expect(intent('left').move).toEqual([-1, 0])
  })

  it('normalises diagonals and cancels opposite keys', () => {
    const [x, y] = intent('forward', 'right').move
    expect(Math.hypot(x, y)).toBeCloseTo(1, 12)
    expect(x).toBeCloseTo(y, 12)
    expect(intent('forward', 'back').move).toEqual([0, 0])
  })

  it('turns with Q and E', () => {
    expect(intent('turnLeft').turn).toBe(-1)
    expect(intent('turnRight').turn).toBe(1)
    expect(intent('turnLeft', 'turnRight').turn).toBe(0)
  })
})

describe('createMoveIntents', () => {
  it('adds sources and caps the sum at length 1', () => {
    const intents = createMoveIntents()
    intents.setMove('keyboard', [0, 1])
    intents.setMove('touch', [1, 0])
    const { move } = intents.read()
    expect(Math.hypot(...move)).toBeCloseTo(1, 12)
    expect(move[0]).toBeCloseTo(move[1], 12)
  })

  it('keeps a small analogue move as it is', () => {
    const intents = createMoveIntents()
    intents.setMove('xr-left', [0.2, 0.3])
    expect(intents.read().move).toEqual([0.2, 0.3])
  })

  it('forgets a cleared source and clamps turning', () => {
    const intents = createMoveIntents()
    intents.setMove('keyboard', [0, 1])
    intents.setTurn('keyboard', 1)
    intents.setTurn('xr-right', 1)
    expect(intents.read().turn).toBe(1)
    intents.clear('keyboard')
    expect(intents.read()).toEqual({ move: [0, 0], turn: 1 })
  })
})

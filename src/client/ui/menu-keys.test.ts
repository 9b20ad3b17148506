import { describe, expect, it } from 'vitest'
import { menuTargetIndex } from './menu-keys'

describe('menuTargetIndex', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(menuTargetIndex('ArrowDown', 0, 3)).toBe(1)
    expect(menuTargetIndex('ArrowDown', 2, 3)).toBe(0)
    expect(menuTargetIndex('ArrowUp', 0, 3)).toBe(2)
    expect(menuTargetIndex('ArrowUp', 2, 3)).toBe(1)
  })

  it('jumps to the ends', () => {
    expect(menuTargetIndex('Home', 2, 5)).toBe(0)
    expect(menuTargetIndex('End', 1, 5)).toBe(4)
  })

  it('ignores other keys and empty lists', () => {
    expect(menuTargetIndex('Enter', 1, 3)).toBeNull()
    expect(menuTargetIndex('a', 1, 3)).toBeNull()
    expect(menuTargetIndex('ArrowDown', 0, 0)).toBeNull()
  })
})

/**
 * Where focus goes in a vertical list of `count` items when a key is pressed on item `current`:
 * arrows move and wrap, Home/End jump; other keys return null (let the browser handle them).
 */
export function menuTargetIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count
    case 'ArrowUp':
      return (current - 1 + count) % count
    case 'Home':
    case 'PageUp':
      return 0
    case 'End':
    case 'PageDown':
      return count - 1
    default:
      return null
  }
}

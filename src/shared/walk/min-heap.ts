/** A binary min-heap of integer items by number priority (the A* open set). */
export class MinHeap {
  private items: number[] = []
  private priorities: number[] = []

  get size(): number {
    return this.items.length
  }

  push(item: number, priority: number): void {
    const { items, priorities } = this
    let i = items.length
    items.push(item)
    priorities.push(priority)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (priorities[parent]! <= priority) break
      items[i] = items[parent]!
      priorities[i] = priorities[parent]!
      i = parent
    }
    items[i] = item
    priorities[i] = priority
  }

  /** Removes and returns the item with the lowest priority; the heap must not be empty. */
  pop(): number {
    const { items, priorities } = this
    const top = items[0]!
    const lastItem = items.pop()!
    const lastPriority = priorities.pop()!
    const n = items.length
    if (n > 0) {
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        if (left >= n) break
        const right = left + 1
        const child = right < n && priorities[right]! < priorities[left]! ? right : left
        if (priorities[child]! >= lastPriority) break
        items[i] = items[child]!
        priorities[i] = priorities[child]!
        i = child
      }
      items[i] = lastItem
      priorities[i] = lastPriority
    }
    return top
  }
}

import { describe, expect, it, vi } from 'vitest'
import { preloadable, settledThenable } from './preloadable'

describe('preloadable', () => {
  it('imports once, however often it is asked', async () => {
    const importer = vi.fn(() => Promise.resolve({ name: 'chunk' }))
    const chunk = preloadable(importer)
    const [a, b] = await Promise.all([chunk.load(), chunk.load()])
    expect(importer).toHaveBeenCalledTimes(1)
    expect(a).toBe(b)
  })

  it('holds the module synchronously only once the import has resolved', async () => {
    let resolve!: (m: { n: number }) => void
    const chunk = preloadable(() => new Promise<{ n: number }>((r) => (resolve = r)))
    expect(chunk.loaded).toBeUndefined()
    const loading = chunk.load()
    expect(chunk.loaded).toBeUndefined()
    resolve({ n: 7 })
    await loading
    expect(chunk.loaded).toEqual({ n: 7 })
  })

  it('keeps nothing when the import fails', async () => {
    const chunk = preloadable(() => Promise.reject(new Error('offline')))
    await expect(chunk.load()).rejects.toThrow('offline')
    expect(chunk.loaded).toBeUndefined()
  })
})

describe('settledThenable', () => {
  it('calls its callback in the same tick (what lets React.lazy render without suspending)', () => {
    const seen: number[] = []
    void settledThenable(3).then((v) => seen.push(v))
    expect(seen).toEqual([3])
  })

  it('chains like a promise', () => {
    let out = ''
    void settledThenable(2)
      .then((v) => v * 5)
      .then((v) => (out = `got ${v}`))
    expect(out).toBe('got 10')
  })
})

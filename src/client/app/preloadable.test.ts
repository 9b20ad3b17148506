import { describe, expect, it, vi } from 'vitest'
import { preloadable } from './preloadable'

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

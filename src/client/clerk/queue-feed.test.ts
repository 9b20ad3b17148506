import { describe, expect, it, vi } from 'vitest'
import { LIVE_REFRESH_MS, POLL_MS } from './queue-feed'
import { createQueueStore } from './queue-store'
import { fakeSocket, fakeTimers, flush, queueResponse } from './testing/fakes'

function setup(open: boolean) {
  const socket = fakeSocket(open)
  const clock = fakeTimers()
  const fetchQueue = vi.fn(async () => queueResponse(['A001', 'A002']))
  const store = createQueueStore()
  store.getState().actions.follow({
    socket: socket.port,
    hallId: 'city-centre',
    departments: ['social-security'],
    fetchQueue,
    timers: clock.timers,
  })
  return { socket, clock, fetchQueue, store }
}

describe('queue feed', () => {
  it('paints from the API, subscribes over the socket and follows live updates', async () => {
    const { socket, fetchQueue, store } = setup(true)
    await flush()
    expect(fetchQueue).toHaveBeenCalledTimes(1)
    expect(socket.sent).toEqual([
      { type: 'queue.subscribe', hallId: 'city-centre', departmentIds: ['social-security'] },
    ])
    expect(store.getState().mode).toBe('live')
    expect(store.getState().model.waiting['social-security']).toHaveLength(2)
    socket.receive({
      type: 'queue.update',
      hallId: 'city-centre',
      departmentId: 'social-security',
      waiting: [{ ticketId: 't-A002', number: 'A002', issuedAt: 1, position: 1, flags: ['elderly'] }],
    })
    expect(store.getState().model.waiting['social-security']!.map((t) => t.number)).toEqual(['A002'])
  })

  it('polls every few seconds while the socket is down, and subscribes again when it is back', async () => {
    const { socket, clock, fetchQueue, store } = setup(true)
    await flush()
    socket.setOpen(false)
    expect(store.getState().mode).toBe('polling')
    expect(clock.pendingDelays()).toEqual([POLL_MS])
    clock.advance(POLL_MS)
    await flush()
    clock.advance(POLL_MS)
    await flush()
    expect(fetchQueue).toHaveBeenCalledTimes(3)
    socket.setOpen(true)
    expect(store.getState().mode).toBe('live')
    expect(socket.sent.filter((m) => m.type === 'queue.subscribe')).toHaveLength(2)
    await flush()
    // Back live: one catch-up fetch, then only the slow refresh of callbacks and appointments.
    expect(fetchQueue).toHaveBeenCalledTimes(4)
    expect(clock.pendingDelays()).toEqual([LIVE_REFRESH_MS])
  })

  it('starts polling at once when the socket never opened, and keeps the last queue on a failed poll', async () => {
    const { clock, fetchQueue, store } = setup(false)
    await flush()
    expect(store.getState().mode).toBe('polling')
    fetchQueue.mockRejectedValueOnce(new Error('offline'))
    clock.advance(POLL_MS)
    await flush()
    expect(store.getState().error).toBe('offline')
    expect(store.getState().model.waiting['social-security']).toHaveLength(2)
    clock.advance(POLL_MS)
    await flush()
    expect(store.getState().error).toBeNull()
  })

  it('stops every timer and listener', async () => {
    const { socket, clock, fetchQueue, store } = setup(true)
    await flush()
    store.getState().actions.stop()
    expect(socket.listeners()).toBe(0)
    clock.advance(LIVE_REFRESH_MS * 3)
    await flush()
    expect(fetchQueue).toHaveBeenCalledTimes(1)
    expect(store.getState().mode).toBeNull()
  })
})

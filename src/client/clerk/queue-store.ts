import { create } from 'zustand'
import type { ClerkQueueResponse } from './clerk-types'
import { startQueueFeed, type FeedMode, type Timers } from './queue-feed'
import { EMPTY_QUEUE, applyQueueUpdate, queueFromResponse, type QueueModel } from './queue-model'
import type { RealtimePort } from './realtime-port'

export type QueueState = {
  model: QueueModel
  mode: FeedMode | null
  /** The last fetch's failure, cleared by the next success. */
  error: string | null
  actions: {
    /** Starts following the clerk's queues (stops any previous feed). */
    follow: (options: {
      socket: RealtimePort | null
      hallId: string
      departments: readonly string[]
      fetchQueue: () => Promise<ClerkQueueResponse>
      timers?: Timers
    }) => void
    /** Stops the feed and forgets the queue (sign-out). */
    stop: () => void
  }
}

/** The clerk's live queue, callbacks and appointments. One feed at a time. */
export function createQueueStore() {
  let feed: { stop: () => void } | null = null
  return create<QueueState>()((set) => ({
    model: EMPTY_QUEUE,
    mode: null,
    error: null,
    actions: {
      follow: ({ socket, hallId, departments, fetchQueue, timers }) => {
        feed?.stop()
        set({ model: EMPTY_QUEUE, mode: null, error: null })
        feed = startQueueFeed({
          socket,
          hallId,
          departments,
          fetchQueue,
          timers,
          onSnapshot: (response) => set({ model: queueFromResponse(response, departments), error: null }),
          onUpdate: (update) =>
            set((state) => ({ model: applyQueueUpdate(state.model, update, hallId, departments) })),
          onMode: (mode) => set({ mode }),
          onError: (error) => set({ error: error instanceof Error ? error.message : String(error) }),
        })
      },
      stop: () => {
        feed?.stop()
        feed = null
        set({ model: EMPTY_QUEUE, mode: null, error: null })
      },
    },
  }))
}

export type QueueStore = ReturnType<typeof createQueueStore>

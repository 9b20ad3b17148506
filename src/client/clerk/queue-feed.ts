import type { ClerkQueueResponse } from './clerk-types'
import type { QueueUpdate } from './protocol-types'
import type { RealtimePort } from './realtime-port'

/** `live`: queue.update arrives over the socket; `polling`: the socket is down, the API is asked. */
export type FeedMode = 'live' | 'polling'

/** How often the API is asked when the socket is down. */
export const POLL_MS = 5_000
/**
 * Callbacks and appointments are not pushed over the socket; they are refreshed this often even when
 * live (they change seldom and nothing is urgent about them).
 */
export const LIVE_REFRESH_MS = 30_000

export type Timers = {
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

export type QueueFeedOptions = {
  socket: RealtimePort | null
  hallId: string
  departments: readonly string[]
  fetchQueue: () => Promise<ClerkQueueResponse>
  onSnapshot: (response: ClerkQueueResponse) => void
  onUpdate: (update: QueueUpdate) => void
  onMode: (mode: FeedMode) => void
  /** A fetch failed (shown, and retried at the next tick). */
  onError?: (error: unknown) => void
  timers?: Timers
}

const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/**
 * Keeps the clerk's queue current: subscribes with `queue.subscribe` whenever the socket (re)opens, and
 * while it is down asks `GET /api/clerk/queue` every {@link POLL_MS}. Framework-free; `stop()` ends
 * every timer and listener.
 */
export function startQueueFeed(options: QueueFeedOptions): { stop: () => void } {
  const { socket, timers = realTimers } = options
  let stopped = false
  let timer: unknown = null
  let mode: FeedMode | null = null

  const setMode = (next: FeedMode) => {
    if (next !== mode) {
      mode = next
      options.onMode(next)
    }
  }

  const fetchNow = async () => {
    try {
      const response = await options.fetchQueue()
      if (!stopped) options.onSnapshot(response)
    } catch (error) {
      if (!stopped) options.onError?.(error)
    }
  }

  const schedule = () => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = timers.setTimeout(
      () => {
        timer = null
        if (stopped) return
        void fetchNow().finally(() => {
          if (!stopped) schedule()
        })
      },
      mode === 'live' ? LIVE_REFRESH_MS : POLL_MS,
    )
  }

  const subscribe = () =>
    socket?.send({
      type: 'queue.subscribe',
      hallId: options.hallId,
      departmentIds: [...options.departments],
    }) ?? false

  const opened = (open: boolean) => {
    if (stopped) return
    const live = open && subscribe()
    setMode(live ? 'live' : 'polling')
    // Coming back live: one fetch closes the gap while the socket was down.
    if (live) void fetchNow()
    schedule()
  }

  const unsubscribers: (() => void)[] = []
  if (socket) {
    unsubscribers.push(
      socket.onMessage((message) => {
        if (!stopped && message.type === 'queue.update') options.onUpdate(message)
      }),
      socket.onOpenChange(opened),
    )
  }
  // First paint from the API whatever the socket does.
  void fetchNow()
  const live = socket?.isOpen() === true && subscribe()
  setMode(live ? 'live' : 'polling')
  schedule()

  return {
    stop: () => {
      stopped = true
      if (timer !== null) timers.clearTimeout(timer)
      unsubscribers.forEach((off) => off())
    },
  }
}

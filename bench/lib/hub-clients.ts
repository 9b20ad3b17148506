import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'

/** One plain WebSocket client of the hub, keeping the handler the caller gives it. */
export interface HubSocket {
  socket: WebSocket
  /** Sends a protocol message. */
  send(message: object): void
}

/** Opens `/api/ws` of the server; `onMessage` sees every parsed message with its arrival time. */
export function openHubSocket(
  origin: string,
  onMessage: (message: Record<string, unknown>, at: number) => void,
  headers: Record<string, string> = {},
): Promise<HubSocket> {
  const url = `${origin.replace(/^http/, 'ws')}/api/ws`
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers, perMessageDeflate: false })
    socket.on('message', (data) =>
      onMessage(JSON.parse(String(data)) as Record<string, unknown>, performance.now()),
    )
    socket.once('open', () => resolve({ socket, send: (m) => socket.send(JSON.stringify(m)) }))
    socket.once('error', reject)
  })
}

/** Runs `task` for each item, at most `limit` at a time, keeping order in the results. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Closes sockets, cutting any that do not finish the close handshake within a second. */
export async function closeAll(sockets: readonly HubSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      ({ socket }) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve()
          const timer = setTimeout(() => {
            socket.terminate()
            resolve()
          }, 1000)
          socket.once('close', () => {
            clearTimeout(timer)
            resolve()
          })
          socket.close()
        }),
    ),
  )
}

/** Resolves when `done()` holds, checking every 5 ms, or after `timeoutMs` (then false). */
export async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs
  while (!done()) {
    if (performance.now() > end) return false
    await new Promise((r) => setTimeout(r, 5))
  }
  return true
}

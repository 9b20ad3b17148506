import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { percentile } from './stats'

/** Round-trip latencies of one load run. */
export interface LatencyRun {
  p50Ms: number
  p99Ms: number
  maxMs: number
  sent: number
  received: number
  /** Messages per second actually sent over the measured window. */
  rate: number
}

/** How one load run talks to the server under test. */
export interface LoadPlan {
  url: string
  clients: number
  /** Messages per second over all clients together. */
  ratePerSecond: number
  durationMs: number
  /** Messages of the first `warmupMs` are sent but not counted. */
  warmupMs: number
  /** Bytes of padding per message, about the size of an ICE candidate or a short SDP line. */
  padding: number
}

/**
 * Opens `clients` WebSocket connections and sends messages round-robin at a steady total rate,
 * measuring each message's round trip (the server echoes or relays it back to a bench client).
 * Bounded in time and count: stops after `durationMs`, waits at most 2 s for stragglers.
 */
export async function runWsLoad(plan: LoadPlan): Promise<LatencyRun> {
  const sockets = await Promise.all(Array.from({ length: plan.clients }, () => connect(plan.url)))
  const sentAt = new Map<number, number>()
  const latencies: number[] = []
  let received = 0
  const start = performance.now()
  for (const socket of sockets) {
    socket.on('message', (data) => {
      const id = Number(JSON.parse(String(data)).id)
      const t = sentAt.get(id)
      if (t === undefined) return
      sentAt.delete(id)
      received++
      if (t - start >= plan.warmupMs) latencies.push(performance.now() - t)
    })
  }
  const pad = 'x'.repeat(plan.padding)
  let sent = 0
  let countedSent = 0
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - start
      const due = Math.min(
        Math.floor((elapsed * plan.ratePerSecond) / 1000),
        Math.floor((plan.durationMs * plan.ratePerSecond) / 1000),
      )
      while (sent < due) {
        const socket = sockets[sent % sockets.length] as WebSocket
        const now = performance.now()
        sentAt.set(sent, now)
        socket.send(JSON.stringify({ type: 'echo', id: sent, pad }))
        if (now - start >= plan.warmupMs) countedSent++
        sent++
      }
      if (elapsed >= plan.durationMs) {
        clearInterval(timer)
        resolve()
      }
    }, 2)
  })
  const deadline = performance.now() + 2000
  while (sentAt.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  await Promise.all(sockets.map(close))
  if (latencies.length === 0) throw new Error(`no message came back from ${plan.url}`)
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: Math.max(...latencies),
    sent,
    received,
    rate: (countedSent * 1000) / (plan.durationMs - plan.warmupMs),
  }
}

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

function close(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve()
    socket.once('close', () => resolve())
    socket.close()
    setTimeout(() => {
      socket.terminate()
      resolve()
    }, 1000)
  })
}

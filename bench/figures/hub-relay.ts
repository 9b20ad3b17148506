import { performance } from 'node:perf_hooks'
import { closeAll, inBatches, openHubSocket, until } from '../lib/hub-clients'
import type { HubSocket } from '../lib/hub-clients'
import { callNext } from '../lib/onehall-client'
import type { ClerkLogin, HeldTicket } from '../lib/onehall-client'
import { percentile } from '../lib/stats'

/** Two parties of one call, joined to its signalling. */
interface Pair {
  callId: string
  citizen: HubSocket
  clerk: HubSocket
}

/** Latencies of one relay run, one hop each: a party sends, the hub relays, the other party receives. */
export interface RelayRun {
  p50Ms: number
  p99Ms: number
  sent: number
  received: number
  rate: number
}

type Receiver = (id: number, at: number, pair: number, side: 'citizen' | 'clerk') => void

/**
 * Opens one call per clerk: the clerk calls the next ticket (the head of `waiting`, whose token the
 * bench holds), then both parties join the call's signalling and see each other.
 */
export async function openCalls(
  origin: string,
  clerks: readonly ClerkLogin[],
  waiting: readonly HeldTicket[],
  onIce: { current: Receiver },
): Promise<Pair[]> {
  const tokens = new Map(waiting.map((t) => [t.id, t.token]))
  const pairs: Pair[] = []
  for (const [i, login] of clerks.entries()) {
    const { ticketId, callId } = await callNext(origin, login)
    const token = tokens.get(ticketId)
    if (!token) throw new Error(`call-next gave ticket ${ticketId}, which the bench did not take`)
    let peers = 0
    const handler = (side: 'citizen' | 'clerk') => (message: Record<string, unknown>, at: number) => {
      if (message.type === 'call.event' && message.event === 'peer-joined') peers++
      else if (message.type === 'signal.ice') {
        const candidate = (message.candidate as { candidate: string }).candidate
        onIce.current(Number(candidate.split(' ')[0]?.slice('candidate:'.length)), at, i, side)
      } else if (message.type === 'error') console.error(`  hub error: ${JSON.stringify(message)}`)
    }
    const citizen = await openHubSocket(origin, handler('citizen'))
    const clerk = await openHubSocket(origin, handler('clerk'), { cookie: login.cookie })
    citizen.send({ type: 'call.join', callId, token })
    clerk.send({ type: 'call.join', callId })
    if (!(await until(() => peers >= 2, 5000)))
      throw new Error(`call ${callId}: the parties never saw each other`)
    pairs.push({ callId, citizen, clerk })
  }
  return pairs
}

const ice = (callId: string, id: number, pad: string) => ({
  type: 'signal.ice',
  callId,
  candidate: {
    candidate: `candidate:${id} 1 udp 2122260223 127.0.0.1 50000 typ host ${pad}`,
    sdpMid: '0',
    sdpMLineIndex: 0,
  },
})

/**
 * Signalling at a steady total rate over every party (the same load as the raw echo baseline), each
 * message one hop through the hub to the other party.
 */
export async function runRelayLoad(
  pairs: readonly Pair[],
  onIce: { current: Receiver },
  load: { ratePerSecond: number; durationMs: number; warmupMs: number; padding: number },
): Promise<RelayRun> {
  const senders = pairs.flatMap((p) => [
    { socket: p.citizen, callId: p.callId },
    { socket: p.clerk, callId: p.callId },
  ])
  const sentAt = new Map<number, number>()
  const latencies: number[] = []
  let received = 0
  const start = performance.now()
  onIce.current = (id, at) => {
    const t = sentAt.get(id)
    if (t === undefined) return
    sentAt.delete(id)
    received++
    if (t - start >= load.warmupMs) latencies.push(at - t)
  }
  const pad = 'x'.repeat(load.padding)
  let sent = 0
  let counted = 0
  const total = Math.floor((load.durationMs * load.ratePerSecond) / 1000)
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - start
      const due = Math.min(Math.floor((elapsed * load.ratePerSecond) / 1000), total)
      while (sent < due) {
        const sender = senders[sent % senders.length] as (typeof senders)[number]
        const now = performance.now()
        sentAt.set(sent, now)
        sender.socket.send(ice(sender.callId, sent, pad))
        if (now - start >= load.warmupMs) counted++
        sent++
      }
      if (elapsed >= load.durationMs) {
        clearInterval(timer)
        resolve()
      }
    }, 2)
  })
  await until(() => sentAt.size === 0, 2000)
  if (latencies.length === 0) throw new Error('no signalling message came through the hub')
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    sent,
    received,
    rate: (counted * 1000) / (load.durationMs - load.warmupMs),
  }
}

/**
 * Ping-pong: in each call the clerk sends an ICE candidate, the citizen sends it straight back, `rounds`
 * round trips per call, paced to stay inside the hub's per-connection rate limit.
 * @returns round-trip times (two hops each)
 */
export async function runPingPong(
  pairs: readonly Pair[],
  onIce: { current: Receiver },
  rounds: number,
  gapMs: number,
): Promise<number[]> {
  const rtts: number[] = []
  const pending = new Map<number, { at: number; resolve: () => void }>()
  onIce.current = (id, at, pair, side) => {
    const p = pairs[pair] as Pair
    if (side === 'citizen') p.citizen.send(ice(p.callId, id, ''))
    else {
      const waiting = pending.get(id)
      if (!waiting) return
      pending.delete(id)
      rtts.push(at - waiting.at)
      waiting.resolve()
    }
  }
  let nextId = 0
  await inBatches(pairs, pairs.length, async (pair) => {
    for (let r = 0; r < rounds; r++) {
      const id = nextId++
      const started = performance.now()
      const back = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 5000)
        pending.set(id, {
          at: started,
          resolve: () => {
            clearTimeout(timer)
            resolve(true)
          },
        })
        pair.clerk.send(ice(pair.callId, id, ''))
      })
      if (!back) throw new Error(`ping ${id} of call ${pair.callId} never came back`)
      const wait = gapMs - (performance.now() - started)
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    }
  })
  return rtts
}

export async function closePairs(pairs: readonly Pair[]): Promise<void> {
  await closeAll(pairs.flatMap((p) => [p.citizen, p.clerk]))
}

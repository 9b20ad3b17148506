import { performance } from 'node:perf_hooks'
import { closeAll, inBatches, openHubSocket, until } from '../lib/hub-clients'
import type { HubSocket } from '../lib/hub-clients'
import { callNext, insertTickets, takeTickets } from '../lib/onehall-client'
import type { ClerkLogin, HeldTicket } from '../lib/onehall-client'
import { residentBytes } from '../lib/processes'

/** One "call next" with `clients` citizens watching their waiting tickets. */
export interface WaitingRound {
  clients: number
  /** From sending "call next" until the last client had its new position; null when some never did. */
  allMs: number | null
  p50Ms: number | null
  /** Clients that got their new position within the timeout. */
  updated: number
  /** Opening the sockets and the first ticket.update of each. */
  setupMs: number
  /** Server RSS with the clients connected, after the round. */
  rssBytes: number | null
}

export interface WaitingPlan {
  origin: string
  pid: number
  hallId: string
  departmentId: string
  /** The department's ticket letter. */
  letter: string
  /** The server's SQLite file. */
  dbFile: string
  /** Queue sizes to try, ascending; stops after the first that misses the budget. */
  sizes: readonly number[]
  repeats: number
  budgetMs: number
  /** Signed-in clerks; one "call next" each. */
  clerks: ClerkLogin[]
  log: (line: string) => void
}

/** Waits this long for the slowest update before calling the round failed. */
const ROUND_TIMEOUT_MS = 10_000

/**
 * N plain WebSocket clients, each holding a waiting ticket of one department and watching it; a clerk
 * calls the next ticket, which moves every position up by one: how long until every client had its
 * new position. Tickets are taken through the real API; each round reconnects its clients.
 * @returns the rounds, and the tickets still waiting (in queue order) for the next figure
 */
export async function measureWaiting(
  plan: WaitingPlan,
): Promise<{ rounds: WaitingRound[]; waiting: HeldTicket[] }> {
  const rounds: WaitingRound[] = []
  let waiting: HeldTicket[] = []
  let clerk = 0
  for (const size of plan.sizes) {
    const missing = size + plan.repeats - waiting.length
    if (missing > 0) {
      // The first ones through the real API (as citizens take them), the bulk straight into the database.
      const viaApi = waiting.length === 0 ? Math.min(missing, 20) : 0
      if (viaApi > 0) waiting = await takeTickets(plan.origin, plan.hallId, plan.departmentId, viaApi)
      waiting = [...waiting, ...insertTickets(plan.dbFile, { ...plan, count: missing - viaApi })]
    }
    const results: WaitingRound[] = []
    for (let r = 0; r < plan.repeats; r++) {
      const login = plan.clerks[clerk++]
      if (!login) throw new Error('not enough clerks for the waiting rounds')
      const round = await runRound(plan, waiting.slice(0, size), login)
      waiting = waiting.filter((t) => t.id !== round.calledId)
      results.push(round.result)
      plan.log(
        `  ${size} waiting: all updated in ${round.result.allMs === null ? `- (${round.result.updated}/${size})` : `${Math.round(round.result.allMs)} ms`}` +
          `, p50 ${round.result.p50Ms === null ? '-' : Math.round(round.result.p50Ms)} ms, setup ${(round.result.setupMs / 1000).toFixed(1)} s` +
          `, server RSS ${round.result.rssBytes === null ? '?' : Math.round(round.result.rssBytes / 2 ** 20)} MiB`,
      )
    }
    rounds.push(...results)
    const slow = results.filter((r) => r.allMs === null || r.allMs > plan.budgetMs).length
    if (slow * 2 > results.length) break
  }
  return { rounds, waiting }
}

async function runRound(
  plan: WaitingPlan,
  tickets: HeldTicket[],
  login: ClerkLogin,
): Promise<{ result: WaitingRound; calledId: string }> {
  const setupStart = performance.now()
  const position = new Map<string, number>()
  const arrived = new Map<string, number>()
  let expecting = false
  const onMessage = (message: Record<string, unknown>, at: number) => {
    if (message.type !== 'ticket.update') return
    const id = String(message.ticketId)
    const pos = message.position as number | null
    if (!position.has(id)) {
      position.set(id, pos ?? 0)
      return
    }
    if (!expecting || arrived.has(id)) return
    const before = position.get(id) ?? 0
    if ((before === 1 && message.status !== 'waiting') || (pos !== null && pos === before - 1))
      arrived.set(id, at)
  }
  const sockets: HubSocket[] = await inBatches(tickets, 200, async (ticket) => {
    const socket = await openHubSocket(plan.origin, onMessage)
    socket.send({ type: 'ticket.watch', ticketId: ticket.id, token: ticket.token })
    return socket
  })
  try {
    if (!(await until(() => position.size === tickets.length, 120_000)))
      throw new Error(`only ${position.size}/${tickets.length} clients got their ticket`)
    const setupMs = performance.now() - setupStart
    // Let notifications of the setup (tickets taken, clerks signing in) drain first.
    await new Promise((r) => setTimeout(r, 500))
    expecting = true
    const t0 = performance.now()
    const called = await callNext(plan.origin, login)
    await until(() => arrived.size === tickets.length, ROUND_TIMEOUT_MS)
    const times = [...arrived.values()].map((t) => t - t0).sort((a, b) => a - b)
    const rssBytes = await residentBytes(plan.pid)
    return {
      calledId: called.ticketId,
      result: {
        clients: tickets.length,
        allMs: arrived.size === tickets.length ? (times.at(-1) ?? null) : null,
        p50Ms: times.length ? (times[Math.floor(times.length / 2)] ?? null) : null,
        updated: arrived.size,
        setupMs,
        rssBytes,
      },
    }
  } finally {
    await closeAll(sockets)
  }
}

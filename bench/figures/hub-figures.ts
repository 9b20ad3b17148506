import { closePairs, openCalls, runPingPong, runRelayLoad } from './hub-relay'
import type { RelayRun } from './hub-relay'
import { measureWaiting } from './hub-waiting'
import type { WaitingRound } from './hub-waiting'
import { closeAll, inBatches, openHubSocket } from '../lib/hub-clients'
import { insertClerks, signInAvailable } from '../lib/onehall-client'
import type { ClerkLogin } from '../lib/onehall-client'
import { capabilityGap } from '../lib/probe'
import type { Capability, ServerTarget } from '../lib/probe'

/** The clerks' "call next": without it no position ever moves and no call opens. */
export const CALL_NEXT: Capability = {
  path: '/api/clerk/call-next',
  method: 'POST',
  what: "the clerks' call next",
}
/** The realtime hub's WebSocket (a plain GET answers 404 from the route itself when it is there, so probe the upgrade). */
const WAITING_SIZES = [1000, 2000, 5000, 10_000]
/** Calls for the relay figures: 50 parties, as many clients as the echo baseline. */
const RELAY_PAIRS = 25
const PING_PONG_ROUNDS = 40
/** Per round trip in the ping-pong, to stay inside the hub's per-connection rate limit (50/s). */
const PING_PONG_GAP_MS = 40
const CLERK_PASSWORD = 'bench-clerk-password'

/** What the hub figures measured. */
export interface HubFigures {
  waiting: WaitingRound[]
  budgetMs: number
  relay: RelayRun[]
  /** Round trips (two hops) of the ping-pong, in ms. */
  pingPong: number[]
}

/**
 * Measures the realtime hub on the running server: citizens waiting (see `measureWaiting`), then the
 * signalling relay under the echo baseline's load and as a ping-pong. Sizes can be narrowed for a
 * quick look with `ONEHALL_BENCH_WAITING=1000,2000`.
 * @returns the figures, or why they cannot be measured
 */
export async function measureHub(
  server: ServerTarget & { dbFile?: string },
  options: {
    runs: number
    load: { ratePerSecond: number; durationMs: number; warmupMs: number; padding: number }
    log: (line: string) => void
  },
): Promise<HubFigures | string> {
  if ('problem' in server) return server.problem
  const gap =
    (await capabilityGap(server, CALL_NEXT)) ??
    (await capabilityGap(server, { path: '/api/ws', what: 'the realtime hub' }))
  if (gap) return gap
  if (!server.dbFile) return 'the bench server has no database file to add clerks to'
  const hall = (await (await fetch(`${server.origin}/api/halls/city-centre`)).json()) as {
    departments: { id: string; letter: string }[]
    counters: { id: string; departmentId: string }[]
  }
  const departmentId = hall.departments[0]?.id ?? ''
  const letter = hall.departments[0]?.letter ?? 'A'
  const counterId = hall.counters.find((c) => c.departmentId === departmentId)?.id ?? ''
  const sizes = (process.env.ONEHALL_BENCH_WAITING?.split(',').map(Number) ?? WAITING_SIZES).filter(
    (n) => n > 0,
  )
  const repeats = Math.min(options.runs, 3)
  const names = await insertClerks(server.dbFile, {
    prefix: 'bench-clerk',
    count: sizes.length * repeats + RELAY_PAIRS,
    hallId: 'city-centre',
    departmentId,
    counterId,
    password: CLERK_PASSWORD,
  })
  const clerks = []
  for (const name of names) clerks.push(await signInAvailable(server.origin, name, CLERK_PASSWORD))
  // Each clerk keeps a console socket open, as at a desk: a clerk without one is set away after the
  // presence grace period (30 s), and their called tickets would go back into the queue mid-round.
  const consoles = await inBatches(clerks, 20, (login) =>
    openHubSocket(server.origin, () => {}, { cookie: login.cookie }),
  )
  try {
    return await measureWithClerks({ ...server, dbFile: server.dbFile }, options, {
      sizes,
      repeats,
      departmentId,
      letter,
      clerks,
    })
  } finally {
    await closeAll(consoles)
  }
}

async function measureWithClerks(
  server: { origin: string; pid: number; dbFile: string },
  options: Parameters<typeof measureHub>[1],
  plan: { sizes: number[]; repeats: number; departmentId: string; letter: string; clerks: ClerkLogin[] },
): Promise<HubFigures> {
  const { sizes, repeats, departmentId, letter, clerks } = plan

  options.log(`waiting citizens: ${sizes.join(', ')} clients, ${repeats} rounds each, until one misses 1 s`)
  const budgetMs = 1000
  const { rounds, waiting } = await measureWaiting({
    origin: server.origin,
    pid: server.pid,
    hallId: 'city-centre',
    departmentId,
    letter,
    dbFile: server.dbFile,
    sizes,
    repeats,
    budgetMs,
    clerks: clerks.slice(0, sizes.length * repeats),
    log: options.log,
  })

  options.log(
    `signalling relay: ${RELAY_PAIRS} calls, ${options.load.ratePerSecond} messages/s, ${options.runs} runs`,
  )
  const onIce = { current: (() => {}) as Parameters<typeof runRelayLoad>[1]['current'] }
  const pairs = await openCalls(server.origin, clerks.slice(sizes.length * repeats), waiting, onIce)
  try {
    const relay: RelayRun[] = []
    for (let i = 0; i < options.runs; i++) {
      const run = await runRelayLoad(pairs, onIce, options.load)
      options.log(
        `  p99 ${run.p99Ms.toFixed(2)} ms, p50 ${run.p50Ms.toFixed(2)} ms, ${run.received}/${run.sent} relayed`,
      )
      relay.push(run)
    }
    const pingPong = await runPingPong(pairs, onIce, PING_PONG_ROUNDS, PING_PONG_GAP_MS)
    options.log(`  ping-pong: ${pingPong.length} round trips`)
    return { waiting: rounds, budgetMs, relay, pingPong }
  } finally {
    await closePairs(pairs)
  }
}

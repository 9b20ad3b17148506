import path from 'node:path'
import type { Cleanups } from '../lib/processes'
import { startProcess } from '../lib/processes'
import { capabilityGap } from '../lib/probe'
import type { Capability, ServerTarget } from '../lib/probe'
import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { freePort, LOOPBACK, waitForHttp } from '../lib/server'
import { median } from '../lib/stats'
import { runWsLoad } from '../lib/ws-load'
import type { LatencyRun, LoadPlan } from '../lib/ws-load'
import type { HubFigures } from './hub-figures'
import { VIDEO_BUDGET, videoCallRow } from './counter-call-row'
import { percentile } from '../lib/stats'

/** Tickets, the queue and the clerk call: the realtime features of the video-counter issue. */
export const TICKETS: Capability = {
  path: '/api/tickets',
  method: 'POST',
  what: 'tickets and video counters',
}

/** 1,000 messages/s from 50 clients, like a busy hall's signalling and position traffic. */
export const RELAY_LOAD = {
  clients: 50,
  ratePerSecond: 1000,
  durationMs: 6000,
  warmupMs: 1000,
  padding: 300,
} as const

export const REALTIME_BUDGETS = {
  relayRatio: { on: 'ratio', op: '<=', limit: 1.5 },
  waiting: { on: 'value', op: '>=', limit: 5000 },
  videoRatio: VIDEO_BUDGET,
} as const

/** The baseline realtime server (raw `ws` echo and minimal relay) running in its own process. */
export interface RealtimeBaselineServer {
  /** ws://127.0.0.1:<port> */
  wsOrigin: string
  stop(): Promise<void>
}

/** Starts bench/baseline/realtime-server.ts on a free loopback port; its stop is also registered. */
export async function startRealtimeBaselineServer(
  root: string,
  tmpDir: string,
  cleanups: Cleanups,
): Promise<RealtimeBaselineServer> {
  const port = await freePort()
  const started = startProcess(process.execPath, ['--import', 'tsx', 'bench/baseline/realtime-server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    logFile: path.join(tmpDir, 'realtime-baseline.log'),
    cleanups,
    label: 'realtime baseline server',
  })
  await waitForHttp(`http://${LOOPBACK}:${port}/health`, started, 30_000)
  return { wsOrigin: `ws://${LOOPBACK}:${port}`, stop: () => started.stop() }
}

/** Round-trip latency against the raw `ws` echo at 1,000 messages/s, `runs` times. */
export async function measureWsEcho(wsOrigin: string, runs: number): Promise<LatencyRun[]> {
  const plan: LoadPlan = { url: `${wsOrigin}/echo`, ...RELAY_LOAD }
  const results: LatencyRun[] = []
  for (let i = 0; i < runs; i++) results.push(await runWsLoad(plan))
  return results
}

/** Rows of the realtime figures: the relay's latency, citizens waiting, the video call. */
export async function realtimeRows(
  server: ServerTarget,
  echo: LatencyRun[] | string,
  call: number[] | string,
  hub: HubFigures | string = 'not measured',
  counter: number[] | string = 'not measured',
): Promise<Row[]> {
  const gap = await capabilityGap(server, TICKETS)
  const notYet =
    gap ?? 'the server now has tickets, but this figure is not measured yet (bench/figures/realtime.ts)'
  const echoP99 = typeof echo === 'string' ? null : echo.map((r) => r.p99Ms)
  const echoNote =
    typeof echo === 'string'
      ? `the echo baseline failed: ${echo}`
      : `echo baseline: ${RELAY_LOAD.clients} clients, ${Math.round(median(echo.map((r) => r.rate)))} msg/s sent, ` +
        `p50 ${median(echo.map((r) => r.p50Ms)).toFixed(2)} ms, ${sum(echo.map((r) => r.sent - r.received))} lost`
  return [
    videoCallRow(counter, call, gap),
    relayRow(hub, echo, echoP99, echoNote, notYet),
    waitingRow(hub, notYet),
  ]
}

const RELAY_FIGURE = 'signalling relay p99 at 1,000 messages/s'
const WAITING_FIGURE = 'citizens waiting on one node, every position update delivered within 1 s'

function relayRow(
  hub: HubFigures | string,
  echo: LatencyRun[] | string,
  echoP99: number[] | null,
  echoNote: string,
  notYet: string,
): Row {
  const common = {
    id: 'realtime.relay-p99',
    figure: RELAY_FIGURE,
    unit: 'ms' as const,
    baseline: echoP99,
    baselineLabel: 'raw `ws` echo server in its own process, same load, same run',
    budget: REALTIME_BUDGETS.relayRatio,
  }
  if (typeof hub === 'string' || hub.relay.length === 0)
    return unavailableRow({ ...common, reason: `${typeof hub === 'string' ? hub : notYet}; ${echoNote}` })
  const pp = hub.pingPong
  return makeRow({
    ...common,
    values: hub.relay.map((r) => r.p99Ms),
    paired: typeof echo !== 'string' && echo.length === hub.relay.length,
    note:
      `one hop through the hub (a party sends signal.ice, the other party receives it), ${RELAY_LOAD.clients} parties in ` +
      `${RELAY_LOAD.clients / 2} calls, ${Math.round(median(hub.relay.map((r) => r.rate)))} msg/s, ` +
      `p50 ${median(hub.relay.map((r) => r.p50Ms)).toFixed(2)} ms, ${sum(hub.relay.map((r) => r.sent - r.received))} lost; ` +
      (pp.length > 0
        ? `ping-pong ${pp.length} round trips (two hops): p50 ${percentile(pp, 50).toFixed(2)} ms, p99 ${percentile(pp, 99).toFixed(2)} ms; `
        : '') +
      echoNote,
  })
}

function waitingRow(hub: HubFigures | string, notYet: string): Row {
  const common = {
    id: 'realtime.waiting',
    figure: WAITING_FIGURE,
    unit: 'clients' as const,
    budget: REALTIME_BUDGETS.waiting,
  }
  if (typeof hub === 'string' || hub.waiting.length === 0)
    return unavailableRow({ ...common, reason: typeof hub === 'string' ? hub : notYet })
  const sizes = [...new Set(hub.waiting.map((r) => r.clients))]
  const bySize = sizes.map((n) => {
    const rounds = hub.waiting.filter((r) => r.clients === n)
    const times = rounds.map((r) => r.allMs ?? Infinity)
    const rss = rounds.map((r) => r.rssBytes ?? 0)
    return { n, ms: median(times), ok: median(times) <= hub.budgetMs, rssMiB: Math.max(...rss) / 2 ** 20 }
  })
  const held = bySize.filter((s) => s.ok).at(-1)
  const describe = bySize
    .map(
      (s) =>
        `${s.n}: ${Number.isFinite(s.ms) ? `${Math.round(s.ms)} ms` : 'not all'}, RSS ${Math.round(s.rssMiB)} MiB`,
    )
    .join('; ')
  return makeRow({
    ...common,
    values: [held?.n ?? 0],
    note:
      `largest queue tried whose every client got its new position within ${hub.budgetMs} ms of "call next" ` +
      `(median of ${hub.waiting.length / sizes.length} rounds; plain ws clients in the bench process on the same cores): ${describe}`,
  })
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

/** Exposed for the summary line printed while the bench runs. */
export function describeEcho(run: LatencyRun): string {
  return `p99 ${run.p99Ms.toFixed(2)} ms, p50 ${run.p50Ms.toFixed(2)} ms, ${run.received}/${run.sent} back`
}

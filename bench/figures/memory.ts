import { residentBytes } from '../lib/processes'
import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { TICKETS } from './realtime'
import { capabilityGap } from '../lib/probe'
import type { ServerTarget } from '../lib/probe'
import type { WaitingRound } from './hub-waiting'

/** The queue size the waiting-citizens memory figure is read at. */
export const MEMORY_WAITING_CLIENTS = 5000

/**
 * The RSS figure with 5,000 waiting citizens, from the realtime family's waiting rounds (each round
 * reads the server's RSS with its clients still connected, see hub-waiting.ts); not available when
 * that family did not run or never reached 5,000 clients.
 */
export function waitingMemoryRow(rounds: WaitingRound[] | string): Row {
  const figure = `server memory (RSS) with ${MEMORY_WAITING_CLIENTS.toLocaleString('en')} waiting citizens`
  const samples =
    typeof rounds === 'string'
      ? []
      : rounds
          .filter((r) => r.clients === MEMORY_WAITING_CLIENTS && r.rssBytes !== null)
          .map((r) => (r.rssBytes as number) / 2 ** 20)
  if (samples.length === 0)
    return unavailableRow({
      id: 'memory.waiting',
      figure,
      unit: 'MiB',
      reason:
        typeof rounds === 'string'
          ? `read during the realtime family's waiting rounds, which did not run: ${rounds}`
          : `the waiting rounds never held ${MEMORY_WAITING_CLIENTS} clients (they stop at the first size over 1 s)`,
    })
  return makeRow({
    id: 'memory.waiting',
    figure,
    unit: 'MiB',
    values: samples,
    note:
      `/proc/<pid>/status of the server after each waiting round of ${MEMORY_WAITING_CLIENTS} plain ws clients, ` +
      'each following its own waiting ticket, still connected; the ramp from smaller queues ran before it',
  })
}

/**
 * Server memory: with 5,000 waiting citizens (from the waiting rounds, see waitingMemoryRow), and the
 * idle RSS after the bench's page loads.
 */
export async function memoryRows(
  server: ServerTarget,
  idleSamples: number[],
  waitingRounds: WaitingRound[] | string,
): Promise<Row[]> {
  const gap = await capabilityGap(server, TICKETS)
  const rows: Row[] = [
    gap
      ? unavailableRow({
          id: 'memory.waiting',
          figure: `server memory (RSS) with ${MEMORY_WAITING_CLIENTS.toLocaleString('en')} waiting citizens`,
          unit: 'MiB',
          reason: gap,
        })
      : waitingMemoryRow(waitingRounds),
  ]
  rows.push(
    idleSamples.length > 0
      ? makeRow({
          id: 'memory.idle',
          figure: 'server memory (RSS), idle after the desktop runs',
          unit: 'MiB',
          values: idleSamples.map((b) => b / 2 ** 20),
          note: 'read from /proc/<pid>/status after the page loads, sampled once a second',
        })
      : unavailableRow({
          id: 'memory.idle',
          figure: 'server memory (RSS), idle after the desktop runs',
          unit: 'MiB',
          reason: 'problem' in server ? server.problem : 'could not read /proc/<pid>/status',
        }),
  )
  return rows
}

/** Reads the server's RSS `count` times, `intervalMs` apart. */
export async function sampleResident(pid: number, count: number, intervalMs: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const bytes = await residentBytes(pid)
    if (bytes !== null) samples.push(bytes)
    if (i < count - 1) await new Promise((r) => setTimeout(r, intervalMs))
  }
  return samples
}

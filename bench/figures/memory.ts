import { residentBytes } from '../lib/processes'
import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { TICKETS } from './realtime'
import { capabilityGap } from '../lib/probe'
import type { ServerTarget } from '../lib/probe'

/**
 * Server memory: with 5,000 waiting citizens once the queue exists (not yet), and the idle RSS after
 * the bench's page loads, which is real now and the floor the 5,000 figure will be read against.
 */
export async function memoryRows(server: ServerTarget, idleSamples: number[]): Promise<Row[]> {
  const gap = await capabilityGap(server, TICKETS)
  const rows: Row[] = [
    unavailableRow({
      id: 'memory.waiting',
      figure: 'server memory (RSS) with 5,000 waiting citizens',
      unit: 'MiB',
      reason:
        gap ?? 'the server now has tickets, but this figure is not measured yet (bench/figures/memory.ts)',
    }),
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

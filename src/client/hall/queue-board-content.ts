import type { HallLayout, LocalizedText } from '../../shared/scene'

/** One line of a queue board: a department and the counters that serve it. */
export type QueueBoardRow = {
  departmentId: string
  name: LocalizedText
  color: string
  counterNumbers: string[]
}

/**
 * What a queue board shows until tickets exist: each department that has counters, with its counter
 * numbers in ascending order. No ticket numbers are invented.
 */
export function queueBoardRows(layout: HallLayout): QueueBoardRow[] {
  return layout.departments
    .map((d) => ({
      departmentId: d.id,
      name: d.name,
      color: d.color,
      counterNumbers: layout.counters
        .filter((c) => c.departmentId === d.id)
        .map((c) => c.number)
        .sort((a, b) => Number(a) - Number(b)),
    }))
    .filter((row) => row.counterNumbers.length > 0)
}

import type { HallLayout, LocalizedText } from '../../shared/scene'

/** One line of a queue board: a department and the counters that serve it. */
export type QueueBoardRow = {
  departmentId: string
  name: LocalizedText
  color: string
  counterNumbers: string[]
  /** Once the live board is known: the department's latest call and how many wait. */
  live?: { latest: { number: string; counterNumber: string } | null; waiting: number }
}

/** The live part of a hall's board (the protocol's `board.update`, without its envelope). */
export type LiveBoard = {
  called: readonly { number: string; departmentId: string; counterNumber: string; calledAt: number }[]
  waiting: readonly { departmentId: string; count: number }[]
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

/**
 * The board rows with the live queue: each department's most recent call (number and window) and how
 * many wait. A department nobody has been called for yet shows no number, never an invented one.
 */
export function liveQueueBoardRows(layout: HallLayout, board: LiveBoard): QueueBoardRow[] {
  return queueBoardRows(layout).map((row) => {
    const latest = board.called
      .filter((c) => c.departmentId === row.departmentId)
      .reduce<LiveBoard['called'][number] | null>((a, c) => (!a || c.calledAt > a.calledAt ? c : a), null)
    return {
      ...row,
      live: {
        latest: latest ? { number: latest.number, counterNumber: latest.counterNumber } : null,
        waiting: board.waiting.find((w) => w.departmentId === row.departmentId)?.count ?? 0,
      },
    }
  })
}

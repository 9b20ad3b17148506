import { create } from 'zustand'
import type { HallDataStatus } from './hall-data-store'

/** Progress of one loading task (models, fonts, a code chunk), in any unit the task likes. */
export type LoadingTask = { done: number; total: number }

export type LoadingState = {
  tasks: Record<string, LoadingTask>
  actions: {
    /** Records a task's progress; call again with `done === total` when it finishes. */
    report: (taskId: string, done: number, total: number) => void
  }
}

/**
 * What is still loading on the hall page. Each task reports `done` of `total`; the loading bar shows
 * the sum together with the hall data.
 */
export const useLoadingStore = create<LoadingState>()((set) => ({
  tasks: {},
  actions: {
    report: (taskId, done, total) =>
      set((state) => ({
        tasks: {
          ...state.tasks,
          [taskId]: { done: Math.max(0, Math.min(done, total)), total: Math.max(0, total) },
        },
      })),
  },
}))

/** The loading bar's state: a fraction 0..1 and whether anything is still loading. */
export type LoadingProgress = { fraction: number; active: boolean }

/**
 * Sums the tasks' progress; each task weighs by its own total normalised to one, so a task counting
 * bytes does not drown one counting files. The hall data counts as one more task.
 */
export function loadingProgress(
  tasks: Record<string, LoadingTask>,
  hallStatus: HallDataStatus,
): LoadingProgress {
  const parts = Object.values(tasks).map(({ done, total }) => (total > 0 ? done / total : 1))
  parts.push(hallStatus === 'ready' ? 1 : 0)
  const fraction = parts.reduce((sum, part) => sum + part, 0) / parts.length
  const active = hallStatus !== 'ready' || parts.some((part) => part < 1)
  return { fraction, active }
}

import { useEffect } from 'react'
import { create } from 'zustand'
import type { Language } from '../../shared/scene/localized'
import { usePreferencesStore } from '../app/preferences-store'
import { sharedWsClient } from '../realtime/shared-client'
import type { WsClient } from '../realtime/ws-client'
import { queueApi, type BoardUpdate, type QueueApi } from './queue-api'

/** A hall's queue board as the page knows it. */
export type BoardContent = Pick<BoardUpdate, 'hallId' | 'called' | 'waiting'>

export type BoardState = {
  /** Latest board per hall id. */
  boards: Record<string, BoardContent>
  actions: {
    /** Starts following a hall's board (first paint over HTTP, then live); returns the stop function. */
    follow: (hallId: string) => () => void
  }
}

export type BoardEnvironment = {
  api: Pick<QueueApi, 'board'>
  link: () => Pick<WsClient, 'subscribe' | 'on'>
  language: () => Language
}

const content = ({ hallId, called, waiting }: BoardUpdate): BoardContent => ({ hallId, called, waiting })

/**
 * Makes a board store. Followers of the same hall share one subscription (the 2D board and the 3D signs
 * on one page); the last one to stop ends it. A live update that arrives before the first HTTP answer
 * wins over it, so a slow first paint never shows an older board.
 */
export function createBoardStore(env: BoardEnvironment) {
  const followers = new Map<string, { count: number; stop: () => void; live: boolean }>()
  let listening = false

  return create<BoardState>()((set, get) => ({
    boards: {},
    actions: {
      follow: (hallId) => {
        const link = env.link()
        if (!listening) {
          listening = true
          link.on('board.update', (update) => {
            // Department boards (departmentId set) are not what the hall's signs show.
            const entry = followers.get(update.hallId)
            if (!entry || update.departmentId !== null) return
            entry.live = true
            set({ boards: { ...get().boards, [update.hallId]: content(update) } })
          })
        }
        const existing = followers.get(hallId)
        if (existing) existing.count++
        else {
          const entry = {
            count: 1,
            live: false,
            stop: link.subscribe(
              `board:${hallId}`,
              { type: 'board.subscribe', hallId },
              { type: 'board.unsubscribe', hallId },
            ),
          }
          followers.set(hallId, entry)
          env.api.board(env.language(), hallId).then(
            (board) => {
              if (followers.get(hallId) === entry && !entry.live)
                set({ boards: { ...get().boards, [hallId]: content(board) } })
            },
            () => undefined, // the live update fills it in once the connection is up
          )
        }
        let stopped = false
        return () => {
          if (stopped) return
          stopped = true
          const entry = followers.get(hallId)
          if (!entry || --entry.count > 0) return
          entry.stop()
          followers.delete(hallId)
        }
      },
    },
  }))
}

/** The page's board store (shared WebSocket, the visitor's language). */
export const useBoardStore = createBoardStore({
  api: queueApi,
  link: sharedWsClient,
  language: () => usePreferencesStore.getState().language,
})

/**
 * Follows a hall's queue board while mounted and returns its latest content (null until the first
 * answer).
 */
export function useQueueBoard(hallId: string | null): BoardContent | null {
  const follow = useBoardStore((s) => s.actions.follow)
  useEffect(() => (hallId ? follow(hallId) : undefined), [hallId, follow])
  return useBoardStore((s) => (hallId ? (s.boards[hallId] ?? null) : null))
}

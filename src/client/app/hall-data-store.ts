import { z } from 'zod'
import { create } from 'zustand'
import { hallSchema, serviceSchema, type Hall } from '../../shared/scene/schema'
import { takeEarlyFetch } from './early-fetch'
import { hallApiPath } from './hall-api-path'
import { markLoad } from './load-marks'

export type HallDataStatus = 'idle' | 'loading' | 'ready' | 'error'

export type HallDataState = {
  status: HallDataStatus
  /** The hall asked for last (kept for retry). */
  hallId: string | null
  hall: Hall | null
  /** A message for people, in English (server messages are English); null unless status is 'error'. */
  error: string | null
  actions: {
    /** Fetches `/api/halls/:id`; a second call for the hall already loading or loaded does nothing. */
    load: (hallId: string) => Promise<void>
    /** Loads the last requested hall again, after an error. */
    retry: () => Promise<void>
  }
}

const apiHallSchema = hallSchema.extend({ services: z.array(serviceSchema) })
const apiErrorSchema = z.object({ error: z.object({ message: z.string() }) })

type Fetch = (url: string, init?: { headers?: Record<string, string> }) => Promise<Response>

async function fetchHall(fetchImpl: Fetch, hallId: string): Promise<Hall> {
  let response: Response
  try {
    response = await fetchImpl(hallApiPath(hallId), {
      headers: { accept: 'application/json' },
    })
  } catch {
    throw new Error('The server could not be reached.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const apiError = apiErrorSchema.safeParse(body)
    throw new Error(
      apiError.success ? apiError.data.error.message : `The server answered ${response.status}.`,
    )
  }
  const hall = apiHallSchema.safeParse(body)
  if (!hall.success) throw new Error('The server sent hall data this page does not understand.')
  return hall.data
}

/** Creates a hall data store that loads halls with the given fetch (tests pass a fake). */
export function createHallDataStore(fetchImpl: Fetch) {
  // Only the newest request may settle the store, so a slow earlier answer cannot overwrite a later hall.
  let latestRequest = 0
  return create<HallDataState>()((set, get) => ({
    status: 'idle',
    hallId: null,
    hall: null,
    error: null,
    actions: {
      load: async (hallId) => {
        const { status, hallId: current } = get()
        if (current === hallId && (status === 'loading' || status === 'ready')) return
        const request = ++latestRequest
        set({ status: 'loading', hallId, hall: null, error: null })
        try {
          const hall = await fetchHall(fetchImpl, hallId)
          if (request === latestRequest) {
            set({ status: 'ready', hall })
            markLoad('hall-data')
          }
        } catch (error) {
          if (request === latestRequest) set({ status: 'error', error: (error as Error).message })
        }
      },
      retry: async () => {
        const { hallId, actions } = get()
        if (hallId === null) return
        set({ status: 'idle' })
        await actions.load(hallId)
      },
    },
  }))
}

/**
 * The hall being shown, fetched from `/api/halls/:id` and checked against the shared schema.
 * `status` goes idle -> loading -> ready | error; `error` holds a message, and `actions.retry()` tries again.
 */
export const useHallDataStore = createHallDataStore((url, init) => takeEarlyFetch(url) ?? fetch(url, init))

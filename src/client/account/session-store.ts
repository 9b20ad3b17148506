import { create } from 'zustand'
import type { Language } from '../../shared/scene/localized'
import { api } from './api'
import type { DemoCitizen, SessionCitizen } from './api-types'

export type SessionState = {
  status: 'idle' | 'loading' | 'ready' | 'error'
  citizen: SessionCitizen | null
  /** The demo e-ID's fictional residents (loaded on demand). */
  demoCitizens: DemoCitizen[]
  error: string | null
  actions: {
    load: (language: Language) => Promise<void>
    loadDemoCitizens: (language: Language) => Promise<void>
    signIn: (language: Language, citizenId: string) => Promise<boolean>
    signOut: (language: Language) => Promise<void>
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Who is signed in with the (simulated) e-ID; the session itself is an HttpOnly cookie. */
export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'idle',
  citizen: null,
  demoCitizens: [],
  error: null,
  actions: {
    load: async (language) => {
      if (get().status === 'loading') return
      set({ status: 'loading', error: null })
      try {
        set({ status: 'ready', citizen: await api.session(language) })
      } catch (error) {
        set({ status: 'error', error: message(error) })
      }
    },
    loadDemoCitizens: async (language) => {
      if (get().demoCitizens.length > 0) return
      try {
        set({ demoCitizens: await api.demoCitizens(language) })
      } catch (error) {
        set({ error: message(error) })
      }
    },
    signIn: async (language, citizenId) => {
      try {
        set({ status: 'ready', citizen: await api.signIn(language, citizenId), error: null })
        return true
      } catch (error) {
        set({ error: message(error) })
        return false
      }
    },
    signOut: async (language) => {
      try {
        await api.signOut(language)
        set({ citizen: null, error: null })
      } catch (error) {
        set({ error: message(error) })
      }
    },
  },
}))

/** A citizen's display name in a language (the API may send a localized pair or one string). */
export function citizenName(
  citizen: { displayName: SessionCitizen['displayName'] },
  language: Language,
): string {
  return typeof citizen.displayName === 'string' ? citizen.displayName : citizen.displayName[language]
}

import { create } from 'zustand'
import { opensFollowUp, type RatingLevel } from '../../shared/feedback/levels'
import type { Language } from '../../shared/scene/localized'
import { callApi, type CallTicket, type FollowUp } from './call-api'
import { createCallSession, type CallSession } from './call-session'
import { checkDevices, type DeviceCheck } from './devices'
import type { Signalling } from './signalling'
import { heldTicketToken } from './ticket-credentials'

export type TicketLoad = 'loading' | 'missing' | 'not-yours' | 'failed' | 'ready'

export type RatingState = {
  state: 'idle' | 'sending' | 'failed' | 'done'
  message: string | null
  followUp: FollowUp | null
  level: RatingLevel | null
}

export type CallPageState = {
  ticketId: string | null
  token: string | null
  ticket: CallTicket | null
  load: TicketLoad
  loadError: string | null
  /** The device check's result; null before and while it runs. */
  devices: DeviceCheck | null
  checking: boolean
  session: CallSession | null
  microphoneOn: boolean
  cameraOn: boolean
  rating: RatingState
  actions: {
    /** Reads the ticket (with this browser's token); called again to see whether it has been called. */
    load: (language: Language, ticketId: string | null) => Promise<void>
    checkDevices: () => Promise<void>
    /** Starts the call engine on the given signalling channel. */
    join: (signalling: Signalling) => void
    toggleMicrophone: () => void
    toggleCamera: () => void
    hangUp: () => void
    rate: (language: Language, level: RatingLevel, comment: string) => Promise<void>
    /**
     * Points the rating at a ticket whose call ran elsewhere (the 3D hall's counter call), so the same
     * rating form serves it; no-op for the ticket already set.
     */
    prepareRating: (ticketId: string, token: string) => void
  }
}

const IDLE_RATING: RatingState = { state: 'idle', message: null, followUp: null, level: null }

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

const browserStorage = () => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

/** The citizen's call page: the ticket, the device check, the call, and the rating after it. */
export const useCallPageStore = create<CallPageState>()((set, get) => ({
  ticketId: null,
  token: null,
  ticket: null,
  load: 'loading',
  loadError: null,
  devices: null,
  checking: false,
  session: null,
  microphoneOn: true,
  cameraOn: true,
  rating: IDLE_RATING,
  actions: {
    load: async (language, ticketId) => {
      if (!ticketId) return set({ load: 'missing' })
      const token = heldTicketToken(browserStorage(), ticketId)
      if (!token) return set({ ticketId, load: 'not-yours' })
      try {
        const ticket = await callApi.ticket(language, ticketId, token)
        set({ ticketId, token, ticket, load: 'ready', loadError: null })
      } catch (error) {
        // A poll that fails keeps the ticket already shown.
        if (!get().ticket) set({ ticketId, token, load: 'failed', loadError: message(error) })
      }
    },
    checkDevices: async () => {
      get()
        .devices?.stream?.getTracks()
        .forEach((track) => track.stop())
      set({ checking: true, devices: null })
      const devices = await checkDevices(navigator.mediaDevices)
      set({ checking: false, devices, microphoneOn: true, cameraOn: true })
    },
    join: (signalling) => {
      const { ticket, token, devices, session } = get()
      if (session || !ticket?.callId || !token) return
      const next = createCallSession({
        role: 'citizen',
        callId: ticket.callId,
        token,
        signalling,
        localStream: devices?.stream ?? null,
      })
      set({ session: next })
      next.start()
    },
    toggleMicrophone: () => {
      const on = !get().microphoneOn
      get().session?.setMicrophoneEnabled(on)
      set({ microphoneOn: on })
    },
    toggleCamera: () => {
      const on = !get().cameraOn
      get().session?.setCameraEnabled(on)
      set({ cameraOn: on })
    },
    hangUp: () => get().session?.hangUp(),
    rate: async (language, level, comment) => {
      const { ticketId, token, rating } = get()
      if (!ticketId || !token || rating.state === 'sending' || rating.state === 'done') return
      set({ rating: { ...rating, state: 'sending', message: null, level } })
      try {
        const result = await callApi.rate(language, ticketId, token, level, comment)
        let followUp = result.followUp
        // The case is opened by the server; read its state if the answer did not carry it.
        if (!followUp && opensFollowUp(level)) followUp = await callApi.followUp(language, ticketId, token)
        set({ rating: { state: 'done', message: null, followUp, level } })
      } catch (error) {
        set({ rating: { state: 'failed', message: message(error), followUp: null, level } })
      }
    },
    prepareRating: (ticketId, token) => {
      if (get().ticketId !== ticketId) set({ ticketId, token, rating: IDLE_RATING })
    },
  },
}))

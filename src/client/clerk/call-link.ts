import type { ServerMessage } from '../../shared/protocol'
import type { Language } from '../../shared/scene/localized'
import type { CallEngine } from './call-engine-port'
import { errorText, type CallStoreAccess, type CallStoreDeps, type ChatLine } from './call-store-state'
import { reduceCobrowse, type CobrowseEvent } from './cobrowse-model'

type ChatMessage = Extract<ServerMessage, { type: 'chat.message' }>

/**
 * The chat with a line the server relayed added: our own pending line (same `clientId`) is confirmed in
 * place, keeping its key; a line already there (a repeat after a reconnect) changes nothing. Pure.
 * @returns null when nothing changes
 */
export function mergeChatLine(chat: ChatLine[], message: ChatMessage): ChatLine[] | null {
  const mine = message.clientId ? chat.findIndex((l) => l.key === message.clientId) : -1
  const line: ChatLine = {
    key: message.id,
    from: message.from,
    text: message.text,
    at: message.at,
    pending: false,
  }
  if (mine >= 0) return chat.map((l, i) => (i === mine ? { ...line, key: l.key } : l))
  return chat.some((l) => l.key === message.id) ? null : [...chat, line]
}

/** The console's link to one call: signalling, media and what the citizen's side sends. */
export type CallLink = {
  /** Joins a call's signalling (through the engine when there is one) and listens to it. */
  join(callId: string, language: Language): void
  /** Stops listening and closes the media. */
  leave(): void
  /** The call engine of the call joined, if any. */
  engine(): CallEngine | null
}

/**
 * The call store's connection to its call. With the call engine, media and signalling go through it;
 * without one, the console joins the signalling itself so chat and co-browsing still reach it. Chat
 * lines, co-browsing messages and call events of the call joined update the store: the citizen
 * answering starts the service, the call ending (the citizen's side) starts the wrap-up.
 */
export function createCallLink(deps: CallStoreDeps, { set, get }: CallStoreAccess): CallLink {
  let engine: CallEngine | null = null
  let detach: (() => void)[] = []

  const leave = () => {
    detach.forEach((off) => off())
    detach = []
    engine?.close()
    engine = null
  }

  const onMessage = (callId: string, message: ServerMessage, language: Language) => {
    if (!('callId' in message) || message.callId !== callId || get().callId !== callId) return
    if (message.type === 'chat.message') {
      set((s) => {
        const chat = mergeChatLine(s.chat, message)
        return chat ? { chat } : {}
      })
    } else if (message.type.startsWith('cobrowse.')) {
      set((s) => ({ cobrowse: reduceCobrowse(s.cobrowse, message as CobrowseEvent) }))
    } else if (message.type === 'call.event') {
      if (!engine) {
        const map = {
          'peer-joined': 'connected',
          'peer-reconnecting': 'reconnecting',
          'peer-left': 'reconnecting',
        } as const
        if (message.event in map) set({ connection: map[message.event as keyof typeof map] })
      }
      // The citizen answered: the ticket is being served.
      if (message.event === 'peer-joined' && get().phase === 'called')
        void get().actions.ticketAction(language, 'start')
      if (message.event === 'ended' && get().phase === 'serving') {
        leave()
        set({ phase: 'wrap-up', connection: 'ended' })
        deps.clerkState('wrap-up')
      }
    }
  }

  const join = (callId: string, language: Language) => {
    const socket = deps.socket()
    if (socket) {
      detach.push(socket.onMessage((m) => onMessage(callId, m, language)))
      if (!deps.engine) {
        // Without the engine, join the signalling ourselves so chat and co-browsing reach us.
        const joinNow = () => socket.send({ type: 'call.join', callId })
        joinNow()
        detach.push(socket.onOpenChange((open) => open && joinNow()))
      }
    }
    if (deps.engine && socket) {
      engine = deps.engine({ callId, socket })
      detach.push(
        engine.onState((connection) => set({ connection })),
        engine.onStreams((streams) => set({ streams })),
      )
      set({ connection: 'connecting' })
      engine.start().catch((error: unknown) => set({ error: errorText(error) }))
    }
  }

  return { join, leave, engine: () => engine }
}

import type { CallRole, ServerMessage } from '../../shared/protocol'

type ChatRelay = Extract<ServerMessage, { type: 'chat.message' }>

/** One chat line: `pending` until the server echoes it back (then it has the server's `id` and time). */
export type ChatLine = {
  /** Ours: made here before sending; theirs: whatever they sent (may be absent). */
  clientId: string | null
  /** The server's id, once stored. */
  id: string | null
  from: CallRole
  text: string
  /** Epoch ms: the server's time once confirmed, the local time while pending. */
  at: number
  status: 'pending' | 'sent'
}

export type ChatModelOptions = {
  /** Our side of the call: lines from this role are ours. */
  role: CallRole
  /** Hands a line to the signalling channel; returns false when it could not be sent now. */
  send: (line: { text: string; clientId: string }) => boolean
  newId?: () => string
  now?: () => number
}

/** The chat of one call, framework-free. Subscribe for changes; `lines` is replaced (not mutated) on each. */
export type ChatModel = {
  readonly lines: readonly ChatLine[]
  /** Adds our line at once (pending) and sends it. Blank text is ignored. */
  say(text: string): ChatLine | null
  /** A `chat.message` from the server: confirms our pending line, or adds theirs; repeats are ignored. */
  receive(message: ChatRelay): void
  /** Sends every pending line again with the same clientId (after a reconnect; the server dedupes). */
  resendPending(): number
  subscribe(listener: () => void): () => void
}

function randomId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

/**
 * Creates the chat model: optimistic lines with a client id, confirmed by the server's echo; a line the
 * server has (same id, or our clientId) never shows twice, even when it was sent twice across a reconnect.
 */
export function createChatModel(options: ChatModelOptions): ChatModel {
  const newId = options.newId ?? randomId
  const now = options.now ?? Date.now
  const listeners = new Set<() => void>()
  let lines: readonly ChatLine[] = []
  const update = (next: readonly ChatLine[]) => {
    lines = next
    for (const listener of listeners) listener()
  }
  return {
    get lines() {
      return lines
    },
    say(text) {
      const trimmed = text.trim()
      if (!trimmed) return null
      const line: ChatLine = {
        clientId: newId(),
        id: null,
        from: options.role,
        text: trimmed,
        at: now(),
        status: 'pending',
      }
      update([...lines, line])
      options.send({ text: trimmed, clientId: line.clientId! })
      return line
    },
    receive(message) {
      if (lines.some((l) => l.id === message.id)) return
      const mine =
        message.clientId !== undefined &&
        message.from === options.role &&
        lines.findIndex((l) => l.clientId === message.clientId && l.from === options.role)
      if (typeof mine === 'number' && mine >= 0) {
        const next = [...lines]
        next[mine] = { ...next[mine]!, id: message.id, at: message.at, status: 'sent' }
        update(next)
        return
      }
      update([
        ...lines,
        {
          clientId: message.clientId ?? null,
          id: message.id,
          from: message.from,
          text: message.text,
          at: message.at,
          status: 'sent',
        },
      ])
    },
    resendPending() {
      const pending = lines.filter((l) => l.status === 'pending' && l.clientId)
      for (const line of pending) options.send({ text: line.text, clientId: line.clientId! })
      return pending.length
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

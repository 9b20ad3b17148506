import type { ClientMessage, ServerMessage } from '../../../shared/protocol'
import type { ClerkPrincipal, ClerkQueueResponse, TicketView } from '../clerk-types'
import type { Timers } from '../queue-feed'
import type { RealtimePort } from '../realtime-port'

/** A socket the test opens, closes and speaks through; it records what the console sent. */
export function fakeSocket(open = true) {
  let isOpen = open
  const sent: ClientMessage[] = []
  const messageListeners = new Set<(m: ServerMessage) => void>()
  const openListeners = new Set<(open: boolean) => void>()
  const port: RealtimePort = {
    isOpen: () => isOpen,
    send: (message) => {
      if (!isOpen) return false
      sent.push(message)
      return true
    },
    onMessage: (listener) => {
      messageListeners.add(listener)
      return () => messageListeners.delete(listener)
    },
    onOpenChange: (listener) => {
      openListeners.add(listener)
      return () => openListeners.delete(listener)
    },
  }
  return {
    port,
    sent,
    listeners: () => messageListeners.size + openListeners.size,
    setOpen(next: boolean) {
      isOpen = next
      openListeners.forEach((l) => l(next))
    },
    receive(message: ServerMessage) {
      messageListeners.forEach((l) => l(message))
    },
  }
}

/** Timers the test advances by hand. */
export function fakeTimers() {
  let now = 0
  let nextId = 1
  const pending = new Map<number, { at: number; run: () => void }>()
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++
      pending.set(id, { at: now + ms, run })
      return id
    },
    clearTimeout: (handle) => {
      pending.delete(handle as number)
    },
  }
  return {
    timers,
    pendingDelays: () => [...pending.values()].map((p) => p.at - now),
    /** Moves the clock, running every timer that falls due (in order). */
    advance(ms: number) {
      const until = now + ms
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, p]) => p.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        pending.delete(due[0])
        now = due[1].at
        due[1].run()
      }
      now = until
    },
  }
}

export const clerkFixture = (overrides: Partial<ClerkPrincipal> = {}): ClerkPrincipal => ({
  id: 'clerk-1',
  username: 'clerk-social-security',
  displayName: { zh: '王芳', en: 'Wang Fang' },
  hallId: 'city-centre',
  departments: ['social-security'],
  counterId: 'ss-1',
  isSupervisor: false,
  state: 'available',
  ...overrides,
})

export const ticketFixture = (overrides: Partial<TicketView> = {}): TicketView => ({
  id: 't1',
  number: 'A001',
  hallId: 'city-centre',
  departmentId: 'social-security',
  serviceId: 'pension-certification',
  status: 'called',
  position: null,
  wait: null,
  counterId: 'ss-1',
  counterNumber: '05',
  callId: 'call-1',
  issuedAt: 0,
  ...overrides,
})

export const queueResponse = (numbers: string[], department = 'social-security'): ClerkQueueResponse => ({
  departments: [
    {
      departmentId: department,
      waiting: numbers.map((number, i) => ({
        ticketId: `t-${number}`,
        number,
        issuedAt: i * 60_000,
        position: i + 1,
        flags: [],
      })),
    },
  ],
  callbacks: [],
  appointments: [],
})

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

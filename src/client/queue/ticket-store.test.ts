import { describe, expect, it, vi } from 'vitest'
import type { ClientMessage, ServerMessage } from '../../shared/protocol'
import { ApiError } from '../account/api-client'
import type { TicketView } from './queue-api'
import { TICKET_STORAGE_KEY, readHeldTickets } from './ticket-storage'
import { createTicketStore, ticketForDepartment, type TicketEnvironment } from './ticket-store'

const TOKEN = 'tok_'.padEnd(43, 'x')

function view(overrides: Partial<TicketView> = {}): TicketView {
  return {
    id: 't1',
    number: 'A001',
    hallId: 'city-centre',
    departmentId: 'social-security',
    serviceId: null,
    status: 'waiting',
    position: 1,
    wait: { kind: 'estimate', waitMs: 300_000, basis: 'default' },
    counterId: null,
    counterNumber: null,
    callId: null,
    issuedAt: 1000,
    ...overrides,
  }
}

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  }
}

/** A realtime link that records subscriptions and lets the test push server messages. */
function fakeLink() {
  const subs = new Map<string, ClientMessage>()
  const left: ClientMessage[] = []
  const handlers: ((m: ServerMessage) => void)[] = []
  return {
    subs,
    left,
    push: (m: ServerMessage) => handlers.forEach((h) => h(m)),
    link: {
      subscribe: (key: string, message: ClientMessage, leave?: ClientMessage) => {
        subs.set(key, message)
        return () => {
          subs.delete(key)
          if (leave) left.push(leave)
        }
      },
      on: ((_type: string, handler: (m: ServerMessage) => void) => {
        handlers.push(handler)
        return () => true
      }) as never,
    },
  }
}

function setup(api: Partial<TicketEnvironment['api']>, storage = fakeStorage()) {
  const realtime = fakeLink()
  const fullApi: TicketEnvironment['api'] = {
    takeTicket: vi.fn(async () => ({ ticket: view(), token: TOKEN })),
    ticket: vi.fn(async () => view()),
    cancel: vi.fn(async () => view({ status: 'cancelled', position: null })),
    ...api,
  }
  const store = createTicketStore({ api: fullApi, link: () => realtime.link, storage, language: () => 'zh' })
  return { store, realtime, storage, api: fullApi }
}

describe('ticket store', () => {
  it('takes a ticket, keeps its token per hall and watches it', async () => {
    const { store, realtime, storage, api } = setup({})
    const outcome = await store
      .getState()
      .actions.take({ hallId: 'city-centre', departmentId: 'social-security' })
    expect(outcome).toEqual({ kind: 'taken', ticket: view() })
    expect(api.takeTicket).toHaveBeenCalledWith(
      'zh',
      { hallId: 'city-centre', departmentId: 'social-security' },
      undefined,
    )
    // Asking again shows the held ticket's token, so the server returns that ticket.
    await store.getState().actions.take({ hallId: 'city-centre', departmentId: 'social-security' })
    expect(api.takeTicket).toHaveBeenLastCalledWith(
      'zh',
      { hallId: 'city-centre', departmentId: 'social-security' },
      TOKEN,
    )
    expect(readHeldTickets(storage, 'city-centre')).toEqual([
      { ticketId: 't1', token: TOKEN, departmentId: 'social-security' },
    ])
    expect(realtime.subs.get('ticket:t1')).toEqual({ type: 'ticket.watch', ticketId: 't1', token: TOKEN })
  })

  it('follows live updates: position, then the window it is called to', async () => {
    const { store, realtime } = setup({
      takeTicket: async () => ({ ticket: view({ position: 3 }), token: TOKEN }),
    })
    await store.getState().actions.take({ hallId: 'city-centre', departmentId: 'social-security' })
    const base = {
      type: 'ticket.update',
      ticketId: 't1',
      number: 'A001',
      departmentId: 'social-security',
    } as const
    realtime.push({ ...base, status: 'waiting', position: 2, wait: null, counterNumber: null, callId: null })
    expect(store.getState().tickets.t1!.ticket.position).toBe(2)
    realtime.push({
      ...base,
      status: 'called',
      position: null,
      wait: null,
      counterNumber: '05',
      callId: 'c9',
    })
    const { ticket } = store.getState().tickets.t1!
    expect([ticket.status, ticket.counterNumber, ticket.callId]).toEqual(['called', '05', 'c9'])
    // Another ticket's update is not ours.
    realtime.push({
      ...base,
      ticketId: 'other',
      status: 'waiting',
      position: 9,
      wait: null,
      counterNumber: null,
      callId: null,
    })
    expect(Object.keys(store.getState().tickets)).toEqual(['t1'])
  })

  it('stops watching and forgets the token once the ticket is finished', async () => {
    const { store, realtime, storage } = setup({})
    await store.getState().actions.take({ hallId: 'city-centre', departmentId: 'social-security' })
    realtime.push({
      type: 'ticket.update',
      ticketId: 't1',
      number: 'A001',
      departmentId: 'social-security',
      status: 'no-show',
      position: null,
      wait: null,
      counterNumber: '05',
      callId: null,
    })
    expect(realtime.subs.size).toBe(0)
    expect(realtime.left).toEqual([{ type: 'ticket.unwatch', ticketId: 't1' }])
    expect(readHeldTickets(storage, 'city-centre')).toEqual([])
    // The card still shows how it ended until dismissed.
    expect(store.getState().tickets.t1!.ticket.status).toBe('no-show')
    store.getState().actions.dismiss('t1')
    expect(store.getState().tickets).toEqual({})
  })

  it('tells a 409 no_clerk_on_duty apart from other errors', async () => {
    const noClerk = setup({
      takeTicket: async () => {
        throw new ApiError(409, 'no_clerk_on_duty', '暂无工作人员', {
          alternatives: ['callback', 'appointment'],
        })
      },
    })
    expect(await noClerk.store.getState().actions.take({ hallId: 'h', departmentId: 'd' })).toEqual({
      kind: 'no-clerk',
    })
    const broken = setup({
      takeTicket: async () => {
        throw new ApiError(400, 'invalid', '请选择部门')
      },
    })
    expect(await broken.store.getState().actions.take({ hallId: 'h', departmentId: 'd' })).toEqual({
      kind: 'error',
      message: '请选择部门',
      code: 'invalid',
    })
    expect(broken.storage.items.size).toBe(0)
  })

  it('restores kept tickets after a reload, dropping ones the server no longer knows', async () => {
    const storage = fakeStorage({
      [TICKET_STORAGE_KEY]: JSON.stringify({
        'city-centre': [
          { ticketId: 't1', token: TOKEN, departmentId: 'social-security' },
          { ticketId: 'gone', token: TOKEN, departmentId: 'tax' },
        ],
        other: [{ ticketId: 'x', token: TOKEN, departmentId: 'tax' }],
      }),
    })
    const { store, realtime, api } = setup(
      {
        ticket: vi.fn(async (_lang: string, id: string) => {
          if (id === 'gone') throw new ApiError(404, 'not_found', 'no such ticket')
          return view({ position: 4 })
        }),
      },
      storage,
    )
    await store.getState().actions.restore('city-centre')
    expect(api.ticket).toHaveBeenCalledWith('zh', 't1', TOKEN)
    expect(store.getState().tickets.t1!.ticket.position).toBe(4)
    expect([...realtime.subs.keys()]).toEqual(['ticket:t1'])
    expect(readHeldTickets(storage, 'city-centre').map((k) => k.ticketId)).toEqual(['t1'])
    expect(readHeldTickets(storage, 'other')).toHaveLength(1)
  })

  it('keeps a ticket when the server cannot be reached during restore', async () => {
    const storage = fakeStorage({
      [TICKET_STORAGE_KEY]: JSON.stringify({ h: [{ ticketId: 't1', token: TOKEN, departmentId: 'd' }] }),
    })
    const { store } = setup(
      {
        ticket: async () => {
          throw new ApiError(0, 'network', 'offline')
        },
      },
      storage,
    )
    await store.getState().actions.restore('h')
    expect(readHeldTickets(storage, 'h')).toHaveLength(1)
  })

  it('ignores a corrupt or hand-edited storage entry', async () => {
    for (const raw of [
      '{',
      '[]',
      JSON.stringify({ h: [{ ticketId: '../x', token: 'short', departmentId: 'd' }] }),
    ]) {
      const { store, api } = setup({}, fakeStorage({ [TICKET_STORAGE_KEY]: raw }))
      await store.getState().actions.restore('h')
      expect(api.ticket).not.toHaveBeenCalled()
    }
  })

  it('cancels with the token and stops watching', async () => {
    const { store, realtime, storage, api } = setup({})
    await store.getState().actions.take({ hallId: 'city-centre', departmentId: 'social-security' })
    expect(await store.getState().actions.cancel('t1')).toEqual({ ok: true })
    expect(api.cancel).toHaveBeenCalledWith('zh', 't1', TOKEN)
    expect(store.getState().tickets.t1!.ticket.status).toBe('cancelled')
    expect(realtime.subs.size).toBe(0)
    expect(readHeldTickets(storage, 'city-centre')).toEqual([])
  })
})

describe('ticketForDepartment', () => {
  it('prefers an open ticket over a finished newer one', () => {
    const key = { ticketId: 'x', token: TOKEN, departmentId: 'd' }
    const tickets = {
      a: { key, ticket: view({ id: 'a', departmentId: 'd', status: 'waiting', issuedAt: 1 }) },
      b: { key, ticket: view({ id: 'b', departmentId: 'd', status: 'cancelled', issuedAt: 2 }) },
      c: { key, ticket: view({ id: 'c', departmentId: 'e', status: 'waiting', issuedAt: 3 }) },
    }
    expect(ticketForDepartment(tickets, 'd')?.ticket.id).toBe('a')
    expect(ticketForDepartment({ b: tickets.b }, 'd')?.ticket.id).toBe('b')
    expect(ticketForDepartment(tickets, 'none')).toBeNull()
  })
})

import { describe, expect, it, vi } from 'vitest'
import type { ClientMessage, ServerMessage } from '../../shared/protocol'
import type { BoardUpdate } from './queue-api'
import { createBoardStore } from './board-store'

const board = (n: string): BoardUpdate => ({
  type: 'board.update',
  hallId: 'city-centre',
  departmentId: null,
  called: [{ number: n, departmentId: 'tax', counterId: 'counter-05', counterNumber: '05', calledAt: 1 }],
  waiting: [{ departmentId: 'tax', count: 2 }],
})

function setup(answer: Promise<BoardUpdate>) {
  const subs = new Map<string, ClientMessage>()
  const left: ClientMessage[] = []
  let handler: ((m: ServerMessage) => void) | undefined
  const api = { board: vi.fn(() => answer) }
  const store = createBoardStore({
    api,
    language: () => 'en',
    link: () => ({
      subscribe: (key: string, message: ClientMessage, leave?: ClientMessage) => {
        subs.set(key, message)
        return () => {
          subs.delete(key)
          if (leave) left.push(leave)
        }
      },
      on: ((_t: string, h: (m: ServerMessage) => void) => {
        handler = h
        return () => true
      }) as never,
    }),
  })
  return { store, subs, left, api, push: (m: ServerMessage) => handler?.(m) }
}

describe('board store', () => {
  it('paints from HTTP first, then follows live updates of the whole hall only', async () => {
    const { store, push, subs } = setup(Promise.resolve(board('A001')))
    store.getState().actions.follow('city-centre')
    expect(subs.get('board:city-centre')).toEqual({ type: 'board.subscribe', hallId: 'city-centre' })
    await vi.waitFor(() => expect(store.getState().boards['city-centre']?.called[0]?.number).toBe('A001'))
    push(board('A002'))
    expect(store.getState().boards['city-centre']?.called[0]?.number).toBe('A002')
    push({ ...board('B009'), departmentId: 'tax' })
    push({ ...board('C001'), hallId: 'elsewhere' })
    expect(store.getState().boards['city-centre']?.called[0]?.number).toBe('A002')
    expect(store.getState().boards.elsewhere).toBeUndefined()
  })

  it('never lets a slow first answer overwrite a live update', async () => {
    let resolve!: (b: BoardUpdate) => void
    const { store, push } = setup(new Promise((r) => (resolve = r)))
    store.getState().actions.follow('city-centre')
    push(board('A005'))
    resolve(board('A001'))
    await new Promise((r) => setTimeout(r, 0))
    expect(store.getState().boards['city-centre']?.called[0]?.number).toBe('A005')
  })

  it('shares one subscription between followers and ends it with the last', () => {
    const { store, subs, left, api } = setup(Promise.resolve(board('A001')))
    const stopA = store.getState().actions.follow('city-centre')
    const stopB = store.getState().actions.follow('city-centre')
    expect(api.board).toHaveBeenCalledTimes(1)
    stopA()
    stopA()
    expect(subs.size).toBe(1)
    stopB()
    expect(subs.size).toBe(0)
    expect(left).toEqual([{ type: 'board.unsubscribe', hallId: 'city-centre' }])
  })
})

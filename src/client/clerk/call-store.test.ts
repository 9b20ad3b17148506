import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../account/api-client'
import type { CallEngine } from './call-engine-port'
import type { OpenCall } from './call-restore'
import { createCallStore, type CallStoreDeps } from './call-store'
import { clerkFixture, fakeSocket, flush, ticketFixture } from './testing/fakes'

function setup(options: { engine?: boolean } = {}) {
  const socket = fakeSocket(true)
  let id = 0
  const engine = {
    start: vi.fn(async () => {}),
    onState: vi.fn(() => () => {}),
    onStreams: vi.fn(() => () => {}),
    setMuted: vi.fn(),
    setCameraOff: vi.fn(),
    close: vi.fn(),
  } satisfies CallEngine
  const api = {
    callNext: vi.fn(async () => ({ ticket: ticketFixture(), callId: 'call-1' })),
    current: vi.fn(async (): Promise<OpenCall | null> => null),
    context: vi.fn(async () => ({
      ticket: ticketFixture(),
      service: { id: 'pension-certification' },
      draft: null,
    })),
    ticketAction: vi.fn(async () => ({})),
    endCall: vi.fn(async () => ({})),
    wrapUp: vi.fn(async () => ({})),
  }
  const deps: CallStoreDeps = {
    api,
    socket: () => socket.port,
    engine: options.engine ? () => engine : null,
    clerkState: vi.fn(),
    refreshClerk: vi.fn(),
    newId: () => `id${++id}`,
    now: () => 1000,
  }
  return { store: createCallStore(deps), socket, api, deps, engine }
}

const relay = { callId: 'call-1', from: 'citizen' as const }

describe('call store', () => {
  it('calls next, loads the context, marks the clerk busy and joins the signalling', async () => {
    const { store, socket, api, deps } = setup()
    await store.getState().actions.callNext('en')
    expect(store.getState()).toMatchObject({
      phase: 'called',
      callId: 'call-1',
      context: { status: 'ready' },
    })
    expect(api.context).toHaveBeenCalledWith('en', 't1')
    expect(deps.clerkState).toHaveBeenCalledWith('busy', undefined)
    expect(socket.sent).toContainEqual({ type: 'call.join', callId: 'call-1' })
    // Rejoins after the socket comes back.
    socket.setOpen(false)
    socket.setOpen(true)
    expect(socket.sent.filter((m) => m.type === 'call.join')).toHaveLength(2)
  })

  it('shows queue_empty and stays idle', async () => {
    const { store, api } = setup()
    api.callNext.mockRejectedValueOnce(new ApiError(404, 'queue_empty', 'Nobody is waiting'))
    await store.getState().actions.callNext('en')
    expect(store.getState()).toMatchObject({
      phase: 'idle',
      calling: false,
      callNextProblem: { code: 'queue_empty' },
    })
  })

  it('starts serving when the citizen joins, then hangs up into wrap-up and back to available', async () => {
    const { store, socket, api, deps } = setup()
    await store.getState().actions.callNext('en')
    socket.receive({ type: 'call.event', callId: 'call-1', event: 'peer-joined', role: 'citizen', at: 1 })
    await flush()
    expect(api.ticketAction).toHaveBeenCalledWith('en', 't1', 'start')
    expect(store.getState()).toMatchObject({ phase: 'serving', connection: 'connected' })
    await store.getState().actions.hangUp('en')
    expect(api.endCall).toHaveBeenCalledWith('en', 'call-1')
    expect(store.getState().phase).toBe('wrap-up')
    expect(await store.getState().actions.submitWrapUp('en', { outcome: null, notes: '' })).toBe(false)
    expect(api.wrapUp).not.toHaveBeenCalled()
    expect(store.getState().wrapUp.problems).toEqual([{ field: 'outcome', key: 'outcomeEmpty' }])
    expect(await store.getState().actions.submitWrapUp('en', { outcome: 'advice-only', notes: ' ok ' })).toBe(
      true,
    )
    expect(api.wrapUp).toHaveBeenCalledWith('en', 'call-1', 'advice-only', 'ok')
    expect(store.getState()).toMatchObject({ phase: 'idle', callId: null })
    expect(deps.clerkState).toHaveBeenLastCalledWith('available', undefined)
  })

  it('keeps chat lines in order, confirming its own by clientId and ignoring other calls', async () => {
    const { store, socket } = setup()
    await store.getState().actions.callNext('en')
    expect(store.getState().actions.sendChat('  hello ')).toBe(true)
    expect(socket.sent.at(-1)).toEqual({
      type: 'chat.send',
      callId: 'call-1',
      text: 'hello',
      clientId: 'id1',
    })
    expect(store.getState().chat[0]).toMatchObject({ text: 'hello', pending: true })
    socket.receive({
      type: 'chat.message',
      callId: 'call-1',
      from: 'clerk',
      id: 'm1',
      clientId: 'id1',
      text: 'hello',
      at: 5,
    })
    socket.receive({ type: 'chat.message', ...relay, id: 'm2', text: 'hi', at: 6 })
    socket.receive({ type: 'chat.message', ...relay, id: 'm2', text: 'hi', at: 6 })
    socket.receive({ type: 'chat.message', ...relay, callId: 'other', id: 'm3', text: 'not mine', at: 7 })
    expect(store.getState().chat.map((l) => [l.from, l.text, l.pending])).toEqual([
      ['clerk', 'hello', false],
      ['citizen', 'hi', false],
    ])
    expect(store.getState().actions.sendChat('   ')).toBe(false)
  })

  it('follows the citizen’s form and sends highlights and suggestions', async () => {
    const { store, socket } = setup()
    await store.getState().actions.callNext('en')
    socket.receive({ type: 'cobrowse.field', ...relay, fieldId: 'mobile', value: '138' })
    store.getState().actions.highlight('mobile')
    store.getState().actions.suggest('mobile', '13800138000', 'one digit short')
    expect(socket.sent.slice(-2)).toEqual([
      { type: 'cobrowse.highlight', callId: 'call-1', fieldId: 'mobile' },
      {
        type: 'cobrowse.suggest',
        callId: 'call-1',
        suggestionId: 'id1',
        fieldId: 'mobile',
        value: '13800138000',
        note: 'one digit short',
      },
    ])
    socket.receive({ type: 'cobrowse.accept', ...relay, suggestionId: 'id1' })
    expect(store.getState().cobrowse).toMatchObject({
      highlight: 'mobile',
      answers: { mobile: '13800138000' },
    })
    expect(store.getState().cobrowse.suggestions[0]!.status).toBe('accepted')
  })

  it('drives the call engine when there is one and closes it on hang-up', async () => {
    const { store, engine, socket } = setup({ engine: true })
    await store.getState().actions.callNext('en')
    expect(engine.start).toHaveBeenCalled()
    expect(socket.sent.some((m) => m.type === 'call.join')).toBe(false)
    store.getState().actions.setMuted(true)
    expect(engine.setMuted).toHaveBeenCalledWith(true)
    await store.getState().actions.hangUp('en')
    expect(engine.close).toHaveBeenCalled()
  })

  it('sends a no-show back to idle and lets the server pick the clerk’s state', async () => {
    const { store, deps, api } = setup()
    await store.getState().actions.callNext('en')
    await store.getState().actions.ticketAction('en', 'no-show')
    expect(store.getState().phase).toBe('idle')
    expect(deps.refreshClerk).toHaveBeenCalled()
    // When the answer carries the clerk, that is their state: no second request.
    await store.getState().actions.callNext('en')
    api.ticketAction.mockResolvedValueOnce({ clerk: clerkFixture({ state: 'away' }) })
    await store.getState().actions.ticketAction('en', 'requeue')
    expect(deps.clerkState).toHaveBeenLastCalledWith('away', expect.objectContaining({ state: 'away' }))
    expect(deps.refreshClerk).toHaveBeenCalledTimes(1)
  })
})

const openCall = (phase: OpenCall['phase']): OpenCall => ({
  callId: 'call-7',
  startedAt: 500,
  phase,
  ticket: ticketFixture({
    id: 't7',
    number: 'A007',
    callId: 'call-7',
    status: phase === 'wrap-up' ? 'done' : phase,
  }),
})

describe('call store: restoring an open call after a reload', () => {
  it('stays idle when the server has no open call', async () => {
    const { store, api, socket } = setup()
    await store.getState().actions.restore('en')
    expect(api.current).toHaveBeenCalledWith('en')
    expect(store.getState()).toMatchObject({ phase: 'idle', callId: null, calling: false })
    expect(api.context).not.toHaveBeenCalled()
    expect(socket.sent).toEqual([])
  })

  it('restores a called ticket: same ticket, context loaded, signalling rejoined, started when the citizen joins', async () => {
    const { store, api, socket } = setup()
    api.current.mockResolvedValueOnce(openCall('called'))
    await store.getState().actions.restore('en')
    expect(store.getState()).toMatchObject({
      phase: 'called',
      callId: 'call-7',
      ticket: { number: 'A007' },
      context: { status: 'ready' },
    })
    expect(api.context).toHaveBeenCalledWith('en', 't7')
    expect(socket.sent).toContainEqual({ type: 'call.join', callId: 'call-7' })
    socket.receive({ type: 'call.event', callId: 'call-7', event: 'peer-joined', role: 'citizen', at: 1 })
    await flush()
    expect(api.ticketAction).toHaveBeenCalledWith('en', 't7', 'start')
    expect(store.getState().phase).toBe('serving')
  })

  it('restores a call being served by restarting the call engine, and can hang up', async () => {
    const { store, api, engine } = setup({ engine: true })
    api.current.mockResolvedValueOnce(openCall('serving'))
    await store.getState().actions.restore('en')
    expect(store.getState()).toMatchObject({ phase: 'serving', callId: 'call-7', connection: 'connecting' })
    expect(engine.start).toHaveBeenCalledTimes(1)
    await store.getState().actions.hangUp('en')
    expect(api.endCall).toHaveBeenCalledWith('en', 'call-7')
    expect(store.getState().phase).toBe('wrap-up')
  })

  it('restores an ended call straight to its wrap-up form, without rejoining it', async () => {
    const { store, api, socket, engine } = setup({ engine: true })
    api.current.mockResolvedValueOnce(openCall('wrap-up'))
    await store.getState().actions.restore('en')
    expect(store.getState()).toMatchObject({ phase: 'wrap-up', callId: 'call-7', connection: 'ended' })
    expect(engine.start).not.toHaveBeenCalled()
    expect(socket.sent).toEqual([])
    expect(await store.getState().actions.submitWrapUp('en', { outcome: 'accepted', notes: '' })).toBe(true)
    expect(api.wrapUp).toHaveBeenCalledWith('en', 'call-7', 'accepted', '')
    expect(store.getState().phase).toBe('idle')
  })

  it('restores the open call when call next answers call_in_progress', async () => {
    const { store, api } = setup()
    api.callNext.mockRejectedValueOnce(new ApiError(409, 'call_in_progress', 'Finish A007 first'))
    api.current.mockResolvedValueOnce(openCall('serving'))
    await store.getState().actions.callNext('en')
    await flush()
    await flush()
    expect(store.getState()).toMatchObject({ phase: 'serving', callId: 'call-7', callNextProblem: null })
  })

  it('does not replace a call already on screen, and reports a failed check', async () => {
    const { store, api } = setup()
    await store.getState().actions.callNext('en')
    await store.getState().actions.restore('en')
    expect(api.current).not.toHaveBeenCalled()
    expect(store.getState().callId).toBe('call-1')
    store.getState().actions.reset()
    api.current.mockRejectedValueOnce(new Error('network down'))
    await store.getState().actions.restore('en')
    expect(store.getState()).toMatchObject({ phase: 'idle', calling: false, error: 'network down' })
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'

import { useCallPageStore } from './call-page-store'

const { rate } = vi.hoisted(() => ({ rate: vi.fn(async () => ({ rating: {}, followUp: null })) }))
vi.mock('./call-api', () => ({ callApi: { rate, followUp: vi.fn(async () => null), ticket: vi.fn() } }))

describe('call page store: prepareRating (the 3D hall rates a call with the same form)', () => {
  beforeEach(() => {
    rate.mockClear()
    useCallPageStore.setState({
      ticketId: null,
      token: null,
      rating: { state: 'idle', message: null, followUp: null, level: null },
    })
  })

  it('rates the prepared ticket with its token', async () => {
    const { prepareRating, rate: send } = useCallPageStore.getState().actions
    prepareRating('ticket-1', 'secret-1')
    await send('en', 5, ' Quick ')
    expect(rate).toHaveBeenCalledWith('en', 'ticket-1', 'secret-1', 5, ' Quick ')
    expect(useCallPageStore.getState().rating.state).toBe('done')
  })

  it('keeps a finished rating for the same ticket and starts clean for another', async () => {
    const { prepareRating, rate: send } = useCallPageStore.getState().actions
    prepareRating('ticket-1', 'secret-1')
    await send('zh', 4, '')
    prepareRating('ticket-1', 'secret-1')
    expect(useCallPageStore.getState().rating.state).toBe('done')
    prepareRating('ticket-2', 'secret-2')
    expect(useCallPageStore.getState()).toMatchObject({
      ticketId: 'ticket-2',
      token: 'secret-2',
      rating: { state: 'idle', level: null },
    })
  })

  it('sends nothing before a ticket is prepared', async () => {
    await useCallPageStore.getState().actions.rate('en', 5, '')
    expect(rate).not.toHaveBeenCalled()
  })
})

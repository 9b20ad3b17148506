import { describe, expect, it } from 'vitest'
import type { Hall } from '../../shared/scene/schema'
import { createHallDataStore } from './hall-data-store'

const hall: Hall = {
  id: 'test-hall',
  name: { zh: '测试大厅', en: 'Test hall' },
  size: { width: 20, depth: 20, height: 4 },
  spawn: { position: [0, 8], yaw: 0 },
  departments: [
    {
      id: 'tax',
      name: { zh: '税务', en: 'Tax' },
      letter: 'T',
      color: '#336699',
      description: { zh: '税', en: 'Tax' },
    },
  ],
  counters: [{ id: 'c-01', number: '01', departmentId: 'tax', position: [0, 0], yaw: 0, oneStop: false }],
  furniture: [],
  signs: [],
  walls: [],
  services: [
    {
      id: 'tax-invoice',
      departmentId: 'tax',
      name: { zh: '发票', en: 'Invoices' },
      summary: { zh: '开具发票', en: 'Issue invoices' },
      documents: [],
      processingDays: 0,
      fee: { zh: '免费', en: 'Free' },
      channels: ['counter'],
    },
  ],
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('hall data store', () => {
  it('loads a hall from the API by id', async () => {
    const urls: string[] = []
    const store = createHallDataStore(async (url) => {
      urls.push(url)
      return json(200, hall)
    })
    const loading = store.getState().actions.load('test-hall')
    expect(store.getState().status).toBe('loading')
    await loading
    expect(urls).toEqual(['/api/halls/test-hall'])
    expect(store.getState()).toMatchObject({ status: 'ready', hallId: 'test-hall', error: null })
    expect(store.getState().hall?.services[0]?.id).toBe('tax-invoice')
  })

  it('does not fetch again for the hall already loaded', async () => {
    let calls = 0
    const store = createHallDataStore(async () => {
      calls++
      return json(200, hall)
    })
    await store.getState().actions.load('test-hall')
    await store.getState().actions.load('test-hall')
    expect(calls).toBe(1)
  })

  it('reports the server error message', async () => {
    const store = createHallDataStore(async () =>
      json(404, { error: { code: 'hall_not_found', message: 'No hall with id "nope"' } }),
    )
    await store.getState().actions.load('nope')
    expect(store.getState()).toMatchObject({ status: 'error', hall: null, error: 'No hall with id "nope"' })
  })

  it('reports a network failure and a malformed body', async () => {
    const offline = createHallDataStore(async () => {
      throw new TypeError('Failed to fetch')
    })
    await offline.getState().actions.load('test-hall')
    expect(offline.getState().error).toBe('The server could not be reached.')

    const garbled = createHallDataStore(async () => json(200, { id: 'test-hall' }))
    await garbled.getState().actions.load('test-hall')
    expect(garbled.getState().status).toBe('error')
    expect(garbled.getState().error).toMatch(/does not understand/)
  })

  it('retries after an error', async () => {
    let attempt = 0
    const store = createHallDataStore(async () => (++attempt === 1 ? json(500, {}) : json(200, hall)))
    await store.getState().actions.load('test-hall')
    expect(store.getState()).toMatchObject({ status: 'error', error: 'The server answered 500.' })
    await store.getState().actions.retry()
    expect(store.getState()).toMatchObject({ status: 'ready', error: null })
    expect(attempt).toBe(2)
  })

  it('keeps the newest hall when an older request answers late', async () => {
    const pending = new Map<string, (r: Response) => void>()
    const store = createHallDataStore((url) => new Promise((resolve) => pending.set(url, resolve)))
    const first = store.getState().actions.load('first')
    const second = store.getState().actions.load('test-hall')
    pending.get('/api/halls/test-hall')?.(json(200, hall))
    await second
    pending.get('/api/halls/first')?.(json(200, { ...hall, id: 'first' }))
    await first
    expect(store.getState().hall?.id).toBe('test-hall')
  })
})

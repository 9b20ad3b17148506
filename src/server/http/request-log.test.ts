import { Writable } from 'node:stream'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

/** The app with a pino logger whose JSON lines are collected. */
async function loggedApp() {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  t = await buildTestApp({ logger: pino({ level: 'info' }, sink) })
  return { app: t.app, lines }
}

const requestLines = (lines: Record<string, unknown>[]) =>
  lines.filter((l) => 'status' in l || /request/.test(String(l.msg)))

describe('request log', () => {
  it('writes one line per request with method, path, status and time', async () => {
    const { app, lines } = await loggedApp()
    await app.inject('/api/health')
    await app.inject('/api/halls/no-such-hall')
    const logged = requestLines(lines)
    expect(logged).toHaveLength(2)
    expect(logged[0]).toMatchObject({ msg: 'request', method: 'GET', url: '/api/health', status: 200 })
    expect(logged[1]).toMatchObject({ msg: 'request', url: '/api/halls/no-such-hall', status: 404 })
    expect(typeof logged[0]!.ms).toBe('number')
    expect(logged[0]!.reqId).toBeDefined()
  })

  it('logs a server error as an error line', async () => {
    const { app, lines } = await loggedApp()
    await t!.db.destroy() // the health check's query now fails: 503 is an answer, not a crash
    await app.inject('/api/health')
    const logged = requestLines(lines)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ msg: 'request', url: '/api/health', status: 503, level: 50 })
  })
})

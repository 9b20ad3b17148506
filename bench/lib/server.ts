import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { startProcess } from './processes'
import type { Cleanups, Started } from './processes'

/** Loopback only: the bench never listens on or talks to another interface. */
export const LOOPBACK = '127.0.0.1'

/** A port that was free a moment ago on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

/** Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. */
export async function waitForHttp(url: string, started: Started | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited: number | string | null = null
  void started?.exited.then((code) => (exited = code))
  for (;;) {
    if (exited !== null) throw new Error(`process exited (${exited}) before ${url} answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** The OneHall server as the bench runs it: production settings, loopback, a throw-away database. */
export interface AppServer {
  origin: string
  process: Started
  /** The server's SQLite file (the realtime figures add clerk accounts to it). */
  dbFile: string
}

/**
 * Starts `node --import tsx src/server/main.ts` on a free loopback port with a database in a new
 * temporary folder (removed at cleanup); its log goes to `logFile`, kept for reading afterwards. Rate limiting is raised so the bench's own requests are
 * not refused; everything else is the production configuration.
 */
export async function startAppServer(root: string, logFile: string, cleanups: Cleanups): Promise<AppServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'onehall-bench-'))
  cleanups.add('temporary database folder', () => rm(dir, { recursive: true, force: true }))
  const port = await freePort()
  const dbFile = path.join(dir, 'onehall.sqlite')
  const started = startProcess(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: LOOPBACK,
      ONEHALL_DB: dbFile,
      RATE_LIMIT_MAX: '1000000',
      DATABASE_URL: '',
    },
    logFile,
    cleanups,
    label: 'OneHall server',
  })
  const origin = `http://${LOOPBACK}:${port}`
  try {
    await waitForHttp(`${origin}/api/health`, started, 60_000)
  } catch (error) {
    throw new Error(
      `the OneHall server did not start: ${(error as Error).message}\n${await started.logTail()}`,
    )
  }
  return { origin, process: started, dbFile }
}

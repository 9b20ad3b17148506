import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** How a server process ended, with everything it printed. */
export interface ServerExit {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface ServerOptions {
  /** Scenes folder (ONEHALL_SCENES), absolute or relative to the repository. @default the repository's scenes/ */
  scenesDir?: string
  /** Extra environment variables for the server; they win over the defaults set here. */
  env?: Record<string, string>
  /** Port to listen on. @default a free port */
  port?: number
  /** Copy the server's output to this process's stdout/stderr as it comes (also ONEHALL_E2E_SERVER_LOG=1). */
  echo?: boolean
}

/** A real OneHall server process (`node --import tsx src/server/main.ts`) with its own temporary database. */
export interface ServerProcess {
  /** Base URL, like http://127.0.0.1:40123 */
  url: string
  port: number
  /** The SQLite file (in a temporary folder removed when the process ends). */
  dbFile: string
  /** Settles when the process ends, however it ends. */
  exited: Promise<ServerExit>
  /** What the process printed so far. */
  output(): { stdout: string; stderr: string }
  /** Stops the process (SIGTERM, then SIGKILL after 10 s) and resolves with how it ended. */
  stop(): Promise<ServerExit>
}

/** Asks the OS for a port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Spawns a server without waiting for it: use it for a server expected to refuse to start (await
 * `exited`). For one that should run, use `startServer`.
 */
export async function launchServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort())
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onehall-e2e-'))
  const dbFile = path.join(dataDir, 'onehall.sqlite')
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ONEHALL_DB: dbFile,
    // Not 'production': the tests sign in as the demo clerks, which production refuses (unit-tested).
    NODE_ENV: 'test',
    ...(options.scenesDir ? { ONEHALL_SCENES: path.resolve(root, options.scenesDir) } : {}),
    ...options.env,
  }
  const echo = options.echo ?? process.env.ONEHALL_E2E_SERVER_LOG === '1'
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (echo) process.stdout.write(chunk)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    if (echo) process.stderr.write(chunk)
  })

  const exited = new Promise<ServerExit>((resolve) => {
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      rmSync(dataDir, { recursive: true, force: true })
      resolve({ code, signal, stdout, stderr })
    }
    child.once('error', (error) => {
      stderr += `\nCould not start the server process: ${error.message}\n`
      finish(null, null)
    })
    // 'close' (not 'exit') so the last output has been read.
    child.once('close', finish)
  })

  const stop = async (): Promise<ServerExit> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000)
      const result = await exited
      clearTimeout(forced)
      return result
    }
    return exited
  }

  return { url: `http://127.0.0.1:${port}`, port, dbFile, exited, stop, output: () => ({ stdout, stderr }) }
}

/** Thrown by `startServer` when the server ends or stays unhealthy instead of coming up. */
export class ServerStartError extends Error {
  readonly exit: ServerExit

  constructor(message: string, exit: ServerExit) {
    super(
      `${message}\n--- server stderr ---\n${exit.stderr.trim()}\n--- server stdout (end) ---\n${exit.stdout.slice(-4000).trim()}`,
    )
    this.name = 'ServerStartError'
    this.exit = exit
  }
}

/**
 * Starts a real server (production mode, temporary SQLite database, a free port) and resolves once
 * `GET /api/health` answers `{ status: 'ok' }`. Stop it with `stop()` (for example in `afterAll`).
 * @param options scenes folder, extra environment, port
 * @param timeoutMs how long to wait for health @default 30 s
 * @throws {ServerStartError} with the server's output when it exits or is not healthy in time
 */
export async function startServer(options: ServerOptions = {}, timeoutMs = 30_000): Promise<ServerProcess> {
  const server = await launchServer(options)
  let ended: ServerExit | undefined
  void server.exited.then((exit) => (ended = exit))
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (ended)
      throw new ServerStartError(`The server exited with code ${ended.code} before it was healthy.`, ended)
    try {
      const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      const body = (await response.json().catch(() => null)) as { status?: string } | null
      if (response.ok && body?.status === 'ok') return server
      lastProblem = `HTTP ${response.status} ${JSON.stringify(body)}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await sleep(200)
  }
  const exit = await server.stop()
  throw new ServerStartError(`The server was not healthy after ${timeoutMs} ms (last: ${lastProblem}).`, exit)
}

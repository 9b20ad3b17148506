import { spawn } from 'node:child_process'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDatabase } from './db/database'
import { listSceneVersions } from './db/scene-versions'
import { makeTempDir, removeTempDir, writeFixtureScenes } from './testing/fixture-scenes'

const MAIN = path.resolve('src/server/main.ts')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) removeTempDir(dir)
})
function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix)
  dirs.push(dir)
  return dir
}

type Run = { code: number | null; stdout: string; stderr: string }

/** Starts the real server entry point; `onStdout` may stop it by sending a signal. */
function runServer(
  env: Record<string, string>,
  onStdout?: (text: string, kill: () => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      onStdout?.(stdout, () => child.kill('SIGTERM'))
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** A copy of the real scenes (or the fixture hall while they do not exist yet) that a test may break. */
function copyOfScenes(): { scenesDir: string; hallId: string } {
  const scenesDir = tempDir('onehall-scenes-')
  if (existsSync('scenes/city-centre/hall.json')) {
    cpSync('scenes', scenesDir, { recursive: true })
    return { scenesDir, hallId: 'city-centre' }
  }
  removeTempDir(scenesDir)
  const fixture = writeFixtureScenes()
  dirs.push(fixture)
  return { scenesDir: fixture, hallId: 'test-hall' }
}

// Each case starts a real Node process (about 2-5 s on this machine), so allow for a busy CI runner.
describe('src/server/main.ts', { timeout: 60_000 }, () => {
  it('refuses to start on a broken scene file, naming the file, the path and the problem', async () => {
    const { scenesDir, hallId } = copyOfScenes()
    const file = path.join(scenesDir, hallId, 'hall.json')
    const layout = JSON.parse(readFileSync(file, 'utf8')) as { counters: { departmentId: string }[] }
    layout.counters[0]!.departmentId = 'no-such-department'
    writeFileSync(file, JSON.stringify(layout, null, 2))

    const run = await runServer({
      ONEHALL_SCENES: scenesDir,
      ONEHALL_DB: path.join(tempDir('onehall-db-'), 'x.sqlite'),
      PORT: '0',
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `${file} at counters[0].departmentId: Unknown department "no-such-department"`,
    )
    expect(run.stderr).toContain('Fix the scene files above and start again.')
    expect(run.stdout).not.toContain('OneHall is running')
  })

  it('refuses to start on a JSON syntax error, naming the line', async () => {
    const { scenesDir, hallId } = copyOfScenes()
    const file = path.join(scenesDir, hallId, 'hall.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"counters"\s*:\s*\[/, '"counters": [,'))

    const run = await runServer({
      ONEHALL_SCENES: scenesDir,
      ONEHALL_DB: path.join(tempDir('onehall-db-'), 'x.sqlite'),
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at counters\\[0\\] \\(line \\d+, column \\d+\\): JSON syntax error`,
      ),
    )
  })

  it('refuses to start on a bad environment variable', async () => {
    const run = await runServer({ PORT: 'eighty' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PORT="eighty": must be a number')
  })

  it('starts, records scene versions, serves the API and stops on SIGTERM', async () => {
    const scenesDir = writeFixtureScenes()
    dirs.push(scenesDir)
    const dbFile = path.join(tempDir('onehall-db-'), 'data', 'onehall.sqlite')
    let url: string | undefined
    let health: unknown
    const run = await runServer(
      { ONEHALL_SCENES: scenesDir, ONEHALL_DB: dbFile, PORT: '0' },
      (stdout, stop) => {
        const match = /OneHall is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)
        if (!match || url) return
        url = match[1]
        fetch(`${url}/api/health`)
          .then((res) => res.json())
          .then((body) => (health = body))
          .finally(stop)
      },
    )
    expect(run.stderr).toBe('')
    expect(url).toBeDefined()
    expect(health).toMatchObject({ status: 'ok', db: 'ok' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('"msg":"stopped"')

    const db = createDatabase({ kind: 'sqlite', file: dbFile })
    try {
      const versions = await listSceneVersions(db, 'test-hall')
      expect(versions).toHaveLength(1)
      expect(versions[0]?.content_hash).toMatch(/^[0-9a-f]{64}$/)
    } finally {
      await db.destroy()
    }
  })
})

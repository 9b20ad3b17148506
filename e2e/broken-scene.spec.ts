import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { launchServer, type ServerExit } from './support'

// No browser here: each test starts the real server on a broken copy of the scenes and reads how it
// refuses to start.

const scenesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../scenes')
const HALL = 'city-centre'

let copy: string
test.beforeEach(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'onehall-broken-scenes-'))
  cpSync(scenesDir, copy, { recursive: true })
})
test.afterEach(() => rmSync(copy, { recursive: true, force: true }))

const hallFile = () => path.join(copy, HALL, 'hall.json')
const serviceFile = () => {
  const dir = path.join(copy, HALL, 'services')
  const name = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()[0]
  if (!name) throw new Error(`no service files in ${dir}`)
  return path.join(dir, name)
}

/** Starts the server on the broken copy and waits for it to end (it must not keep running). */
async function refusedStart(): Promise<ServerExit> {
  const server = await launchServer({ scenesDir: copy })
  const exit = await Promise.race([
    server.exited,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000)),
  ])
  if (!exit) {
    const still = await server.stop()
    throw new Error(`The server kept running on broken scenes.\n${still.stdout}\n${still.stderr}`)
  }
  return exit
}

/** The stderr line that names the file, the path inside it and the problem, all three together. */
function expectProblemLine(exit: ServerExit, file: string, where: string, problem: RegExp) {
  expect(exit.code, `exit code; stderr:\n${exit.stderr}`).toBe(1)
  expect(exit.stderr).toContain('OneHall cannot start')
  const line = exit.stderr.split('\n').find((l) => l.includes(file) && l.includes(where))
  expect(line, `a line naming ${file} and ${where} in:\n${exit.stderr}`).toBeDefined()
  expect(line).toMatch(problem)
  // A person reads this: plain text, not a stack trace.
  expect(exit.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

test('a counter naming an unknown department stops the server at start', async () => {
  const hall = JSON.parse(readFileSync(hallFile(), 'utf8')) as { counters: { departmentId: string }[] }
  hall.counters[3]!.departmentId = 'no-such-department'
  writeFileSync(hallFile(), JSON.stringify(hall, null, 2))

  const exit = await refusedStart()
  expectProblemLine(exit, hallFile(), 'counters[3].departmentId', /unknown department.*no-such-department/i)
})

test('a scene file that is not valid JSON stops the server at start', async () => {
  const file = serviceFile()
  const text = readFileSync(file, 'utf8')
  // Drop the comma before "fee": a syntax error on the line of that key.
  const broken = text.replace(/,(\s*"fee")/, '$1')
  expect(broken).not.toBe(text)
  writeFileSync(file, broken)
  const line = broken.split('\n').findIndex((l) => l.includes('"fee"')) + 1

  const exit = await refusedStart()
  expectProblemLine(exit, file, `line ${line}`, /JSON/)
})

test('a service with a value of the wrong type stops the server at start', async () => {
  const file = serviceFile()
  const service = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  service.processingDays = 'five'
  writeFileSync(file, JSON.stringify(service, null, 2))

  const exit = await refusedStart()
  expectProblemLine(exit, file, 'processingDays', /number/i)
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Hall } from '../../shared/scene'
import { createDatabase } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { loadScenes } from '../scenes/load-scenes'
import { makeTempDir, removeTempDir } from '../testing/fixture-scenes'
import { DEMO_CLERK_PASSWORD, demoClerkSpecs, demoClerksRefused, seedDemoClerks } from './demo-clerks'
import { verifyPassword } from './password'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(removeTempDir))

async function freshDb() {
  const dir = makeTempDir('onehall-demo-clerks-')
  dirs.push(dir)
  const db = createDatabase({ kind: 'sqlite', file: path.join(dir, 'db.sqlite') })
  await migrateToLatest(db)
  return db
}

describe('demo clerks', () => {
  it('one per department of city-centre at its first counter, plus a supervisor with every department', () => {
    const hall = JSON.parse(readFileSync('scenes/city-centre/hall.json', 'utf8')) as Hall
    const specs = demoClerkSpecs(hall)
    expect(specs).toHaveLength(hall.departments.length + 1)
    const social = specs.find((s) => s.username === 'clerk-social-security')
    expect(social).toMatchObject({
      departments: ['social-security'],
      counterId: 'counter-01',
      isSupervisor: false,
    })
    expect(specs.find((s) => s.username === 'clerk-taxation')?.counterId).toBe('counter-07')
    const supervisor = specs.find((s) => s.username === 'supervisor')
    expect(supervisor?.isSupervisor).toBe(true)
    expect(supervisor?.departments).toEqual(hall.departments.map((d) => d.id))
    expect(supervisor?.counterId).toBe('counter-05') // the first one-stop window
  })

  it('seeds them once in demo mode with salted hashes of the demo password, and never in production', async () => {
    const scenes = await loadScenes(path.resolve('scenes'))
    const prod = await freshDb()
    expect(await seedDemoClerks(prod, scenes, { nodeEnv: 'production' })).toBe(0)
    expect(await prod.selectFrom('clerks').selectAll().execute()).toEqual([])
    await prod.destroy()

    const db = await freshDb()
    const added = await seedDemoClerks(db, scenes, { nodeEnv: 'development' })
    expect(added).toBe(13)
    const rows = await db.selectFrom('clerks').selectAll().orderBy('username').execute()
    expect(rows).toHaveLength(13)
    expect(rows.every((r) => r.is_demo === 1 && r.state === 'away')).toBe(true)
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(13)
    expect(await verifyPassword(DEMO_CLERK_PASSWORD, rows[0]!.password_hash)).toBe(true)
    expect(await seedDemoClerks(db, scenes, { nodeEnv: 'development' })).toBe(0)
    await db.destroy()
  })

  it('the README lists every demo clerk with its counter', () => {
    const hall = JSON.parse(readFileSync('scenes/city-centre/hall.json', 'utf8')) as Hall
    const readme = readFileSync('README.md', 'utf8')
    for (const spec of demoClerkSpecs(hall)) {
      const number = hall.counters.find((c) => c.id === spec.counterId)?.number
      expect(readme).toMatch(new RegExp(`\\| \`${spec.username}\`\\s+\\|[^|]+\\| ${number}\\s+\\|`))
    }
  })

  it('refuses demo accounts only in production', () => {
    expect(demoClerksRefused('production')).toBe(true)
    expect(demoClerksRefused('development')).toBe(false)
    expect(demoClerksRefused('test')).toBe(false)
    expect(demoClerksRefused(undefined)).toBe(false)
  })
})

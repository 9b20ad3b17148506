import { readdirSync, readFileSync } from 'node:fs'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { migrations } from '../db/migrations'
import { readRecords } from './read-records'
import { isHeldRegister, REGISTER_FIELDS } from './registers'
import { seedDemoRecords } from './seed'

let db: Kysely<Database>
beforeEach(async () => {
  db = createDatabase({ kind: 'sqlite', file: ':memory:' })
  await migrateToLatest(db)
  await seedDemoRecords(db)
})
afterEach(async () => db.destroy())

const read = (citizenId: string, registers: Parameters<typeof readRecords>[1]['registers']) =>
  readRecords(db, { citizenId, registers, actor: { kind: 'clerk', name: 'Clerk 07' }, purpose: 'test' })

describe('the registers migration 005 added, read through readRecords', () => {
  it('household: registered in this city (Beijing) or not, as a yes/no', async () => {
    expect((await read('demo-01', ['household'])).household).toMatchObject({ registeredInCity: true })
    // demo-02 belongs to demo-01's household, registered in Beijing.
    expect((await read('demo-02', ['household'])).household).toMatchObject({ registeredInCity: true })
    expect((await read('demo-04', ['household'])).household).toMatchObject({ registeredInCity: false })
    expect((await read('demo-07', ['household'])).household).toMatchObject({ registeredInCity: false })
  })

  it('housing fund bank card, social security retirement date', async () => {
    const wang = await read('demo-01', ['housing-fund', 'social-security'])
    expect(wang['housing-fund']).toMatchObject({ bankCardNumber: '6217000010001234567' })
    expect(wang['social-security']).toMatchObject({ retirementDate: null })
    const zhou = await read('demo-03', ['social-security'])
    expect(zhou['social-security']).toMatchObject({ retirementDate: '2003-03-01' })
  })

  it('education and real estate, each read logged; no entry is null and still logged', async () => {
    const gulnar = await read('demo-07', ['education', 'real-estate'])
    expect(gulnar.education).toMatchObject({
      'school.name': '北京示例大学',
      studentNumber: '2023310107',
      expectedGraduation: '2027-07-01',
    })
    expect(gulnar['real-estate']).toBeNull()
    const wang = await read('demo-01', ['real-estate'])
    expect(wang['real-estate']).toMatchObject({
      'property.certificateNumber': '京(2011)朝阳区不动产权第0012345号',
      'property.address': { province: '北京市', district: '朝阳区', detail: '样例路88号3单元502室' },
      'property.floorArea': 89.36,
    })
    const log = await db.selectFrom('access_log').select(['citizen_id', 'register']).orderBy('id').execute()
    expect(log).toEqual([
      { citizen_id: 'demo-07', register: 'education' },
      { citizen_id: 'demo-07', register: 'real-estate' },
      { citizen_id: 'demo-01', register: 'real-estate' },
    ])
  })
})

describe('seeding the newer registers', () => {
  it('fills a database seeded before migration 005 once, then changes nothing', async () => {
    // As a database seeded before 005 looks after the migration: new columns empty, new tables empty.
    await db.updateTable('household_register').set({ registered_in_city: null }).execute()
    await db.updateTable('housing_fund_register').set({ bank_card_number: null }).execute()
    await db.updateTable('social_security_register').set({ retirement_date: null }).execute()
    await db.deleteFrom('education_register').execute()
    await db.deleteFrom('real_estate_register').execute()
    expect((await read('demo-03', ['household'])).household).toMatchObject({ registeredInCity: null })

    expect(await seedDemoRecords(db)).toBe(true)
    expect((await read('demo-03', ['household', 'social-security'])).household).toMatchObject({
      registeredInCity: true,
    })
    expect((await read('demo-07', ['education'])).education).toMatchObject({ 'school.name': '北京示例大学' })
    expect(await db.selectFrom('real_estate_register').select('citizen_id').execute()).toHaveLength(2)

    expect(await seedDemoRecords(db)).toBe(false)
    expect(await db.selectFrom('real_estate_register').select('citizen_id').execute()).toHaveLength(2)
  })

  it('migration 005 undoes to the 004 shape and applies again', async () => {
    const { Migrator } = await import('kysely')
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    expect((await migrator.migrateTo('004-queue-clerks-calls')).error).toBeUndefined()
    const tables = await db.introspection.getTables()
    expect(tables.map((t) => t.name)).not.toContain('education_register')
    expect(tables.map((t) => t.name)).not.toContain('real_estate_register')
    const household = tables.find((t) => t.name === 'household_register')
    expect(household?.columns.map((c) => c.name)).not.toContain('registered_in_city')
    // The rows seeded before are kept.
    expect(await db.selectFrom('citizens').select('id').execute()).toHaveLength(7)
    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    expect(await seedDemoRecords(db)).toBe(true)
    expect((await read('demo-01', ['household'])).household).toMatchObject({ registeredInCity: true })
  })
})

describe('every register field a scene flow pre-fills from exists', () => {
  it('is a field of a held register', () => {
    const scenes = new URL('../../../scenes/', import.meta.url)
    const missing: string[] = []
    let count = 0
    for (const hall of readdirSync(scenes, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = new URL(`${hall.name}/services/`, scenes)
      let files: string[] = []
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.json'))
      } catch {
        continue // a generated hall has no service files
      }
      for (const file of files) {
        const service = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
          flow?: { pages: { fields: { id: string; prefill?: { register: string; field: string } }[] }[] }
        }
        for (const field of service.flow?.pages.flatMap((p) => p.fields) ?? []) {
          if (!field.prefill) continue
          count++
          const { register, field: name } = field.prefill
          const known = isHeldRegister(register) && name in REGISTER_FIELDS[register]({})
          if (!known) missing.push(`${hall.name}/${file} ${field.id}: ${register}.${name}`)
        }
      }
    }
    expect(count).toBeGreaterThan(30)
    expect(missing).toEqual([])
  })
})

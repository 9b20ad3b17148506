import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql, type Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkResidentId } from '../../shared/validation'
import { createDatabase, type Database } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { DEMO_PEOPLE } from './demo-people'
import { readRecords } from './read-records'
import { seedDemoRecords } from './seed'

let db: Kysely<Database>
beforeEach(async () => {
  db = createDatabase({ kind: 'sqlite', file: ':memory:' })
  await migrateToLatest(db)
  await seedDemoRecords(db)
})
afterEach(async () => db.destroy())

const request = {
  citizenId: 'demo-04',
  actor: { kind: 'clerk' as const, name: 'Clerk 07' },
  purpose: 'checking a marriage application',
}

describe('readRecords', () => {
  it('returns the registers asked for and logs one row per register read', async () => {
    const records = await readRecords(db, { ...request, registers: ['population', 'civil-affairs', 'tax'] })
    expect(records.population).toMatchObject({ name: '赵晨阳', sex: 'male', birthDate: '1992-07-30' })
    expect(records['civil-affairs']).toMatchObject({ married: true, 'spouse.name': '刘思远' })
    expect(records.tax).toBeNull()
    const log = await db.selectFrom('access_log').selectAll().orderBy('id').execute()
    expect(log.map((r) => [r.citizen_id, r.register, r.actor_kind, r.actor_name, r.purpose])).toEqual([
      ['demo-04', 'population', 'clerk', 'Clerk 07', 'checking a marriage application'],
      ['demo-04', 'civil-affairs', 'clerk', 'Clerk 07', 'checking a marriage application'],
    ])
  })

  it('a register with no entry for the citizen is still a logged lookup', async () => {
    const records = await readRecords(db, { ...request, citizenId: 'demo-07', registers: ['housing-fund'] })
    expect(records['housing-fund']).toBeNull()
    expect(await db.selectFrom('access_log').select('register').execute()).toEqual([
      { register: 'housing-fund' },
    ])
  })

  it('when the log cannot be written, the read fails and returns nothing', async () => {
    await sql`create trigger refuse_log before insert on access_log begin select raise(abort, 'log down'); end`.execute(
      db,
    )
    await expect(readRecords(db, { ...request, registers: ['population'] })).rejects.toThrow(/log down/)
    expect(await db.selectFrom('access_log').selectAll().execute()).toEqual([])
  })

  it('a failure on the second register rolls back the first register’s log row', async () => {
    await sql`create trigger refuse_second before insert on access_log when new.register = 'household' begin select raise(abort, 'no'); end`.execute(
      db,
    )
    await expect(readRecords(db, { ...request, registers: ['population', 'household'] })).rejects.toThrow()
    expect(await db.selectFrom('access_log').selectAll().execute()).toEqual([])
  })
})

describe('register data is read only through readRecords', () => {
  it('no other server source file queries a register table', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(full)
      }
    }
    walk(root)
    const readers = files.filter((file) =>
      /selectFrom\(\s*['"`]?\w*_register|REGISTER_TABLES\[/.test(readFileSync(file, 'utf8')),
    )
    expect(readers.map((f) => path.relative(root, f))).toEqual([path.join('records', 'read-records.ts')])
  })
})

describe('seed', () => {
  it('seeds once, with valid GB 11643 numbers and consistent households and marriages', async () => {
    expect(await seedDemoRecords(db)).toBe(false)
    const people = await db.selectFrom('population_register').selectAll().execute()
    expect(people.length).toBe(DEMO_PEOPLE.length)
    for (const p of people) {
      const id = checkResidentId(p.id_number, '2026-11-30')
      expect(id.ok && id.value.birthDate === p.birth_date && id.value.sex === p.sex, p.id_number).toBe(true)
    }
    const households = await db.selectFrom('household_register').selectAll().execute()
    const spouse = households.find((h) => h.citizen_id === 'demo-05')
    expect(spouse).toMatchObject({
      household_number: 'H310104-012009',
      head_name: '赵晨阳',
      relation_to_head: '配偶',
    })
    const marriage = await db
      .selectFrom('civil_affairs_register')
      .selectAll()
      .where('citizen_id', '=', 'demo-01')
      .executeTakeFirstOrThrow()
    expect(marriage.spouse_id_number).toBe(people.find((p) => p.citizen_id === 'demo-02')?.id_number)
  })
})

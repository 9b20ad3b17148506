import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { measureSqliteInserts, resumeCodeOf, submissionRecord } from './sqlite-inserts'

const target = {
  serviceId: 'marriage-registration',
  hallId: 'city-centre',
  departmentId: 'civil-affairs',
  letter: 'J',
}
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('submissionRecord', () => {
  it('writes an application and its first history entry under the same reference', () => {
    const at = new Date('2026-11-30T02:00:00Z')
    const record = submissionRecord(6, target, '{"a":1}', at)
    expect(record.application[0]).toBe('J-20261130-0007')
    expect(record.application.slice(2, 9)).toEqual([
      'marriage-registration',
      'city-centre',
      'civil-affairs',
      null,
      '{"a":1}',
      'zh',
      'submitted',
    ])
    expect(record.history.slice(0, 3)).toEqual(['J-20261130-0007', at.toISOString(), 'submitted'])
  })
})

describe('resumeCodeOf', () => {
  it('gives distinct 8-character codes without ambiguous characters', () => {
    const codes = new Set(Array.from({ length: 5000 }, (_, i) => resumeCodeOf(i)))
    expect(codes.size).toBe(5000)
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
  })
})

describe('measureSqliteInserts', () => {
  it('stores one application and one history row per submission', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sqlite-inserts-test-'))
    dirs.push(dir)
    const file = path.join(dir, 'b.sqlite')
    const result = measureSqliteInserts(file, 50, target, (i) => JSON.stringify({ i }))
    expect(result.rows).toBeGreaterThan(0)
    expect(result.rowsPerSecond).toBeGreaterThan(0)
    const db = new SQLite(file, { readonly: true })
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(count('applications')).toBe(result.rows)
    expect(count('application_status_history')).toBe(result.rows)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })
})

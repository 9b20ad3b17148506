import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { makeTempDir, removeTempDir } from '../testing/fixture-scenes'
import { purgeExpiredDrafts } from './attachments'
import { sniffMediaType } from './magic-bytes'
import { formatResumeCode, newResumeCode, parseResumeCode } from './resume-code'
import { addWorkingDays } from './working-days'
import { FILES } from './testing/citizen-requests'

describe('resume codes', () => {
  it('are 8 unambiguous characters, shown with a hyphen and read back forgivingly', () => {
    const codes = new Set(Array.from({ length: 200 }, newResumeCode))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
    expect(formatResumeCode('K7QM3XPD')).toBe('K7QM-3XPD')
    expect(parseResumeCode(' k7qm-3xpd ')).toBe('K7QM3XPD')
    expect(parseResumeCode('K7QM-3XP0')).toBeNull()
    expect(parseResumeCode('K7QM')).toBeNull()
  })
})

describe('magic bytes', () => {
  it('recognise PDF, PNG and JPEG and nothing else', () => {
    expect(sniffMediaType(FILES.pdf)).toBe('application/pdf')
    expect(sniffMediaType(FILES.png)).toBe('image/png')
    expect(sniffMediaType(FILES.jpeg)).toBe('image/jpeg')
    expect(sniffMediaType(Buffer.from('GIF89a'))).toBeNull()
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull()
  })
})

describe('working days', () => {
  it('skip Saturdays and Sundays', () => {
    expect(addWorkingDays('2026-11-30', 0)).toBe('2026-11-30')
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30') // Friday -> Monday
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30') // Saturday -> Monday
    expect(addWorkingDays('2026-11-30', 10)).toBe('2026-12-14')
  })
})

describe('purge', () => {
  it('deletes drafts expired past the grace period with their files, keeps the rest', async () => {
    const dir = makeTempDir()
    const db = createDatabase({ kind: 'sqlite', file: ':memory:' })
    try {
      await migrateToLatest(db)
      const draft = (code: string, expires: string, submitted: string | null = null) => ({
        resume_code: code,
        service_id: 's',
        hall_id: 'h',
        citizen_id: null,
        answers: '{}',
        page_id: null,
        created_at: expires,
        updated_at: expires,
        expires_at: expires,
        submitted_at: submitted,
      })
      await db
        .insertInto('drafts')
        .values([
          draft('OLDDRAFT', '2026-01-01T00:00:00.000Z'),
          draft('RECENTXP', '2026-11-28T00:00:00.000Z'),
          draft('SUBMITTD', '2026-01-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z'),
        ])
        .execute()
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, 'f1'), 'x')
      await db
        .insertInto('attachments')
        .values({
          id: 'a1',
          resume_code: 'OLDDRAFT',
          document_id: 'd',
          name: 'n.pdf',
          size: 1,
          media_type: 'application/pdf',
          storage_name: 'f1',
          created_at: '2026-01-01T00:00:00.000Z',
        })
        .execute()
      expect(await purgeExpiredDrafts(db, dir, new Date('2026-11-30T00:00:00Z'))).toBe(1)
      const left = await db.selectFrom('drafts').select('resume_code').orderBy('resume_code').execute()
      expect(left.map((d) => d.resume_code)).toEqual(['RECENTXP', 'SUBMITTD'])
      expect(existsSync(path.join(dir, 'f1'))).toBe(false)
    } finally {
      await db.destroy()
      removeTempDir(dir)
    }
  })
})

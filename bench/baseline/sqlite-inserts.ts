import { performance } from 'node:perf_hooks'
import SQLite from 'better-sqlite3'
import { SUBMITTED_NOTE } from '../../src/server/applications/submit'

/**
 * Pragmas the OneHall server sets on its SQLite file (src/server/db/database.ts). The baseline uses
 * the same ones, so it differs from a submission only by what the server adds on top.
 */
export const SERVER_PRAGMAS = ['journal_mode = WAL', 'foreign_keys = ON', 'busy_timeout = 5000'] as const

/**
 * The two tables a submission writes its record to, as migration 003 creates them (same columns,
 * keys, unique draft column and indexes); without the foreign keys to drafts and citizens, whose
 * rows the baseline does not have.
 */
const SCHEMA = `
CREATE TABLE applications (
  reference varchar(32) PRIMARY KEY,
  resume_code varchar(8) NOT NULL UNIQUE,
  service_id varchar(64) NOT NULL,
  hall_id varchar(64) NOT NULL,
  department_id varchar(64) NOT NULL,
  citizen_id varchar(32),
  answers text NOT NULL,
  language varchar(8) NOT NULL,
  status varchar(32) NOT NULL,
  submitted_at varchar(32) NOT NULL,
  expected_by varchar(10) NOT NULL
);
CREATE INDEX applications_citizen ON applications (citizen_id);
CREATE TABLE application_status_history (
  id integer PRIMARY KEY AUTOINCREMENT,
  reference varchar(32) NOT NULL REFERENCES applications (reference) ON DELETE CASCADE,
  at varchar(32) NOT NULL,
  status varchar(32) NOT NULL,
  note_zh varchar(500) NOT NULL,
  note_en varchar(500) NOT NULL
);
CREATE INDEX application_status_history_reference ON application_status_history (reference);
`

/** What the baseline writes per submission besides the answers. */
export interface SubmissionTarget {
  serviceId: string
  hallId: string
  departmentId: string
  /** The department's reference letter (`J` in `J-20261130-0007`). */
  letter: string
}

/** The application row and its first history row, as a submission stores them. */
export interface SubmissionRecord {
  application: [string, string, string, string, string, null, string, string, string, string, string]
  history: [string, string, string, string, string]
}

const RESUME_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** An 8-character resume code from a number, in the server's alphabet (no 0/O, 1/I). */
export function resumeCodeOf(i: number): string {
  let code = ''
  let n = Math.abs(Math.trunc(i))
  for (let k = 0; k < 8; k++) {
    code = (RESUME_ALPHABET[n % RESUME_ALPHABET.length] ?? '2') + code
    n = Math.floor(n / RESUME_ALPHABET.length)
  }
  return code
}

/**
 * The i-th submission's rows: reference `<letter>-<date>-<sequence>`, the answers JSON, status `submitted`,
 * the server's first history note.
 */
export function submissionRecord(
  i: number,
  target: SubmissionTarget,
  answersJson: string,
  at: Date,
): SubmissionRecord {
  const submittedAt = at.toISOString()
  const date = submittedAt.slice(0, 10)
  const reference = `${target.letter}-${date.replaceAll('-', '')}-${String(i + 1).padStart(4, '0')}`
  return {
    application: [
      reference,
      resumeCodeOf(i),
      target.serviceId,
      target.hallId,
      target.departmentId,
      null,
      answersJson,
      'zh',
      'submitted',
      submittedAt,
      date,
    ],
    history: [reference, submittedAt, 'submitted', SUBMITTED_NOTE.zh, SUBMITTED_NOTE.en],
  }
}

/**
 * Writes submissions the way the physical limit would: for each, one transaction inserting the
 * application row and its history row with prepared statements, for `durationMs` (checked every 20
 * submissions); returns submissions per second. The file is created fresh by the caller.
 * @param answersJson the answers JSON of the i-th submission, as the server stores it
 */
export function measureSqliteInserts(
  file: string,
  durationMs: number,
  target: SubmissionTarget,
  answersJson: (i: number) => string,
): { rowsPerSecond: number; rows: number } {
  const db = new SQLite(file, { timeout: 5000 })
  try {
    for (const pragma of SERVER_PRAGMAS) db.pragma(pragma)
    db.exec(SCHEMA)
    const insertApplication = db.prepare('INSERT INTO applications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    const insertHistory = db.prepare(
      'INSERT INTO application_status_history (reference, at, status, note_zh, note_en) VALUES (?, ?, ?, ?, ?)',
    )
    const submit = db.transaction((record: SubmissionRecord) => {
      insertApplication.run(...record.application)
      insertHistory.run(...record.history)
    })
    const start = performance.now()
    let rows = 0
    let elapsed = 0
    while (elapsed < durationMs) {
      for (let k = 0; k < 20; k++, rows++)
        submit(submissionRecord(rows, target, answersJson(rows), new Date()))
      elapsed = performance.now() - start
    }
    return { rowsPerSecond: (rows * 1000) / elapsed, rows }
  } finally {
    db.close()
  }
}

import { performance } from 'node:perf_hooks'
import SQLite from 'better-sqlite3'

/**
 * Pragmas the OneHall server sets on its SQLite file (src/server/db/database.ts). The baseline uses
 * the same ones, so it differs from a submission only by what the server adds on top.
 */
export const SERVER_PRAGMAS = ['journal_mode = WAL', 'foreign_keys = ON', 'busy_timeout = 5000'] as const

/** A form submission as a row: a reference, who, which service, and the answers as JSON. */
export function formRow(i: number): [string, string, string, string, string, string] {
  const answers = {
    applicant: { name: `测试申请人 ${i}`, idNumber: `11010119800101${String(i % 10000).padStart(4, '0')}` },
    phone: '13800138000',
    address: { province: '北京市', city: '北京市', district: '东城区', street: `示例路 ${i} 号` },
    household: { members: 3, relation: 'self' },
    documents: ['id-card', 'household-register', 'photo'],
    declaration: true,
  }
  return [
    `APP-${String(i).padStart(8, '0')}`,
    'social-security.enrolment',
    `citizen-${i % 5000}`,
    'submitted',
    JSON.stringify(answers),
    new Date(1_780_000_000_000 + i * 1000).toISOString(),
  ]
}

/**
 * Inserts form-like rows one statement (one transaction) at a time, as separate HTTP submissions
 * would, for `durationMs`; returns rows per second. The file is created fresh by the caller.
 */
export function measureSqliteInserts(
  file: string,
  durationMs: number,
): { rowsPerSecond: number; rows: number } {
  const db = new SQLite(file)
  try {
    for (const pragma of SERVER_PRAGMAS) db.pragma(pragma)
    db.exec(`CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      service_id TEXT NOT NULL,
      citizen_id TEXT NOT NULL,
      status TEXT NOT NULL,
      answers TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`)
    const insert = db.prepare('INSERT INTO applications VALUES (?, ?, ?, ?, ?, ?)')
    const start = performance.now()
    let rows = 0
    let elapsed = 0
    while (elapsed < durationMs) {
      for (let k = 0; k < 20; k++) insert.run(...formRow(rows++))
      elapsed = performance.now() - start
    }
    return { rowsPerSecond: (rows * 1000) / elapsed, rows }
  } finally {
    db.close()
  }
}

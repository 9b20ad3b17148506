/**
 * Whether a database error is a unique-constraint violation (SQLite's SQLITE_CONSTRAINT_UNIQUE or
 * PostgreSQL's 23505): the sign that a racing request got there first.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505'
}

import type { Kysely } from 'kysely'
import type { Database } from '../db/database'

/** Clerk states that count as on duty: signed in and not away. */
export const ON_DUTY_STATES = ['available', 'busy', 'wrap-up'] as const

function readDepartments(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text)
    return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string') : []
  } catch {
    return []
  }
}

/**
 * How many clerks of the hall are on duty for each department (a clerk with several departments counts
 * for each). Departments nobody serves right now are absent from the map.
 */
export async function clerksOnDuty(db: Kysely<Database>, hallId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('clerks')
    .select('departments')
    .where('hall_id', '=', hallId)
    .where('state', 'in', ON_DUTY_STATES)
    .execute()
  const counts = new Map<string, number>()
  for (const row of rows)
    for (const department of new Set(readDepartments(row.departments)))
      counts.set(department, (counts.get(department) ?? 0) + 1)
  return counts
}

/** How many clerks are on duty for one department of a hall. */
export async function clerksOnDutyFor(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
): Promise<number> {
  return (await clerksOnDuty(db, hallId)).get(departmentId) ?? 0
}

import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Hall, LocalizedText } from '../../shared/scene'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import { hashPassword } from './password'

/** The password of every demo clerk (published in the README: these accounts are for trying OneHall). */
export const DEMO_CLERK_PASSWORD = 'onehall-demo'
/** The hall whose departments get one demo clerk each. */
export const DEMO_HALL_ID = 'city-centre'

/** One demo clerk account, before its password is hashed. */
export type DemoClerkSpec = {
  username: string
  displayName: LocalizedText
  hallId: string
  departments: string[]
  counterId: string
  isSupervisor: boolean
}

/**
 * Demo accounts are for trying OneHall out: with `NODE_ENV=production` they are neither seeded nor
 * accepted at sign-in (nor are their existing sessions), since their password is public.
 */
export function demoClerksRefused(nodeEnv: string | undefined = process.env.NODE_ENV): boolean {
  return nodeEnv === 'production'
}

/**
 * The demo clerks of a hall: `clerk-<department-id>` at the first counter of each department that has
 * one, and `supervisor`, who has every department's skills and sits at the first one-stop window
 * (or the hall's first counter).
 */
export function demoClerkSpecs(hall: Pick<Hall, 'id' | 'departments' | 'counters'>): DemoClerkSpec[] {
  const specs: DemoClerkSpec[] = []
  for (const department of hall.departments) {
    const counter = hall.counters.find((c) => c.departmentId === department.id)
    if (!counter) continue
    specs.push({
      username: `clerk-${department.id}`,
      displayName: { zh: `${department.name.zh}窗口工作人员`, en: `${department.name.en} clerk` },
      hallId: hall.id,
      departments: [department.id],
      counterId: counter.id,
      isSupervisor: false,
    })
  }
  const supervisorCounter = hall.counters.find((c) => c.oneStop) ?? hall.counters[0]
  if (supervisorCounter)
    specs.push({
      username: 'supervisor',
      displayName: { zh: '值班主管', en: 'Duty supervisor' },
      hallId: hall.id,
      departments: hall.departments.map((d) => d.id),
      counterId: supervisorCounter.id,
      isSupervisor: true,
    })
  return specs
}

/**
 * Demo mode: adds the demo clerks of `hallId` that do not exist yet (by username), each with its own
 * salted hash of {@link DEMO_CLERK_PASSWORD}, in state `away`. Does nothing when demo accounts are
 * refused (production) or the hall is not loaded.
 * @returns how many accounts were added
 */
export async function seedDemoClerks(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  options: { hallId?: string; nodeEnv?: string; now?: Date } = {},
): Promise<number> {
  if (demoClerksRefused(options.nodeEnv ?? process.env.NODE_ENV)) return 0
  const hall = scenes.halls.get(options.hallId ?? DEMO_HALL_ID)
  if (!hall) return 0
  const existing = new Set(
    (await db.selectFrom('clerks').select('username').execute()).map((row) => row.username),
  )
  const missing = demoClerkSpecs(hall).filter((spec) => !existing.has(spec.username))
  if (missing.length === 0) return 0
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_CLERK_PASSWORD)))
  const now = options.now ?? new Date()
  await db
    .insertInto('clerks')
    .values(
      missing.map((spec, i) => ({
        id: randomBytes(12).toString('base64url'),
        username: spec.username,
        display_name_zh: spec.displayName.zh,
        display_name_en: spec.displayName.en,
        password_hash: hashes[i] ?? '',
        hall_id: spec.hallId,
        departments: JSON.stringify(spec.departments),
        counter_id: spec.counterId,
        is_supervisor: spec.isSupervisor ? 1 : 0,
        is_demo: 1,
        state: 'away',
        state_since: now.getTime(),
        created_at: now.toISOString(),
      })),
    )
    // Two servers starting on one database at once: the second one's rows simply lose.
    .onConflict((oc) => oc.column('username').doNothing())
    .execute()
  return missing.length
}

import type { Kysely, Selectable } from 'kysely'
import type { Language } from '../../shared/scene'
import { citizenError } from '../applications/api-errors'
import type { Database } from '../db/database'
import { SLOT_LISTING_DAYS, daySlots, nextWorkingDays, slotStartMs } from './appointment-slots'
import { newQueueId } from './ids'
import type { AppointmentsTable } from './tables'
import { isUniqueViolation } from './unique-violation'

/** Statuses of a booking that still holds its slot. */
const HOLDING = ['booked'] as const

/** An appointment as the API shows it. */
export type AppointmentView = {
  id: string
  hallId: string
  departmentId: string
  serviceId: string | null
  slotStart: string
  name: string
  phone: string
  status: string
  createdAt: number
}

export function appointmentView(row: Selectable<AppointmentsTable>): AppointmentView {
  return {
    id: row.id,
    hallId: row.hall_id,
    departmentId: row.department_id,
    serviceId: row.service_id,
    slotStart: row.slot_start,
    name: row.name,
    phone: row.phone,
    status: row.status,
    createdAt: Number(row.created_at),
  }
}

/**
 * The slots of a department on the next working days from `from`: each slot start and whether it can
 * still be booked (not taken, not begun).
 */
export async function listSlots(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  from: string,
  now: number = Date.now(),
): Promise<{ start: string; available: boolean }[]> {
  const starts = nextWorkingDays(from, SLOT_LISTING_DAYS).flatMap(daySlots)
  const taken = await db
    .selectFrom('appointments')
    .select('slot_start')
    .where('hall_id', '=', hallId)
    .where('department_id', '=', departmentId)
    .where('slot_start', 'in', starts)
    .execute()
  const takenSet = new Set(taken.map((r) => r.slot_start))
  return starts.map((start) => ({
    start,
    available: !takenSet.has(start) && (slotStartMs(start) ?? 0) > now,
  }))
}

/**
 * Books a checked slot (status `booked`). The unique (hall, department, slot) constraint settles a race
 * between two citizens: the second gets 409 `slot_taken`, as does anyone after.
 */
export async function bookAppointment(
  db: Kysely<Database>,
  input: {
    hallId: string
    departmentId: string
    serviceId: string | null
    slotStart: string
    name: string
    phone: string
    citizenId: string | null
    language: Language
  },
  now: number = Date.now(),
): Promise<AppointmentView> {
  const row: Selectable<AppointmentsTable> = {
    id: newQueueId(),
    hall_id: input.hallId,
    department_id: input.departmentId,
    service_id: input.serviceId,
    slot_start: input.slotStart,
    name: input.name,
    phone: input.phone,
    citizen_id: input.citizenId,
    language: input.language,
    status: HOLDING[0],
    created_at: now,
  }
  try {
    await db.insertInto('appointments').values(row).execute()
  } catch (error) {
    if (isUniqueViolation(error)) throw citizenError(input.language, 409, 'slot_taken')
    throw error
  }
  return appointmentView(row)
}

/** The booked appointments of some departments of a hall from `fromSlot` on, in time order (for clerks). */
export async function listUpcomingAppointments(
  db: Kysely<Database>,
  hallId: string,
  departmentIds: readonly string[],
  fromSlot: string,
): Promise<AppointmentView[]> {
  if (departmentIds.length === 0) return []
  const rows = await db
    .selectFrom('appointments')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('department_id', 'in', departmentIds)
    .where('status', 'in', HOLDING)
    .where('slot_start', '>=', fromSlot)
    .orderBy('slot_start')
    .execute()
  return rows.map(appointmentView)
}

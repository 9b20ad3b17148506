import type { Kysely } from 'kysely'
import { todayInChina } from '../../shared/validation'
import type { ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'
import { readDepartmentQueue } from '../queue/board'

/** Statuses after which a callback, appointment or follow-up no longer needs anyone. */
const FINISHED = ['done', 'closed', 'cancelled']

/**
 * What a clerk's console lists: the waiting tickets of each of their departments in call order (the
 * queue module's `queue.update` lists, the order "call next" takes them), and the open callback requests and coming appointments of those
 * departments.
 */
export async function readClerkQueue(db: Kysely<Database>, clerk: ClerkPrincipal, now: Date = new Date()) {
  const departments = clerk.departments
  if (departments.length === 0) return { departments: [], callbacks: [], appointments: [] }
  const queues = await Promise.all(
    departments.map((departmentId) => readDepartmentQueue(db, clerk.hallId, departmentId)),
  )
  const callbacks = await db
    .selectFrom('callbacks')
    .select([
      'id',
      'department_id',
      'service_id',
      'name',
      'phone',
      'preferred_day',
      'preferred_part',
      'language',
      'status',
      'created_at',
    ])
    .where('hall_id', '=', clerk.hallId)
    .where('department_id', 'in', departments)
    .where('status', 'not in', FINISHED)
    .orderBy('preferred_day')
    .orderBy('created_at')
    .execute()
  const appointments = await db
    .selectFrom('appointments')
    .select(['id', 'department_id', 'service_id', 'slot_start', 'name', 'phone', 'language', 'status'])
    .where('hall_id', '=', clerk.hallId)
    .where('department_id', 'in', departments)
    .where('status', 'not in', FINISHED)
    .where('slot_start', '>=', todayInChina(now))
    .orderBy('slot_start')
    .execute()
  return {
    departments: queues.map((q) => ({ departmentId: q.departmentId, waiting: q.waiting })),
    callbacks: callbacks.map((c) => ({
      id: c.id,
      departmentId: c.department_id,
      serviceId: c.service_id,
      name: c.name,
      phone: c.phone,
      preferredDay: c.preferred_day,
      preferredPart: c.preferred_part,
      language: c.language,
      status: c.status,
      createdAt: Number(c.created_at),
    })),
    appointments: appointments.map((a) => ({
      id: a.id,
      departmentId: a.department_id,
      serviceId: a.service_id,
      slotStart: a.slot_start,
      name: a.name,
      phone: a.phone,
      language: a.language,
      status: a.status,
    })),
  }
}

/** Open follow-up cases (from bad ratings) of a hall, soonest due first, for supervisors. */
export async function readFollowUps(db: Kysely<Database>, hallId: string) {
  const rows = await db
    .selectFrom('follow_ups')
    .innerJoin('tickets', 'tickets.id', 'follow_ups.ticket_id')
    .innerJoin('ratings', 'ratings.id', 'follow_ups.rating_id')
    .select([
      'follow_ups.id',
      'follow_ups.department_id',
      'follow_ups.status',
      'follow_ups.due_date',
      'follow_ups.notes',
      'follow_ups.created_at',
      'tickets.id as ticket_id',
      'tickets.number',
      'tickets.clerk_id',
      'ratings.level',
      'ratings.comment',
    ])
    .where('follow_ups.hall_id', '=', hallId)
    .where('follow_ups.status', 'not in', FINISHED)
    .orderBy('follow_ups.due_date')
    .orderBy('follow_ups.created_at')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    ticketId: r.ticket_id,
    ticketNumber: r.number,
    clerkId: r.clerk_id,
    departmentId: r.department_id,
    level: r.level,
    comment: r.comment,
    status: r.status,
    dueDate: r.due_date,
    notes: r.notes,
    createdAt: Number(r.created_at),
  }))
}

/**
 * Rows of the queue's tables (migration 004). Epoch-millisecond columns are `bigint`: PostgreSQL hands
 * them back as strings, SQLite as numbers, so readers pass them through `Number()`.
 */
type Millis = number | string | bigint

/** A queue ticket; see `Ticket` in src/shared/queue for what the fields mean. */
export interface TicketsTable {
  id: string
  hall_id: string
  department_id: string
  service_id: string | null
  number: string
  sequence: number
  service_day: string
  status: string
  /** JSON array of priority flags. */
  flags: string
  holder_token_hash: string
  citizen_id: string | null
  resume_code: string | null
  application_reference: string | null
  language: string
  clerk_id: string | null
  counter_id: string | null
  issued_at: Millis
  called_at: Millis | null
  started_at: Millis | null
  ended_at: Millis | null
}

/** A request to be phoned back when nobody of the department was on duty. */
export interface CallbacksTable {
  id: string
  hall_id: string
  department_id: string
  service_id: string | null
  name: string
  phone: string
  preferred_day: string
  preferred_part: string
  citizen_id: string | null
  language: string
  status: string
  created_at: Millis
}

/** A booked appointment slot. */
export interface AppointmentsTable {
  id: string
  hall_id: string
  department_id: string
  service_id: string | null
  slot_start: string
  name: string
  phone: string
  citizen_id: string | null
  language: string
  status: string
  created_at: Millis
}

/** A citizen's rating of a served ticket, 1 (very dissatisfied) to 5 (very satisfied). */
export interface RatingsTable {
  id: string
  ticket_id: string
  level: number
  comment: string | null
  created_at: Millis
}

/** The case a bad rating opens, due in 15 working days. */
export interface FollowUpsTable {
  id: string
  rating_id: string
  ticket_id: string
  hall_id: string
  department_id: string
  status: string
  due_date: string
  notes: string | null
  created_at: Millis
  closed_at: Millis | null
}

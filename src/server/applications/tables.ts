import type { Generated } from 'kysely'

/** A form in progress, found by its resume code. `answers` is JSON text. */
export interface DraftsTable {
  resume_code: string
  service_id: string
  hall_id: string
  citizen_id: string | null
  answers: string
  page_id: string | null
  created_at: string
  updated_at: string
  expires_at: string
  submitted_at: string | null
}

/** An uploaded file; the bytes live in the uploads folder under `storage_name`. */
export interface AttachmentsTable {
  id: string
  resume_code: string
  document_id: string
  name: string
  size: number
  media_type: string
  storage_name: string
  created_at: string
}

/** A submitted application. `answers` is the JSON of the answers that counted. */
export interface ApplicationsTable {
  reference: string
  resume_code: string
  service_id: string
  hall_id: string
  department_id: string
  citizen_id: string | null
  answers: string
  language: string
  status: string
  submitted_at: string
  expected_by: string
}

export interface ApplicationStatusHistoryTable {
  id: Generated<number>
  reference: string
  at: string
  status: string
  note_zh: string
  note_en: string
}

/** A submit's Idempotency-Key and the application it created. */
export interface IdempotencyKeysTable {
  key: string
  resume_code: string
  reference: string
  created_at: string
}

/** The last sequence number used for a reference prefix like `A-20261130`. */
export interface ReferenceCountersTable {
  prefix: string
  last_value: number
}

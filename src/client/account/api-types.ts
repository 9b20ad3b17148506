import type { LocalizedText } from '../../shared/scene/localized'
import type { Answers } from '../../shared/flow/answers'
import type { Register } from '../../shared/flow/flow-schema'

/** A seeded citizen of the simulated e-ID. */
export type DemoCitizen = { id: string; displayName: LocalizedText; maskedId: string }

/** The signed-in citizen, as the session endpoint returns it. */
export type SessionCitizen = { id: string; displayName: LocalizedText | string }

/** One attachment stored with a draft. */
export type DraftAttachment = { id: string; documentId: string; name: string; size: number; type: string }

/** A saved application in progress. */
export type Draft = {
  resumeCode: string
  serviceId: string
  hallId: string
  answers: Answers
  pageId: string | null
  updatedAt: string
  expiresAt: string
  attachments: DraftAttachment[]
  citizenId: string | null
  /** Set once submitted (the draft is kept, marked). */
  submittedReference?: string | null
}

/** What the consent step previews: which register would fill which question, with the value. */
export type PrefillPreview = {
  registers: {
    register: Register
    name: LocalizedText
    fields: { fieldId: string; label: LocalizedText; value: unknown; valueText: string }[]
  }[]
}

/** A submitted application. */
export type Application = {
  reference: string
  serviceId: string
  status: string
  submittedAt: string
  /** `yyyy-mm-dd` (or a full timestamp). */
  expectedBy: string
  nextSteps: LocalizedText
}

/** One status change of an application. */
export type ApplicationEvent = { at: string; status: string; note: LocalizedText }

/** One read of a citizen's records. */
export type AccessLogEntry = {
  at: string
  actor: { kind: 'citizen' | 'prefill' | 'clerk'; name: string | LocalizedText }
  register: string
  purpose: string
  serviceId?: string
}

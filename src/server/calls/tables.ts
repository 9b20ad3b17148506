type Millis = number | string | bigint

/** A video call between a ticket's holder and the clerk who called it. */
export interface CallsTable {
  id: string
  ticket_id: string
  clerk_id: string
  created_at: Millis
  ended_at: Millis | null
  /** accepted | more-documents | rejected | advice-only, set at wrap-up. */
  outcome: string | null
  notes: string | null
  wrapped_up_at: Millis | null
}

/** One chat line of a call. */
export interface ChatMessagesTable {
  id: string
  call_id: string
  /** citizen | clerk */
  sender: string
  client_id: string | null
  text: string
  at: Millis
}

type Millis = number | string | bigint

/** A clerk account. `departments` is a JSON array of department ids (the clerk's skills). */
export interface ClerksTable {
  id: string
  username: string
  display_name_zh: string
  display_name_en: string
  password_hash: string
  hall_id: string
  departments: string
  counter_id: string
  is_supervisor: number
  is_demo: number
  /** available | busy | wrap-up | away */
  state: string
  state_since: Millis
  created_at: string
}

/** A signed-in clerk's session; `id` is the sha256 of the cookie's token. */
export interface ClerkSessionsTable {
  id: string
  clerk_id: string
  csrf_token: string
  created_at: Millis
  expires_at: Millis
}

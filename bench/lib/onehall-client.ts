/**
 * The bench's handle on a running OneHall server for the realtime figures: clerk accounts written
 * straight into its database (setup speed; the bench server runs in production mode, where no demo
 * clerks exist), then everything else through the real HTTP API, as a browser would.
 */
import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { serviceDay, ticketNumber } from '../../src/shared/queue'
import { hashPassword } from '../../src/server/clerks/password'
import { newQueueId } from '../../src/server/queue/ids'
import { hashTicketToken, newTicketToken } from '../../src/server/queue/ticket-token'

const CSRF = { 'x-onehall-csrf': '1', 'content-type': 'application/json' }

/** A signed-in clerk: the session cookie and the per-session CSRF token. */
export interface ClerkLogin {
  username: string
  cookie: string
  csrfToken: string
}

/** A ticket the bench holds: its id and the holder token handed out once. */
export interface HeldTicket {
  id: string
  token: string
}

/** Adds `count` clerks of one department (not demo accounts) with one password; returns their usernames. */
export async function insertClerks(
  dbFile: string,
  spec: {
    prefix: string
    count: number
    hallId: string
    departmentId: string
    counterId: string
    password: string
  },
): Promise<string[]> {
  const hash = await hashPassword(spec.password)
  const db = new Database(dbFile)
  db.pragma('busy_timeout = 5000')
  try {
    const insert = db.prepare(
      `INSERT INTO clerks (id, username, display_name_zh, display_name_en, password_hash, hall_id, departments,
         counter_id, is_supervisor, is_demo, state, state_since, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'away', ?, ?)`,
    )
    const now = new Date()
    const names = Array.from({ length: spec.count }, (_, i) => `${spec.prefix}-${i}`)
    db.transaction(() => {
      for (const name of names)
        insert.run(
          randomBytes(12).toString('base64url'),
          name,
          `基准测试 ${name}`,
          `bench ${name}`,
          hash,
          spec.hallId,
          JSON.stringify([spec.departmentId]),
          spec.counterId,
          now.getTime(),
          now.toISOString(),
        )
    })()
    return names
  } finally {
    db.close()
  }
}

async function json(response: Response, what: string): Promise<Record<string, unknown>> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)}`)
  return body
}

/** Signs a clerk in and sets them available (on duty). */
export async function signInAvailable(
  origin: string,
  username: string,
  password: string,
): Promise<ClerkLogin> {
  const response = await fetch(`${origin}/api/clerk/login`, {
    method: 'POST',
    headers: CSRF,
    body: JSON.stringify({ username, password }),
  })
  const body = await json(response, `sign-in of ${username}`)
  const cookie = (response.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('onehall_clerk='))
    .join('; ')
  const login = { username, cookie, csrfToken: String(body.csrfToken) }
  await clerkPost(origin, login, '/api/clerk/state', { state: 'available' })
  return login
}

/** A state-changing clerk request (both CSRF headers and the session cookie). */
export async function clerkPost(
  origin: string,
  login: ClerkLogin,
  pathname: string,
  body: unknown = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}${pathname}`, {
    method: 'POST',
    headers: { ...CSRF, cookie: login.cookie, 'x-onehall-clerk-csrf': login.csrfToken },
    body: JSON.stringify(body),
  })
  return json(response, `${login.username} ${pathname}`)
}

/** "Call next": the called ticket's id and the call opened for it. */
export async function callNext(
  origin: string,
  login: ClerkLogin,
): Promise<{ ticketId: string; callId: string }> {
  const body = await clerkPost(origin, login, '/api/clerk/call-next')
  const ticket = body.ticket as { id: string }
  return { ticketId: ticket.id, callId: String(body.callId) }
}

/** Takes `count` tickets of a department through `POST /api/tickets`, `concurrency` at a time, in issue order. */
export async function takeTickets(
  origin: string,
  hallId: string,
  departmentId: string,
  count: number,
  concurrency = 16,
): Promise<HeldTicket[]> {
  const tickets: (HeldTicket & { issuedAt: number; seq: number })[] = []
  let next = 0
  const worker = async () => {
    while (next < count) {
      const seq = next++
      const response = await fetch(`${origin}/api/tickets`, {
        method: 'POST',
        headers: CSRF,
        body: JSON.stringify({ hallId, departmentId }),
      })
      const body = await json(response, 'taking a ticket')
      const ticket = body.ticket as { id: string; issuedAt: number }
      tickets.push({ id: ticket.id, token: String(body.token), issuedAt: ticket.issuedAt, seq })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return tickets
    .sort((a, b) => a.issuedAt - b.issuedAt || a.seq - b.seq)
    .map(({ id, token }) => ({ id, token }))
}

/**
 * Adds `count` waiting tickets of one department straight into the database, as `POST /api/tickets`
 * writes them (numbers of the day, hashed holder tokens), one millisecond apart so their order is
 * plain. Taking ten thousand through the API would take as long as the whole bench (each answer
 * computes the new ticket's standing); the server reads them from the database like any other.
 */
export function insertTickets(
  dbFile: string,
  spec: { hallId: string; departmentId: string; letter: string; count: number },
): HeldTicket[] {
  const db = new Database(dbFile)
  db.pragma('busy_timeout = 5000')
  try {
    const day = serviceDay(Date.now())
    const highest = db
      .prepare(
        'SELECT MAX(sequence) AS max FROM tickets WHERE hall_id = ? AND department_id = ? AND service_day = ?',
      )
      .get(spec.hallId, spec.departmentId, day) as { max: number | null }
    const insert = db.prepare(
      `INSERT INTO tickets (id, hall_id, department_id, service_id, number, sequence, service_day, status, flags,
         holder_token_hash, citizen_id, resume_code, application_reference, language, clerk_id, counter_id,
         issued_at, called_at, started_at, ended_at)
       VALUES (?, ?, ?, NULL, ?, ?, ?, 'waiting', '[]', ?, NULL, NULL, NULL, 'zh', NULL, NULL, ?, NULL, NULL, NULL)`,
    )
    const start = Date.now() - spec.count
    const tickets: HeldTicket[] = []
    db.transaction(() => {
      for (let i = 0; i < spec.count; i++) {
        const sequence = (highest.max ?? 0) + i + 1
        const ticket = { id: newQueueId(), token: newTicketToken() }
        insert.run(
          ticket.id,
          spec.hallId,
          spec.departmentId,
          ticketNumber(spec.letter, sequence),
          sequence,
          day,
          hashTicketToken(ticket.token),
          start + i,
        )
        tickets.push(ticket)
      }
    })()
    return tickets
  } finally {
    db.close()
  }
}

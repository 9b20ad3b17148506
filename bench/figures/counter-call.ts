/**
 * The OneHall side of "ticket -> clerk answers -> first remote video frame": a citizen holding a ticket
 * waits in a page running the real call engine, a signed-in clerk in another presses call next, and
 * the citizen's page starts its call when its ticket update says it is called. All against the real
 * server the bench started (production build and settings).
 */
import type { Browser } from '@playwright/test'
import { callPageBundle, openCallPage, waitForState } from '../lib/engine-page'
import type { CallPage } from '../lib/engine-page'
import type { CallNextResult } from '../lib/call-page-script'
import { clerkPost, insertClerks, signInAvailable, takeTickets } from '../lib/onehall-client'
import type { ClerkLogin } from '../lib/onehall-client'

/** How long one call may take to show its first remote frame before the run counts as failed. */
const CALL_TIMEOUT_MS = 30_000
const CLERK_PASSWORD = 'bench-call-clerk-password'
const HALL_ID = 'city-centre'

/** Where the call is measured: the running server and its database (for the clerk account). */
export interface CounterCallTarget {
  origin: string
  dbFile: string
}

/**
 * `runs` calls one after the other after one warm-up call that is not counted; each in two fresh
 * contexts closed afterwards, the clerk's call ended and wrapped up so the next call next works.
 * @returns ms from the clerk's call-next request to the citizen's first presented remote frame, per run
 */
export async function measureCounterCall(
  browser: Browser,
  target: CounterCallTarget,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<number[]> {
  const desk = await pickDesk(target.origin)
  const [username] = await insertClerks(target.dbFile, {
    prefix: 'bench-call-clerk',
    count: 1,
    hallId: HALL_ID,
    departmentId: desk.departmentId,
    counterId: desk.counterId,
    password: CLERK_PASSWORD,
  })
  const clerk = await signInAvailable(target.origin, username ?? '', CLERK_PASSWORD)
  const script = await callPageBundle()
  const results: number[] = []
  try {
    for (let run = 0; run <= runs; run++) {
      const ms = await oneCall(browser, target.origin, script, clerk, desk.departmentId)
      if (run > 0) results.push(ms)
      log(`  ${run === 0 ? 'warm-up ' : ''}${Math.round(ms)} ms`)
    }
  } finally {
    // Off duty, so the clerk does not count in later figures' waits.
    await clerkPost(target.origin, clerk, '/api/clerk/state', { state: 'away' }).catch(() => {})
  }
  return results
}

/**
 * A department with a counter other than the hall's first (the hub figures fill the first one's
 * queue), so this call's ticket is the only one waiting there.
 */
async function pickDesk(origin: string): Promise<{ departmentId: string; counterId: string }> {
  const response = await fetch(`${origin}/api/halls/${HALL_ID}`)
  if (!response.ok) throw new Error(`GET /api/halls/${HALL_ID}: HTTP ${response.status}`)
  const hall = (await response.json()) as {
    departments: { id: string }[]
    counters: { id: string; departmentId: string }[]
  }
  const desks = hall.departments.flatMap((d) =>
    hall.counters
      .filter((c) => c.departmentId === d.id)
      .map((c) => ({ departmentId: d.id, counterId: c.id })),
  )
  const desk = desks.find((d) => d.departmentId !== hall.departments[0]?.id) ?? desks[0]
  if (!desk) throw new Error(`the hall ${HALL_ID} has no counter`)
  return desk
}

async function oneCall(
  browser: Browser,
  origin: string,
  script: string,
  clerk: ClerkLogin,
  departmentId: string,
): Promise<number> {
  const [ticket] = await takeTickets(origin, HALL_ID, departmentId, 1, 1)
  if (!ticket) throw new Error('no ticket was issued')
  const pages: CallPage[] = []
  let called: CallNextResult | null = null
  try {
    const citizen = await openCallPage(browser, origin, script, { timeoutMs: CALL_TIMEOUT_MS })
    pages.push(citizen)
    await citizen.page.evaluate(
      `window.__benchCall.watchTicket(${JSON.stringify(ticket.id)}, ${JSON.stringify(ticket.token)})`,
    )
    // The watch stands once the server answered it with the ticket's place.
    await waitForState(
      citizen.state,
      (s) => s.updates.includes('waiting'),
      'the ticket watch',
      CALL_TIMEOUT_MS,
    )
    const desk = await openCallPage(browser, origin, script, {
      cookie: clerk.cookie,
      timeoutMs: CALL_TIMEOUT_MS,
    })
    pages.push(desk)
    called = (await desk.page.evaluate(
      `window.__benchCall.callNext(${JSON.stringify(clerk.csrfToken)})`,
    )) as CallNextResult
    if (called.ticketId !== ticket.id)
      throw new Error(`call next called ticket ${called.ticketId}, not the citizen's ${ticket.id}`)
    const seen = await waitForState(
      citizen.state,
      (s) => s.firstFrameAt !== null,
      "the citizen's first remote frame",
      CALL_TIMEOUT_MS,
    )
    return (seen.firstFrameAt ?? NaN) - called.startedAt
  } finally {
    for (const page of pages.reverse()) await page.close().catch(() => {})
    if (called) await endAndWrapUp(origin, clerk, called.callId)
  }
}

/** Hangs the call up and files it (advice only): the clerk is available again for the next run. */
async function endAndWrapUp(origin: string, clerk: ClerkLogin, callId: string): Promise<void> {
  await clerkPost(origin, clerk, `/api/clerk/calls/${callId}/end`)
  await clerkPost(origin, clerk, `/api/clerk/calls/${callId}/wrap-up`, {
    outcome: 'advice-only',
    notes: '',
  })
}

/**
 * The figure as the bench run wants it: the calls, or why there are none (no server, or a run failed),
 * with progress on `log`.
 */
export async function counterCallFigure(
  browser: Browser,
  server: CounterCallTarget | string | null,
  runs: number,
  log: (line: string) => void,
): Promise<number[] | string> {
  if (!server || typeof server === 'string') return server ?? 'no OneHall server'
  log(`OneHall call: ticket, clerk call next, first remote frame; ${runs} runs + 1 warm-up`)
  try {
    return await measureCounterCall(browser, server, runs, log)
  } catch (error) {
    const reason = ((error as Error).message.split('\n')[0] ?? '').slice(0, 400)
    log(`  failed: ${reason}`)
    return `the OneHall call failed: ${reason}`
  }
}

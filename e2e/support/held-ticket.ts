import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { TICKET_STORAGE_KEY } from '../../src/client/queue/ticket-storage'

/** A ticket as the browser that took it keeps it: its id and its holder's secret. */
export type HeldTicket = { ticketId: string; token: string }

/** The first ticket the page's browser holds for a hall, read from localStorage. */
export async function heldTicket(page: Page, hallId: string): Promise<HeldTicket> {
  return page.evaluate(
    ({ key, hallId }) => {
      const all = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, HeldTicket[]>
      return all[hallId]![0]!
    },
    { key: TICKET_STORAGE_KEY, hallId },
  )
}

/** The ticket as the server tells its holder (`GET /api/tickets/:id` with the holder's token). */
export async function ticketFromApi(
  request: APIRequestContext,
  baseUrl: string,
  held: HeldTicket,
): Promise<{ position: number | null; status: string }> {
  const response = await request.get(`${baseUrl}/api/tickets/${held.ticketId}`, {
    headers: { 'X-OneHall-Ticket': held.token },
  })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { ticket: { position: number | null; status: string } }).ticket
}

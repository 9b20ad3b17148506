import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readTicketView, ticketUpdate } from '../../queue/ticket-view'
import { TicketViewBatcher } from './ticket-view-batcher'
import { addClerk } from '../../clerks/testing/clerk-accounts'
import { serveTicket } from '../../queue/testing/queue-rows'
import { buildTestApp, type TestApp } from '../../testing/test-app'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
})
afterEach(async () => {
  await t.close()
})

async function take(departmentId: string): Promise<string> {
  const response = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId },
  })
  expect(response.statusCode).toBe(201)
  return response.json<{ ticket: { id: string } }>().ticket.id
}

describe('TicketViewBatcher', () => {
  it('reads many watches at once exactly as one by one: two departments, a called ticket, an unknown id', async () => {
    const clerk = await addClerk(t.db, { departments: ['social-security', 'tax'] })
    const ids = [
      await take('social-security'),
      await take('social-security'),
      await take('tax'),
      await take('social-security'),
      await take('tax'),
    ]
    await serveTicket(t.db, ids[0] as string, clerk)
    const batcher = new TicketViewBatcher(t.db, t.scenes)
    const batched = await Promise.all(
      [...ids, 'no-such-ticket', ids[3] as string].map((id) => batcher.read(id)),
    )
    const single = await Promise.all(
      [...ids, 'no-such-ticket', ids[3] as string].map(async (id) => {
        const view = await readTicketView(t.db, t.scenes, id)
        return view && ticketUpdate(view)
      }),
    )
    expect(batched).toEqual(single)
    // Not vacuous: positions differ per department and the called ticket has its call.
    expect(batched.map((v) => v?.position ?? null)).toEqual([null, 1, 1, 2, 2, null, 2])
    expect(batched[0]?.callId).toBe(`call-${ids[0]}`)
  })

  it('passes a database failure to every waiter of the batch', async () => {
    const batcher = new TicketViewBatcher(t.db, t.scenes)
    await t.db.destroy()
    const reads = [batcher.read('a'), batcher.read('b')]
    for (const read of reads) await expect(read).rejects.toThrow()
    // Close this app and its folders now, and give afterEach a fresh one to close.
    await t.close()
    t = await buildTestApp({ records: true, language: 'en' })
  })
})

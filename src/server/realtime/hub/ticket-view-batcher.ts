import type { Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { departmentStandings } from '../../queue/standings'
import { ticketFromRow } from '../../queue/ticket-rows'
import { buildTicketView, readTicketView, ticketUpdate, type TicketUpdate } from '../../queue/ticket-view'
import type { LoadedScenes } from '../../scenes/load-scenes'

type Waiter = { resolve: (view: TicketUpdate | null) => void; reject: (error: unknown) => void }

/** SQLite allows 999 bound values per statement in older builds; stay well under. */
const IDS_PER_QUERY = 500

/**
 * Reads the current view of watched tickets in batches. After a restart or a network blip thousands
 * of holders re-send `ticket.watch` at once; each view alone costs the standings of everyone ahead
 * (O(queue)), so N watches one by one cost O(N²). Watches arriving within `windowMs` are read
 * together: one query for the rows, and one `departmentStandings` (what the queue notifier uses for
 * its updates) per department, so the views match the live updates exactly.
 */
export class TicketViewBatcher {
  private pending = new Map<string, Waiter[]>()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly db: Kysely<Database>,
    private readonly scenes: LoadedScenes,
    private readonly windowMs = 10,
  ) {}

  /** The ticket as its holder sees it now, or null for an unknown id. */
  read(ticketId: string): Promise<TicketUpdate | null> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(ticketId)
      if (waiters) waiters.push({ resolve, reject })
      else this.pending.set(ticketId, [{ resolve, reject }])
      this.timer ??= setTimeout(() => void this.flush(), this.windowMs)
    })
  }

  private async flush(): Promise<void> {
    const batch = this.pending
    this.pending = new Map()
    this.timer = null
    const ids = [...batch.keys()]
    try {
      const views = ids.length === 1 ? await this.readOne(ids[0] as string) : await this.readMany(ids)
      for (const [id, waiters] of batch) for (const w of waiters) w.resolve(views.get(id) ?? null)
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error)
    }
  }

  private async readOne(id: string): Promise<Map<string, TicketUpdate>> {
    const view = await readTicketView(this.db, this.scenes, id)
    return new Map(view ? [[id, ticketUpdate(view)]] : [])
  }

  private async readMany(ids: string[]): Promise<Map<string, TicketUpdate>> {
    const rows = []
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY)
      rows.push(
        ...(await this.db
          .selectFrom('tickets')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + IDS_PER_QUERY))
          .execute()),
      )
    const views = new Map<string, TicketUpdate>()
    const byDepartment = new Map<string, typeof rows>()
    for (const row of rows) {
      if (row.status !== 'waiting') {
        // Called or done: no standings to compute, but a call id to look up; few at a time.
        const view = await readTicketView(this.db, this.scenes, row.id)
        if (view) views.set(row.id, ticketUpdate(view))
        continue
      }
      const key = `${row.hall_id}\u0000${row.department_id}`
      const group = byDepartment.get(key)
      if (group) group.push(row)
      else byDepartment.set(key, [row])
    }
    for (const group of byDepartment.values()) {
      const first = group[0] as (typeof rows)[number]
      const { standings } = await departmentStandings(this.db, first.hall_id, first.department_id)
      for (const row of group)
        views.set(
          row.id,
          ticketUpdate(buildTicketView(this.scenes, ticketFromRow(row), standings.get(row.id) ?? null, null)),
        )
    }
    return views
  }
}

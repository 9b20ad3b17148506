import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { topics, type Bus } from '../realtime/bus'
import type { HubBusMessage, QueueStandingsMessage } from '../realtime/queue-standings'
import type { LoadedScenes } from '../scenes/load-scenes'
import { queueUpdateFrom, readBoard } from './board'
import { Coalescer } from './coalescer'
import { departmentStandings } from './standings'
import { buildTicketView, readTicketView, ticketUpdate } from './ticket-view'
import { ticketFromRow } from './ticket-rows'

export type QueueNotifierOptions = {
  /** At most one recompute per department (and per board, per ticket) in this many ms. @default 100 */
  intervalMs?: number
  /** Where a failed recompute is reported. @default console.error */
  onError?: (error: unknown, key: string) => void
}

/**
 * Tells the realtime bus about queue changes. Routes call it after they commit; it re-reads the
 * database (the truth after a restart too) and publishes what changed:
 * - `departmentChanged`: one `queue.standings` to the department's standings topic (every waiting
 *   ticket's position and wait, and its called tickets; the hub turns it into each holder's
 *   `ticket.update`), `queue.update` to the department's queue topic, `board.update` to the hall's
 *   board topic;
 * - `ticketChanged`: `ticket.update` to that ticket (a cancel, a call, the end of service).
 *
 * Bursts are coalesced: at most one recompute per department, board and ticket per `intervalMs`, so a
 * queue of thousands costs one read and one bus message per interval, not one per change or ticket.
 */
export class QueueNotifier {
  private readonly departments: Coalescer
  private readonly boards: Coalescer
  private readonly tickets: Coalescer

  constructor(
    private readonly db: Kysely<Database>,
    private readonly scenes: LoadedScenes,
    private readonly bus: Bus<HubBusMessage>,
    options: QueueNotifierOptions = {},
  ) {
    const interval = options.intervalMs ?? 100
    const onError =
      options.onError ?? ((error, key) => console.error(`Queue notifier failed for ${key}`, error))
    this.departments = new Coalescer((key) => this.publishDepartment(key), interval, onError)
    this.boards = new Coalescer((hallId) => this.publishBoard(hallId), interval, onError)
    this.tickets = new Coalescer((ticketId) => this.publishTicket(ticketId), interval, onError)
  }

  /** After any change to a department's queue (a ticket taken, called, cancelled, requeued, finished). */
  departmentChanged(hallId: string, departmentId: string): void {
    this.departments.request(`${hallId}:${departmentId}`)
    this.boards.request(hallId)
  }

  /** After a change to one ticket that its holder must see. */
  ticketChanged(ticketId: string): void {
    this.tickets.request(ticketId)
  }

  /** Resolves when everything noted so far has been published (tests, orderly shutdown). */
  async idle(): Promise<void> {
    const all = [this.departments, this.boards, this.tickets]
    // One job can finish while another is still owed; go round until all are idle at once.
    do await Promise.all(all.map((c) => c.idle()))
    while (!all.every((c) => c.isIdle()))
  }

  /** Stops publishing; waits for a recompute in progress. */
  async close(): Promise<void> {
    if (shared.get(this.bus) === this) shared.delete(this.bus)
    await Promise.all([this.departments.close(), this.boards.close(), this.tickets.close()])
  }

  private async publishDepartment(key: string): Promise<void> {
    const [hallId, departmentId] = key.split(':') as [string, string]
    const [{ waiting, rate }, calledRows] = await Promise.all([
      departmentStandings(this.db, hallId, departmentId),
      this.db
        .selectFrom('tickets')
        .leftJoin('calls', 'calls.ticket_id', 'tickets.id')
        .selectAll('tickets')
        .select('calls.id as call_id')
        .where('tickets.hall_id', '=', hallId)
        .where('tickets.department_id', '=', departmentId)
        .where('tickets.status', '=', 'called')
        .execute(),
    ])
    const standings: QueueStandingsMessage = {
      type: 'queue.standings',
      hallId,
      departmentId,
      waiting: waiting.map((t) => [t.id, t.number]),
      rate,
      // Called tickets ride along: a holder whose own update raced an older standings message ends
      // on the right state with the next one.
      called: calledRows.map((row) =>
        ticketUpdate(buildTicketView(this.scenes, ticketFromRow(row), null, row.call_id)),
      ),
    }
    await Promise.all([
      this.bus.publish(topics.standings(hallId, departmentId), standings),
      this.bus.publish(topics.queue(hallId, departmentId), queueUpdateFrom(hallId, departmentId, waiting)),
    ])
  }

  private async publishBoard(hallId: string): Promise<void> {
    await this.bus.publish(topics.board(hallId), await readBoard(this.db, this.scenes, hallId))
  }

  private async publishTicket(ticketId: string): Promise<void> {
    const view = await readTicketView(this.db, this.scenes, ticketId)
    if (view) await this.bus.publish(topics.ticket(ticketId), ticketUpdate(view))
  }
}

const shared = new WeakMap<Bus<HubBusMessage>, QueueNotifier>()

/**
 * The one notifier of a bus, made on first use: every plugin that changes queues (tickets, the clerks'
 * "call next") shares it, so their changes coalesce together.
 */
export function sharedQueueNotifier(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  bus: Bus<HubBusMessage>,
  options?: QueueNotifierOptions,
): QueueNotifier {
  let notifier = shared.get(bus)
  if (!notifier) {
    notifier = new QueueNotifier(db, scenes, bus, options)
    shared.set(bus, notifier)
  }
  return notifier
}

/**
 * What the clerk routes tell the queue after they change it. The queue module's `QueueNotifier`
 * (src/server/queue/queue-notifier.ts) has exactly these methods; tests pass a recorder.
 */
export type QueueNotifierPort = {
  /** A department's queue or its clerks on duty changed: recompute positions, waits, boards. */
  departmentChanged(hallId: string, departmentId: string): void
  /** One ticket changed (status, counter, call): tell its holder. */
  ticketChanged(ticketId: string): void
}

/** A notifier that tells nobody: for tests of the routes alone and servers without live updates. */
export const SILENT_NOTIFIER: QueueNotifierPort = {
  departmentChanged: () => undefined,
  ticketChanged: () => undefined,
}

/**
 * Which clerks have a console open on this node: the WebSocket hub reports each clerk socket that
 * opens and closes, and the presence sweep (presence-sweep.ts) asks who has been without one for the
 * grace period. A clerk is on duty only while a console of theirs is connected: one who closes the
 * browser must not keep counting as a clerk on duty (citizens would be told a wait instead of being
 * offered a callback) nor keep tickets called to a desk nobody sits at.
 *
 * Several nodes (with the Redis bus): a clerk's sockets may sit on any node, so the counts move to
 * Redis: each node keeps `presence:clerk:<id>` as a hash of node id -> open sockets (HINCRBY on open
 * and close, the whole hash dropped with a node's id when it stops) and writes `lastSeen` when a
 * count falls to 0. `connected` and `lastSeen` become reads of those keys; the sweep stays as it is
 * and may run on every node, because the hand-back it triggers is a compare-and-set in the database.
 * This class is the seam: the hub only calls `opened` and `closed`.
 */
export class ClerkPresence {
  private readonly sockets = new Map<string, number>()
  private readonly seen = new Map<string, number>()
  /** When this node started watching: a clerk it never saw gets the grace period from here. */
  readonly since: number

  constructor(private readonly now: () => number = Date.now) {
    this.since = now()
  }

  /** A socket of this clerk opened. */
  opened(clerkId: string): void {
    this.sockets.set(clerkId, (this.sockets.get(clerkId) ?? 0) + 1)
  }

  /** A socket of this clerk closed (or was cut); the last one starts the clerk's grace period. */
  closed(clerkId: string): void {
    const left = (this.sockets.get(clerkId) ?? 0) - 1
    if (left > 0) {
      this.sockets.set(clerkId, left)
      return
    }
    this.sockets.delete(clerkId)
    this.seen.set(clerkId, this.now())
  }

  /** Whether a console of this clerk is connected right now. */
  connected(clerkId: string): boolean {
    return this.sockets.has(clerkId)
  }

  /** When the clerk's last socket closed, or when watching began if none was seen since. */
  lastSeen(clerkId: string): number {
    return this.seen.get(clerkId) ?? this.since
  }
}

import type { FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'
import { MAX_MESSAGE_BYTES } from '../../../shared/protocol'
import type { Bus } from '../bus'
import type { HubBusMessage } from '../queue-standings'
import { Connection } from './connection'
import { DEFAULT_HUB_OPTIONS, type HubDeps, type HubOptions } from './types'

/** Close code sent to every client when the server stops ("going away": reconnect later). */
export const CLOSE_GOING_AWAY = 1001

/**
 * The realtime hub: every client socket of this node, the heartbeat that finds dead ones, and the
 * shutdown that closes them all and leaves no bus subscription behind. What each message does lives
 * in the handlers; what crosses clients goes through the bus.
 */
export class Hub {
  private readonly connections = new Set<Connection>()
  private readonly options: HubOptions
  private readonly heartbeat: NodeJS.Timeout
  private closed = false

  constructor(
    private readonly bus: Bus<HubBusMessage>,
    private readonly deps: HubDeps,
    options: Partial<HubOptions> = {},
  ) {
    this.options = { ...DEFAULT_HUB_OPTIONS, maxMessageBytes: MAX_MESSAGE_BYTES, now: Date.now, ...options }
    this.heartbeat = setInterval(() => this.beat(), this.options.heartbeatMs)
    // The heartbeat alone must not keep a stopping process alive.
    this.heartbeat.unref()
  }

  /** Takes over an upgraded socket. */
  accept(socket: WebSocket, request: FastifyRequest): Connection | null {
    if (this.closed) {
      socket.close(CLOSE_GOING_AWAY, 'server shutting down')
      return null
    }
    const connection = new Connection(socket, request, this.bus, this.deps, this.options, (c) =>
      this.connections.delete(c),
    )
    this.connections.add(connection)
    return connection
  }

  /** How many sockets are open. */
  get size(): number {
    return this.connections.size
  }

  /** Closes every socket and releases every subscription; new sockets are turned away. */
  close(): void {
    if (this.closed) return
    this.closed = true
    clearInterval(this.heartbeat)
    for (const connection of [...this.connections]) connection.close(CLOSE_GOING_AWAY, 'server shutting down')
    this.connections.clear()
  }

  // A socket that did not answer the previous ping (nor sent anything) since is gone: a phone that
  // lost its network never sends a close, and its subscriptions would otherwise live forever.
  private beat(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.socket.terminate()
        continue
      }
      connection.alive = false
      try {
        connection.socket.ping()
      } catch {
        connection.socket.terminate()
      }
    }
  }
}

import { SERVER_MESSAGE_TYPES, type ServerMessage } from '../../shared/protocol'
import type { WsClient } from '../realtime/ws-client'
import type { RealtimePort } from './realtime-port'

/** The parts of the shared WebSocket client the port uses (tests pass a fake). */
export type WsClientForPort = Pick<WsClient, 'state' | 'send' | 'on' | 'onState'>

/**
 * The console's {@link RealtimePort} over the page's shared WebSocket client
 * (`src/client/realtime/ws-client.ts`: reconnect with backoff, heartbeat, automation hook).
 * `onOpenChange` fires on real transitions only (connecting → reconnecting is still "not open").
 */
export function portFromWsClient(client: WsClientForPort): RealtimePort {
  return {
    isOpen: () => client.state === 'open',
    send: (message) => client.send(message),
    onMessage: (listener) => {
      const stops = SERVER_MESSAGE_TYPES.map((type) =>
        client.on(type, (message) => listener(message as ServerMessage)),
      )
      return () => stops.forEach((stop) => stop())
    },
    onOpenChange: (listener) => {
      let open = client.state === 'open'
      return client.onState((state) => {
        const now = state === 'open'
        if (now !== open) {
          open = now
          listener(now)
        }
      })
    },
  }
}

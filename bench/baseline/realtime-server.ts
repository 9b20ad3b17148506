/**
 * Baselines for the realtime figures, as their own process (like the OneHall server):
 * `PORT=<n> node --import tsx bench/baseline/ws-echo-server.ts`.
 * - `ws://.../echo`: a raw `ws` server that sends every message straight back to its sender (the
 *   signalling relay's baseline);
 * - `ws://.../relay`: forwards every message to every other client on /relay (the minimal relay the
 *   raw RTCPeerConnection baseline signals over).
 * GET /health answers 200 once it listens.
 */
import http from 'node:http'
import type { WebSocket } from 'ws'
import { WebSocketServer } from 'ws'

const port = Number(process.env.PORT ?? 0)
const server = http.createServer((req, res) => {
  res.writeHead(req.url === '/health' ? 200 : 404).end()
})
const wss = new WebSocketServer({ server })
const relayed = new Set<WebSocket>()
wss.on('connection', (socket, req) => {
  if (req.url === '/relay') {
    relayed.add(socket)
    socket.on('close', () => relayed.delete(socket))
    socket.on('message', (data, isBinary) => {
      for (const other of relayed) if (other !== socket) other.send(data, { binary: isBinary })
    })
    return
  }
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }))
})
server.listen(port, '127.0.0.1')
const stop = () => {
  wss.close()
  server.close(() => process.exit(0))
  for (const client of wss.clients) client.terminate()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)

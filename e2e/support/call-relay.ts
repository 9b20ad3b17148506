/**
 * A stand-in for the server's call signalling, for testing the call engine in real browsers on its own:
 * an HTTP server on 127.0.0.1 serving a blank page and the engine bundled with esbuild, and a WebSocket
 * relay with the hub's call rules (join by role, `peer-joined` when both are in, `peer-reconnecting` on a
 * drop, signalling and chat relayed with `from`, chat echoed to both, strangers refused).
 */
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { WebSocketServer, type WebSocket } from 'ws'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The engine and the page's signalling socket as one script defining `window.CallEngine`. */
export async function engineBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { createCallSession } from './src/client/call/call-session'
export { signallingFromWsClient } from './src/client/call/ws-signalling'
export { WsClient } from './src/client/realtime/ws-client'`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'CallEngine',
    target: 'es2022',
  })
  return result.outputFiles[0]!.text
}

export type CallRelay = { url: string; close(): Promise<void>; joins: { role: string; refused: boolean }[] }

/** Starts the page server and relay for one call id (`call-1`). */
export async function startCallRelay(): Promise<CallRelay> {
  const script = await engineBundle()
  const server: Server = createServer((request, response) => {
    if (request.url === '/engine.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
      return
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><html lang="en"><title>call</title><script src="/engine.js"></script></html>')
  })
  const wss = new WebSocketServer({ server, path: '/ws' })
  const parties = new Map<'citizen' | 'clerk', WebSocket>()
  const joins: CallRelay['joins'] = []
  let chatId = 0
  const sendTo = (socket: WebSocket | undefined, message: object) => socket?.send(JSON.stringify(message))
  wss.on('connection', (socket, request) => {
    const asked = new URL(request.url ?? '/', 'http://x').searchParams.get('role')
    let role: 'citizen' | 'clerk' | null = null
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; callId: string } & Record<string, unknown>
      if (message.type === 'ping') {
        sendTo(socket, { type: 'pong', nonce: message.nonce, at: Date.now() })
        return
      }
      if (message.type === 'call.join') {
        if (asked !== 'citizen' && asked !== 'clerk') {
          joins.push({ role: String(asked), refused: true })
          sendTo(socket, { type: 'error', code: 'forbidden', message: 'Not a party of this call.' })
          return
        }
        role = asked
        joins.push({ role, refused: false })
        parties.set(role, socket)
        sendTo(socket, { type: 'call.joined', callId: message.callId, role, iceServers: [] })
        if (parties.size === 2)
          for (const party of parties.values())
            sendTo(party, {
              type: 'call.event',
              callId: message.callId,
              event: 'peer-joined',
              at: Date.now(),
            })
        return
      }
      if (!role) return
      const other = parties.get(role === 'clerk' ? 'citizen' : 'clerk')
      if (message.type === 'chat.send') {
        const line = { ...message, type: 'chat.message', from: role, id: `m${++chatId}`, at: Date.now() }
        sendTo(socket, line)
        sendTo(other, line)
      } else sendTo(other, { ...message, from: role })
    })
    socket.on('close', () => {
      if (!role || parties.get(role) !== socket) return
      parties.delete(role)
      const other = parties.get(role === 'clerk' ? 'citizen' : 'clerk')
      sendTo(other, {
        type: 'call.event',
        callId: 'call-1',
        event: 'peer-reconnecting',
        role,
        at: Date.now(),
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    joins,
    close: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close(() => resolve())
      }),
  }
}

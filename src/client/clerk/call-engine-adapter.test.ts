import { describe, expect, it, vi } from 'vitest'
import type { CallSession, CallSessionOptions, CallSnapshot } from '../call/call-session'
import { clerkCallEngine } from './call-engine-adapter'
import type { ConnectionState } from './call-engine-port'
import { fakeSocket, flush } from './testing/fakes'

function fakeSession(options: CallSessionOptions) {
  const listeners = new Set<() => void>()
  let snapshot = { phase: 'joining', remoteStream: null } as unknown as CallSnapshot
  const session = {
    options,
    getSnapshot: () => snapshot,
    subscribe: (l: () => void) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    start: vi.fn(),
    setMicrophoneEnabled: vi.fn(),
    setCameraEnabled: vi.fn(),
    hangUp: vi.fn(),
    dispose: vi.fn(),
    set(next: Partial<CallSnapshot>) {
      snapshot = { ...snapshot, ...next }
      listeners.forEach((l) => l())
    },
  }
  return session
}

const track = () => ({ stop: vi.fn() })

describe('call engine adapter (role clerk)', () => {
  it('opens the devices, starts a clerk session on the console socket and reports its phases', async () => {
    const tracks = [track(), track()]
    const local = { getTracks: () => tracks } as unknown as MediaStream
    let made: ReturnType<typeof fakeSession> | null = null
    const engine = clerkCallEngine({
      createSession: (options) => (made = fakeSession(options)) as unknown as CallSession,
      checkDevices: async () => ({ mode: 'video', camera: 'ok', microphone: 'ok', stream: local }),
      devices: () => undefined,
    })({ callId: 'call-1', socket: fakeSocket().port })
    const states: ConnectionState[] = []
    const remotes: (MediaStream | null)[] = []
    engine.onState((s) => states.push(s))
    engine.onStreams((s) => remotes.push(s.remote))
    engine.setMuted(true)
    await engine.start()
    const session = made!
    expect(session.options).toMatchObject({ role: 'clerk', callId: 'call-1', localStream: local })
    expect(session.start).toHaveBeenCalled()
    // A mute chosen before the session existed still applies.
    expect(session.setMicrophoneEnabled).toHaveBeenCalledWith(false)
    const remote = {} as MediaStream
    session.set({ phase: 'waiting-peer' })
    session.set({ phase: 'connected', remoteStream: remote })
    session.set({ phase: 'reconnecting' })
    expect(states).toEqual(['idle', 'connected', 'reconnecting'])
    expect(remotes.at(-1)).toBe(remote)
    engine.setCameraOff(true)
    expect(session.setCameraEnabled).toHaveBeenLastCalledWith(false)
    engine.close()
    expect(session.hangUp).toHaveBeenCalled()
    expect(tracks.every((t) => t.stop.mock.calls.length === 1)).toBe(true)
  })

  it('stops the camera when the call was left while the devices were opening', async () => {
    const tracks = [track()]
    const create = vi.fn()
    const engine = clerkCallEngine({
      createSession: create,
      checkDevices: async () => {
        await flush()
        return {
          mode: 'audio',
          camera: 'missing',
          microphone: 'ok',
          stream: { getTracks: () => tracks } as unknown as MediaStream,
        }
      },
      devices: () => undefined,
    })({ callId: 'call-1', socket: fakeSocket().port })
    const started = engine.start()
    engine.close()
    await started
    expect(create).not.toHaveBeenCalled()
    expect(tracks[0]!.stop).toHaveBeenCalled()
  })
})

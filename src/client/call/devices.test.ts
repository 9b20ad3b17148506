import { describe, expect, it } from 'vitest'
import { checkDevices, deviceMessageKey, type MediaDevicesLike } from './devices'
import { fakeStream, fakeTrack } from './testing/fake-webrtc'

function domError(name: string) {
  return Object.assign(new Error(name), { name })
}

/** Fake devices: which kinds exist and which requests the user (or browser) refuses. */
function devices(kinds: string[], refuse: { video?: string; audio?: string } = {}) {
  const requests: MediaStreamConstraints[] = []
  const fake: MediaDevicesLike = {
    enumerateDevices: async () => kinds.map((kind) => ({ kind }) as MediaDeviceInfo),
    getUserMedia: async (constraints?: MediaStreamConstraints) => {
      requests.push(constraints!)
      if (constraints?.video && refuse.video) throw domError(refuse.video)
      if (refuse.audio) throw domError(refuse.audio)
      const tracks = [fakeTrack('audio')]
      if (constraints?.video) tracks.push(fakeTrack('video'))
      return fakeStream(...tracks)
    },
  }
  return { fake, requests }
}

describe('checkDevices', () => {
  it('opens camera and microphone together when both exist and are allowed', async () => {
    const { fake, requests } = devices(['audioinput', 'videoinput'])
    const check = await checkDevices(fake)
    expect(check).toMatchObject({ mode: 'video', camera: 'ok', microphone: 'ok' })
    expect(check.stream?.getTracks().map((t) => t.kind)).toEqual(['audio', 'video'])
    expect(requests).toEqual([{ audio: true, video: true }])
    expect(deviceMessageKey(check)).toBeNull()
  })

  it('falls back to audio only without a camera', async () => {
    const { fake, requests } = devices(['audioinput'])
    const check = await checkDevices(fake)
    expect(check).toMatchObject({ mode: 'audio', camera: 'missing', microphone: 'ok' })
    expect(requests).toEqual([{ audio: true, video: false }])
    expect(deviceMessageKey(check)).toBe('deviceNoCamera')
  })

  it('falls back to audio only when the camera is refused', async () => {
    const { fake, requests } = devices(['audioinput', 'videoinput'], { video: 'NotAllowedError' })
    const check = await checkDevices(fake)
    expect(check).toMatchObject({ mode: 'audio', camera: 'denied', microphone: 'ok' })
    expect(check.stream?.getVideoTracks()).toEqual([])
    expect(requests.map((r) => r.video)).toEqual([true, false])
    expect(deviceMessageKey(check)).toBe('deviceCameraDenied')
  })

  it('offers chat only without a microphone, and says so', async () => {
    const { fake, requests } = devices(['videoinput'])
    const check = await checkDevices(fake)
    expect(check).toMatchObject({ mode: 'chat', microphone: 'missing', stream: null })
    expect(requests).toEqual([])
    expect(deviceMessageKey(check)).toBe('deviceNoMicrophone')
  })

  it('offers chat only when every permission is refused', async () => {
    const { fake } = devices(['audioinput', 'videoinput'], {
      video: 'NotAllowedError',
      audio: 'NotAllowedError',
    })
    const check = await checkDevices(fake)
    expect(check).toMatchObject({ mode: 'chat', camera: 'denied', microphone: 'denied', stream: null })
    expect(deviceMessageKey(check)).toBe('deviceMicrophoneDenied')
  })

  it('offers chat only where the browser has no media devices (insecure page)', async () => {
    expect(await checkDevices(undefined)).toMatchObject({ mode: 'chat', stream: null })
  })

  it('still tries when the device list cannot be read', async () => {
    const { fake } = devices([])
    fake.enumerateDevices = async () => {
      throw domError('NotSupportedError')
    }
    expect((await checkDevices(fake)).mode).toBe('video')
  })
})

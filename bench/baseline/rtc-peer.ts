/**
 * Baseline for "ticket -> clerk answers -> first remote video frame": two pages connect a raw
 * RTCPeerConnection, signalling over the minimal relay (`/relay` of realtime-server.ts), host
 * candidates only. `?role=caller&relay=ws://...` exposes `__startCall()`; `?role=callee` answers and
 * records `__firstRemoteFrame` (epoch ms) when its <video> presents the first remote frame.
 */
type Signal =
  { type: 'offer' | 'answer'; sdp: string } | { type: 'candidate'; candidate: RTCIceCandidateInit }

declare global {
  interface Window {
    __relayOpen?: boolean
    __startCall?: () => Promise<number>
    __firstRemoteFrame?: number
  }
}

const params = new URLSearchParams(location.search)
const role = params.get('role')
const relay = new WebSocket(params.get('relay') ?? '')
const pc = new RTCPeerConnection({ iceServers: [] })
const send = (signal: Signal) => relay.send(JSON.stringify(signal))
const epochNow = () => performance.timeOrigin + performance.now()

pc.onicecandidate = (event) => {
  if (event.candidate) send({ type: 'candidate', candidate: event.candidate.toJSON() })
}
relay.onopen = () => {
  window.__relayOpen = true
}
relay.onmessage = async (event) => {
  const signal = JSON.parse(String(event.data)) as Signal
  if (signal.type === 'candidate') {
    await pc.addIceCandidate(signal.candidate)
  } else if (signal.type === 'offer') {
    await pc.setRemoteDescription({ type: 'offer', sdp: signal.sdp })
    const answer = await pc.createAnswer()
    await pc.setLocalDescription(answer)
    send({ type: 'answer', sdp: answer.sdp ?? '' })
  } else {
    await pc.setRemoteDescription({ type: 'answer', sdp: signal.sdp })
  }
}

if (role === 'callee') {
  const video = document.getElementById('remote') as HTMLVideoElement
  pc.ontrack = (event) => {
    if (video.srcObject) return
    video.srcObject = event.streams[0] ?? new MediaStream([event.track])
    video.requestVideoFrameCallback(() => {
      window.__firstRemoteFrame = epochNow()
    })
    void video.play()
  }
} else {
  window.__startCall = async () => {
    const startedAt = epochNow()
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { width: 640, height: 480 },
      audio: false,
    })
    for (const track of stream.getTracks()) pc.addTrack(track, stream)
    const offer = await pc.createOffer()
    await pc.setLocalDescription(offer)
    send({ type: 'offer', sdp: offer.sdp ?? '' })
    return startedAt
  }
}

// A module, so the `declare global` above augments Window.
export {}

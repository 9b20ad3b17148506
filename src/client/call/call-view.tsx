import { useEffect, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useCallPageStore } from './call-page-store'
import type { CallSession } from './call-session'
import { useCallSnapshot, useStreamRef } from './use-call'

/** Counts the frames a `<video>` presents, for tests that need to see the picture move. */
function useFrameCounter(video: RefObject<HTMLVideoElement | null>, counter: { count: number | null }) {
  useEffect(() => {
    const element = video.current
    if (!element || typeof element.requestVideoFrameCallback !== 'function') return
    counter.count = 0
    let handle = 0
    const onFrame = () => {
      counter.count = (counter.count ?? 0) + 1
      handle = element.requestVideoFrameCallback(onFrame)
    }
    handle = element.requestVideoFrameCallback(onFrame)
    return () => element.cancelVideoFrameCallback(handle)
  }, [video, counter])
}

/**
 * The call itself: the clerk's video large, our own picture small, the state in words (and a banner while
 * it reconnects), and the controls: mute, camera off, hang up.
 */
export function CallView({ session, frames }: { session: CallSession; frames: { count: number | null } }) {
  const { t } = useTranslation('call')
  const snapshot = useCallSnapshot(session)
  const devices = useCallPageStore((s) => s.devices)
  const microphoneOn = useCallPageStore((s) => s.microphoneOn)
  const cameraOn = useCallPageStore((s) => s.cameraOn)
  const { toggleMicrophone, toggleCamera, hangUp } = useCallPageStore((s) => s.actions)
  const remote = useStreamRef<HTMLVideoElement>(snapshot.remoteStream)
  const remoteAudio = useStreamRef<HTMLAudioElement>(snapshot.remoteStream)
  const self = useStreamRef<HTMLVideoElement>(devices?.mode === 'video' ? devices.stream : null)
  useFrameCounter(remote, frames)
  const mode = devices?.mode ?? 'chat'
  const live = snapshot.phase !== 'ended' && snapshot.phase !== 'refused'

  return (
    <section
      className="call-stage"
      aria-labelledby="call-status"
      data-testid="call-view"
      data-phase={snapshot.phase}
    >
      {snapshot.phase === 'reconnecting' && (
        <div className="call-banner" role="alert" data-testid="reconnecting-banner">
          {t('reconnectingBanner')}
        </div>
      )}
      <p id="call-status" className="call-status" role="status" data-testid="call-status">
        {t('status', { phase: t(`phase_${snapshot.phase}`) })}
      </p>
      <div className="call-videos">
        {/* Muted: the sound plays from the audio element, so autoplay never blocks the picture. */}
        <video
          ref={remote}
          className="call-remote"
          aria-label={t('clerkVideo')}
          autoPlay
          muted
          playsInline
          data-testid="remote-video"
        />
        <audio ref={remoteAudio} autoPlay />
        {mode === 'video' ? (
          <video
            ref={self}
            className="call-self"
            aria-label={t('selfView')}
            autoPlay
            muted
            playsInline
            data-testid="self-video"
          />
        ) : (
          <p className="call-self call-self-none">{mode === 'audio' ? t('audioOnly') : t('joinChat')}</p>
        )}
      </div>
      <div className="button-row call-controls" role="group" aria-label={t('controls')}>
        {mode !== 'chat' && (
          <button
            type="button"
            className="button"
            disabled={!live}
            onClick={toggleMicrophone}
            data-testid="mute"
          >
            {microphoneOn ? t('mute') : t('unmute')}
          </button>
        )}
        {mode === 'video' && (
          <button
            type="button"
            className="button"
            disabled={!live}
            onClick={toggleCamera}
            data-testid="camera"
          >
            {cameraOn ? t('cameraOff') : t('cameraOn')}
          </button>
        )}
        <button
          type="button"
          className="button button-danger"
          disabled={!live}
          onClick={hangUp}
          data-testid="hang-up"
        >
          {t('hangUp')}
        </button>
      </div>
    </section>
  )
}

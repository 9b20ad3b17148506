import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { ChatPanel } from './chat-panel'
import { useClerkCallStore } from './clerk-stores'

/** Shows a MediaStream in a <video>; `srcObject` cannot be set from JSX. */
function StreamVideo({
  stream,
  label,
  muted,
  className,
}: {
  stream: MediaStream | null
  label: string
  muted: boolean
  className: string
}) {
  const ref = useRef<HTMLVideoElement>(null)
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream
  }, [stream])
  return <video ref={ref} className={className} aria-label={label} autoPlay playsInline muted={muted} />
}

/**
 * The call area: the citizen's video full size with a small self-view, mute / camera / hang up, the
 * ticket actions while waiting for the citizen, and the chat.
 */
export function CallPanel() {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { phase, connection, streams, muted, cameraOff, hasVideo, error, actions } = useClerkCallStore()
  if (phase === 'idle') return null
  const inCall = phase === 'called' || phase === 'serving'

  return (
    <section aria-labelledby="clerk-call" className="clerk-panel clerk-call">
      <h2 id="clerk-call">{t('callTitle')}</h2>
      <p
        role="status"
        data-testid="call-connection"
        data-state={connection}
        className={`connection connection-${connection}`}
      >
        {t(`connection_${connection}`)}
      </p>
      {hasVideo ? (
        <div className="video-stage">
          <StreamVideo
            stream={streams.remote}
            label={t('citizenVideo')}
            muted={false}
            className="video-remote"
          />
          <StreamVideo stream={streams.local} label={t('selfView')} muted className="video-self" />
        </div>
      ) : (
        <p className="notice">{t('callEngineMissing')}</p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('failed', { message: error })}
        </p>
      )}
      {inCall && (
        <div className="button-row">
          {hasVideo && (
            <>
              <button
                type="button"
                className="button"
                aria-pressed={muted}
                aria-keyshortcuts="Alt+M"
                onClick={() => actions.setMuted(!muted)}
              >
                {muted ? t('unmute') : t('mute')}
              </button>
              <button
                type="button"
                className="button"
                aria-pressed={cameraOff}
                aria-keyshortcuts="Alt+V"
                onClick={() => actions.setCameraOff(!cameraOff)}
              >
                {cameraOff ? t('cameraOn') : t('cameraOff')}
              </button>
            </>
          )}
          {phase === 'called' && (
            <>
              <button
                type="button"
                className="button"
                onClick={() => void actions.ticketAction(language, 'start')}
              >
                {t('start')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void actions.ticketAction(language, 'no-show')}
              >
                {t('noShow')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void actions.ticketAction(language, 'requeue')}
              >
                {t('requeue')}
              </button>
            </>
          )}
          {phase === 'serving' && (
            <button
              type="button"
              className="button button-danger"
              data-testid="hang-up"
              aria-keyshortcuts="Alt+H"
              onClick={() => void actions.hangUp(language)}
            >
              {t('hangUp')}
            </button>
          )}
        </div>
      )}
      <ChatPanel />
    </section>
  )
}

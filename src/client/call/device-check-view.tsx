import { useTranslation } from 'react-i18next'
import { useCallPageStore } from './call-page-store'
import { deviceMessageKey } from './devices'
import { useStreamRef } from './use-call'

/**
 * Before joining: what the camera shows (muted preview), what works, and why when something does not;
 * the join button says how the call will run (video, audio only, chat only).
 */
export function DeviceCheckView({ canJoin, onJoin }: { canJoin: boolean; onJoin: () => void }) {
  const { t } = useTranslation('call')
  const devices = useCallPageStore((s) => s.devices)
  const checking = useCallPageStore((s) => s.checking)
  const { checkDevices } = useCallPageStore((s) => s.actions)
  const preview = useStreamRef<HTMLVideoElement>(devices?.mode === 'video' ? devices.stream : null)
  const problem = devices ? deviceMessageKey(devices) : null
  const join = devices?.mode === 'audio' ? 'joinAudio' : devices?.mode === 'chat' ? 'joinChat' : 'joinVideo'

  return (
    <section className="call-device-check" aria-labelledby="device-heading" data-testid="device-check">
      <h2 id="device-heading">{t('deviceHeading')}</h2>
      {devices?.mode === 'video' && (
        <video
          ref={preview}
          className="call-preview"
          aria-label={t('preview')}
          autoPlay
          muted
          playsInline
          data-testid="device-preview"
        />
      )}
      <p role="status" className={problem ? 'notice notice-error' : 'notice'} data-testid="device-status">
        {checking || !devices ? t('deviceChecking') : problem ? t(problem) : t('deviceReady')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!devices || !canJoin}
          onClick={onJoin}
          data-testid="join-call"
          data-mode={devices?.mode}
        >
          {t(join)}
        </button>
        <button type="button" className="button" disabled={checking} onClick={() => void checkDevices()}>
          {t('checkAgain')}
        </button>
      </div>
    </section>
  )
}

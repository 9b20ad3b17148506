import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { useCallPageStore } from '../call/call-page-store'
import { ChatPanel } from '../call/chat-panel'
import { RatingForm } from '../call/rating-form'
import { useTicketStore } from '../queue/ticket-store'
import { useXrSessionStore } from '../xr/xr-session-store'
import type { CounterCallView } from './counter-call-model'
import { useCounterCallStore } from './counter-call-store'
import { useCounterCallView } from './use-counter-call'
import '../styles/forms.css'
import '../styles/call.css'
import '../styles/hall-call.css'

/** The /call page's status texts, by the counter call's status. */
const STATUS_KEY = {
  join: 'hallCallStarting',
  joining: 'phase_joining',
  waiting: 'phase_waiting-peer',
  connecting: 'phase_connecting',
  connected: 'phase_connected',
  reconnecting: 'phase_reconnecting',
  ended: 'phase_ended',
  refused: 'phase_refused',
} as const satisfies Record<CounterCallView['status'], string>

/**
 * The desktop hall's panel for the counter's video call (the picture itself is on the counter's 3D
 * screen): the call's state, mute / camera / hang up, the call's chat (the /call page's chat on the same
 * call engine), a link to carry on at /call, and after the call the /call page's rating form once the
 * clerk has closed the ticket. Joins the ticket's call when it opens. A lazy chunk.
 */
export default function HallCallOverlay({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const { t } = useTranslation('call')
  const language = useLanguage()
  const held = useTicketStore((s) => s.tickets[ticketId] ?? null)
  const session = useCounterCallStore((s) => s.session)
  const cameraAvailable = useCounterCallStore((s) => s.mode === 'video')
  const actions = useCounterCallStore((s) => s.actions)
  const view = useCounterCallView()
  const heading = useRef<HTMLHeadingElement>(null)
  const over = view.status === 'ended' || view.status === 'refused'

  useEffect(() => {
    const ticket = useTicketStore.getState().tickets[ticketId]
    if (!ticket || useXrSessionStore.getState().presenting) return
    // The ticket's token leaves storage once the ticket is done: hand it to the rating now.
    useCallPageStore.getState().actions.prepareRating(ticket.key.ticketId, ticket.key.token)
    void useCounterCallStore.getState().actions.join(ticket)
  }, [ticketId])

  // The buttons that had focus are gone once the call ends: take focus to the panel's heading.
  useEffect(() => {
    if (over) heading.current?.focus()
  }, [over])

  const close = () => {
    actions.leave()
    onClose()
  }

  const status = held?.ticket.status
  // The rating is for a served ticket; one the clerk has not closed yet will be rateable soon.
  const rateable = status === 'done'
  const rateSoon = status === 'called' || status === 'serving'
  return (
    <section
      className="hall-call"
      aria-labelledby="hall-call-heading"
      data-testid="hall-call"
      data-status={view.status}
    >
      <h2 id="hall-call-heading" ref={heading} tabIndex={-1}>
        {t('hallCallHeading', { counter: held?.ticket.counterNumber ?? '-' })}
      </h2>
      <p role="status" className="hall-call-status" data-testid="hall-call-status">
        {t(STATUS_KEY[view.status])}
      </p>
      {view.controls && (
        <div className="button-row" role="group" aria-label={t('controls')}>
          <button
            type="button"
            className="button"
            aria-pressed={!view.microphoneOn}
            onClick={actions.toggleMicrophone}
            data-testid="hall-call-mute"
          >
            {view.microphoneOn ? t('mute') : t('unmute')}
          </button>
          {cameraAvailable && (
            <button
              type="button"
              className="button"
              aria-pressed={!view.cameraOn}
              onClick={actions.toggleCamera}
              data-testid="hall-call-camera"
            >
              {view.cameraOn ? t('cameraOff') : t('cameraOn')}
            </button>
          )}
          <button
            type="button"
            className="button button-danger"
            onClick={actions.hangUp}
            data-testid="hall-call-hang-up"
          >
            {t('hangUp')}
          </button>
        </div>
      )}
      {session && !over && <ChatPanel session={session} disabled={!view.controls} />}
      {over && rateable && <RatingForm language={language} />}
      {over && rateSoon && <p className="notice">{t('hallCallRateLater')}</p>}
      <div className="button-row">
        <a
          className="button"
          href={`/call?ticket=${encodeURIComponent(ticketId)}`}
          data-testid="hall-call-continue"
        >
          {t('hallCallContinue')}
        </a>
        {over && (
          <button type="button" className="button" onClick={close} data-testid="hall-call-close">
            {t('hallCallClose')}
          </button>
        )}
      </div>
    </section>
  )
}

import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { useConnectionState } from '../realtime/shared-client'
import { ticketCardModel } from './ticket-text'
import { useTicketStore, type HeldTicket } from './ticket-store'

/**
 * The citizen's ticket: number, position and estimated wait, updated live; once called, the window and
 * the link to the video call. The changing part is a polite live region, so a screen reader hears the
 * position move and the call come without losing its place.
 * @param focusOnShow move focus to the card (just taken); a ticket restored on load leaves focus alone
 */
export function TicketCard({ held, focusOnShow = false }: { held: HeldTicket; focusOnShow?: boolean }) {
  const { t } = useTranslation('queue')
  const language = useLanguage()
  const connection = useConnectionState()
  const { cancel, dismiss } = useTicketStore((s) => s.actions)
  const [cancelError, setCancelError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const model = ticketCardModel(held.ticket, language)
  const headingId = `ticket-${held.ticket.id}-heading`

  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus()
  }, [held.ticket.id, focusOnShow])

  const onCancel = async () => {
    setBusy(true)
    const result = await cancel(held.ticket.id)
    setBusy(false)
    setCancelError(result.ok ? null : t('cancelFailed', { message: result.message }))
  }

  const live = !model.finished
  return (
    <section
      className={`ticket-card ticket-${model.status}`}
      aria-labelledby={headingId}
      data-testid="ticket-card"
      data-ticket-id={held.ticket.id}
      data-number={model.number}
      data-status={model.status}
      data-position={model.position ?? ''}
      data-connection={connection}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="ticket-heading">
        {t('ticketHeading')}
      </h3>
      <p className="ticket-number" data-testid="ticket-number">
        <span className="visually-hidden">{t('ticketNumber')}: </span>
        {model.number}
      </p>
      <div aria-live="polite" aria-atomic="true" className="ticket-live" data-testid="ticket-live">
        {model.calledText && (
          <p className="ticket-called" data-testid="ticket-called">
            <strong>{model.calledText}</strong>
          </p>
        )}
        <dl className="ticket-facts">
          <div>
            <dt>{t('statusLabel')}</dt>
            <dd data-testid="ticket-status">{model.statusText}</dd>
          </div>
          {model.positionText && (
            <div>
              <dt>{t('positionLabel')}</dt>
              <dd data-testid="ticket-position">{model.positionText}</dd>
            </div>
          )}
          {model.waitText && (
            <div>
              <dt>{t('waitLabel')}</dt>
              <dd data-testid="ticket-wait">{model.waitText}</dd>
            </div>
          )}
        </dl>
      </div>
      {model.callHref && (
        <p>
          <a className="button button-primary" href={model.callHref} data-testid="join-call">
            {t('joinCall')}
          </a>
        </p>
      )}
      {live && (
        <p className="ticket-connection" data-testid="ticket-connection">
          {connection === 'open'
            ? t('live')
            : connection === 'reconnecting'
              ? t('reconnecting')
              : t('connecting')}
        </p>
      )}
      {cancelError && (
        <p className="error-message" role="alert">
          {cancelError}
        </p>
      )}
      <div className="button-row">
        {model.canCancel && (
          <button type="button" className="button" onClick={() => void onCancel()} disabled={busy}>
            {t('cancel')}
          </button>
        )}
        {model.finished && (
          <button type="button" className="button" onClick={() => dismiss(held.ticket.id)}>
            {t('dismiss')}
          </button>
        )}
      </div>
    </section>
  )
}

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FINAL_STATUSES } from '../../shared/queue/ticket'
import { SiteFrame } from '../account/site-frame'
import { pageHref } from '../app/route'
import { useDocumentTitle, useLanguage } from '../app/use-hall'
import { sharedWsClient } from '../realtime/shared-client'
import { installCallAutomation } from './call-automation'
import { useCallPageStore } from './call-page-store'
import type { CallSession } from './call-session'
import { CallView } from './call-view'
import { ChatPanel } from './chat-panel'
import { CobrowsePanel } from './cobrowse-panel'
import { DeviceCheckView } from './device-check-view'
import { RatingForm } from './rating-form'
import { useCallSnapshot } from './use-call'
import { signallingFromWsClient } from './ws-signalling'
import '../styles/call.css'

const POLL_MS = 4000

/** The call once joined: video and controls, chat and the draft form beside; the rating when it ends. */
function InCall(props: {
  session: CallSession
  frames: { count: number | null }
  hallId: string
  serviceId: string | null
}) {
  const { t } = useTranslation('call')
  const language = useLanguage()
  const { phase } = useCallSnapshot(props.session)
  if (phase === 'ended') return <RatingForm language={language} />
  if (phase === 'refused')
    return (
      <p className="notice notice-error" role="alert" data-testid="call-refused">
        {t('refusedText')}
      </p>
    )
  return (
    <div className="call-layout">
      <div className="call-main">
        <CallView session={props.session} frames={props.frames} />
        <ChatPanel session={props.session} disabled={false} />
      </div>
      {props.serviceId && (
        <CobrowsePanel session={props.session} hallId={props.hallId} serviceId={props.serviceId} />
      )}
    </div>
  )
}

/**
 * `/call?ticket=<id>`: the citizen's video call for a ticket this browser holds. Checks the camera and
 * microphone (with a preview) while waiting to be called, joins when the citizen presses Join, and after
 * the call asks for a rating. Test hook: `window.__onehallCall` (docs/automation.md).
 */
export function CallPage({ hallId, search }: { hallId: string; search: string }) {
  const { t } = useTranslation('call')
  const language = useLanguage()
  const ticketId = new URLSearchParams(search).get('ticket')
  const { ticket, load, loadError, session, devices } = useCallPageStore()
  const actions = useCallPageStore((s) => s.actions)
  // A plain object the video's frame callback counts into (read by the test hook, never rendered).
  const [frames] = useState<{ count: number | null }>(() => ({ count: null }))
  // The page's one WebSocket, shared with the ticket UI; the call listens to its own messages only.
  const [signalling] = useState(() => signallingFromWsClient(sharedWsClient()))
  useDocumentTitle(`${t('pageTitle')} · OneHall`)

  useEffect(() => {
    void actions.load(language, ticketId)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ticket is read once; polling re-reads it
  }, [ticketId])

  // Until the number is called there is no call to join: look again every few seconds.
  const waiting =
    load === 'ready' && ticket !== null && !ticket.callId && !FINAL_STATUSES.includes(ticket.status)
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => void actions.load(language, ticketId), POLL_MS)
    return () => clearInterval(timer)
  }, [waiting, actions, language, ticketId])

  const callable = load === 'ready' && ticket !== null && !FINAL_STATUSES.includes(ticket.status)
  useEffect(() => {
    if (callable && !devices && !useCallPageStore.getState().checking) void actions.checkDevices()
  }, [callable, devices, actions])

  useEffect(
    () =>
      installCallAutomation({ dropSocket: () => sharedWsClient().drop(), remoteFrames: () => frames.count }),
    [frames],
  )

  let body: React.ReactNode
  if (load === 'loading') body = <p role="status">{t('loadingTicket')}</p>
  else if (load === 'missing' || load === 'not-yours' || load === 'failed' || !ticket)
    body = (
      <p className="notice notice-error" role="alert" data-testid="ticket-problem">
        {load === 'missing'
          ? t('missingTicket')
          : load === 'not-yours'
            ? t('notYourTicket')
            : t('loadFailed', { message: loadError ?? '' })}
      </p>
    )
  else if (session)
    body = <InCall session={session} frames={frames} hallId={hallId} serviceId={ticket.serviceId} />
  else if (ticket.status === 'done') body = <RatingForm language={language} />
  else if (!callable) body = <p className="notice">{t('ticketClosed')}</p>
  else
    body = (
      <>
        {!ticket.callId && (
          <p className="notice" role="status" data-testid="not-called">
            {t('notCalledYet')}
          </p>
        )}
        <DeviceCheckView canJoin={ticket.callId !== null} onJoin={() => actions.join(signalling)} />
      </>
    )

  return (
    <SiteFrame hallId={hallId} current="call">
      <div className="call-page" data-testid="call-page">
        <h1 className="step-heading" tabIndex={-1}>
          {t('heading')}
        </h1>
        {ticket && (
          <p className="lead" data-testid="ticket-line">
            {t('ticketLine', { number: ticket.number, counter: ticket.counterNumber ?? '-' })}
          </p>
        )}
        {body}
        <p>
          <a className="button" href={pageHref('/2d', hallId)}>
            {t('backToHall')}
          </a>
        </p>
      </div>
    </SiteFrame>
  )
}

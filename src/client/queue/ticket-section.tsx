import { useEffect, useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isFinal } from '../../shared/queue/ticket'
import { ContactAlternatives } from './contact-alternatives'
import { TicketCard } from './ticket-card'
import { ticketForDepartment, useTicketStore } from './ticket-store'
import '../styles/forms.css'
import '../styles/queue.css'

const restored = new Set<string>()

/** Restores this browser's tickets for a hall once per page. */
function useRestoreTickets(hallId: string) {
  const { restore } = useTicketStore((s) => s.actions)
  useEffect(() => {
    if (restored.has(hallId)) return
    restored.add(hallId)
    void restore(hallId)
  }, [hallId, restore])
}

/**
 * A department's queue: "Take a ticket" (for the department, or one of its services chosen in a list),
 * or the ticket held; when nobody of the department is on duty, the callback and appointment forms.
 * `children` (the service list) follow it. Key it by department so another department starts clean.
 */
export function TicketSection({
  hallId,
  departmentId,
  departmentName,
  services,
  counterId,
  after = false,
  children,
}: {
  hallId: string
  departmentId: string
  departmentName: string
  services: readonly { id: string; name: string }[]
  /** The counter the citizen stands at, in the 3D hall. */
  counterId?: string
  /** Put the ticket part after `children` (in /2d the services come first in the Tab order). */
  after?: boolean
  children?: ReactNode
}) {
  const { t } = useTranslation('queue')
  useRestoreTickets(hallId)
  const held = useTicketStore((s) =>
    s.hallId === hallId ? ticketForDepartment(s.tickets, departmentId) : null,
  )
  const { take } = useTicketStore((s) => s.actions)
  const [serviceId, setServiceId] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [offer, setOffer] = useState<{ serviceId?: string } | null>(null)
  const [takenId, setTakenId] = useState<string | null>(null)
  const selectId = useId()
  const errorId = `take-error-${departmentId}`

  const onTake = () => {
    if (busy) return
    setBusy(true)
    setError(null)
    const chosen = serviceId || undefined
    void take({
      hallId,
      departmentId,
      ...(chosen ? { serviceId: chosen } : {}),
      ...(counterId ? { counterId } : {}),
    }).then((outcome) => {
      setBusy(false)
      if (outcome.kind === 'no-clerk') setOffer(chosen ? { serviceId: chosen } : {})
      else if (outcome.kind === 'error') setError(t('takeFailed', { message: outcome.message }))
      else {
        setOffer(null)
        setTakenId(outcome.ticket.id)
      }
    })
  }

  const holding = !!held && !isFinal(held.ticket.status)
  const section = (
    <div className="ticket-section" data-testid="ticket-section" data-department-id={departmentId}>
      {held && <TicketCard held={held} focusOnShow={held.ticket.id === takenId} />}
      {!holding && (
        <div className="take-ticket">
          {services.length > 1 && (
            <div className="form-group">
              <label className="field-label" htmlFor={selectId}>
                {t('serviceChoice')}
              </label>
              <select
                id={selectId}
                className="input take-ticket-service"
                data-testid="take-ticket-service"
                value={serviceId}
                onChange={(event) => setServiceId(event.target.value)}
              >
                <option value="">{t('anyService')}</option>
                {services.map((service) => (
                  <option key={service.id} value={service.id}>
                    {service.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button
            type="button"
            className="button button-primary take-ticket-button"
            data-testid="take-ticket"
            onClick={onTake}
            disabled={busy}
            aria-describedby={error ? errorId : undefined}
          >
            {busy ? t('taking') : t('takeTicket')}
            <span className="visually-hidden">: {departmentName}</span>
          </button>
        </div>
      )}
      {error && (
        <p id={errorId} className="error-message" role="alert">
          {error}
        </p>
      )}
      {offer && !holding && (
        <ContactAlternatives
          hallId={hallId}
          departmentId={departmentId}
          departmentName={departmentName}
          serviceId={offer.serviceId}
        />
      )}
    </div>
  )
  return after ? (
    <>
      {children}
      {section}
    </>
  ) : (
    <>
      {section}
      {children}
    </>
  )
}

import { useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react'
import { useHallDataStore } from '../app/hall-data-store'
import { usePreferencesStore } from '../app/preferences-store'
import { useStationStore } from '../app/station-store'
import { TicketSection } from '../queue/ticket-section'
import { ServiceList } from './service-list'
import { stationViewModel, type StationViewModel } from './station-view-model'

/**
 * The DOM station panel for the selected counter (from the station store), or nothing when none is
 * selected. Rendering only: all content comes from {@link stationViewModel}.
 */
export function StationPanel() {
  const selectedId = useStationStore((s) => s.selectedCounterId)
  const hall = useHallDataStore((s) => s.hall)
  const language = usePreferencesStore((s) => s.language)
  const { close } = useStationStore((s) => s.actions)
  const model = useMemo(
    () => (hall && selectedId ? stationViewModel(hall, selectedId, language) : null),
    [hall, selectedId, language],
  )
  if (!model) return null
  return <StationPanelView model={model} hallId={hall!.id} onClose={close} />
}

/**
 * A non-modal dialog: focus moves to its heading when it opens or shows another counter, Escape or the
 * close button close it, and focus then returns to where it was before it opened.
 */
export function StationPanelView({
  model,
  hallId,
  onClose,
}: {
  model: StationViewModel
  hallId: string
  onClose: () => void
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = `station-panel-title-${model.counterId}`

  useLayoutEffect(() => {
    const returnTo = document.activeElement
    return () => {
      if (returnTo instanceof HTMLElement && returnTo !== document.body && returnTo.isConnected)
        returnTo.focus()
    }
  }, [])

  useEffect(() => {
    headingRef.current?.focus()
  }, [model.counterId])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Another widget (the counter menu) may have used this Escape already.
      if (event.key === 'Escape' && !event.defaultPrevented) onClose()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onClose])

  const { department, labels } = model
  return (
    <section
      className="station-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      data-testid="station-panel"
      data-counter-id={model.counterId}
      style={{ '--department-color': department.color } as CSSProperties}
    >
      <div className="station-panel-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {model.title}
        </h2>
        <button
          type="button"
          className="button close-button"
          aria-label={labels.closePanel}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span> {labels.close}
        </button>
      </div>
      <p className="department-description">{department.description}</p>
      {model.oneStopNote && <p className="one-stop-note">{model.oneStopNote}</p>}
      <TicketSection
        key={department.id}
        hallId={hallId}
        departmentId={department.id}
        departmentName={department.name}
        services={department.videoServices}
        counterId={model.counterId}
      >
        <h3 className="services-heading">
          {labels.services} <span className="count">({department.services.length})</span>
        </h3>
        <ServiceList services={department.services} labels={labels} headingLevel={4} />
      </TicketSection>
    </section>
  )
}

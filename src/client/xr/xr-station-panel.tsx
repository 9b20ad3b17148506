import { useMemo } from 'react'
import { Container, Input, Text } from '@react-three/uikit'
import { degToRad, radToDeg } from 'three/src/math/MathUtils.js'
import { counterFront } from '../../shared/scene/counter-front'
import type { Hall } from '../../shared/scene/schema'
import { usePreferencesStore } from '../app/preferences-store'
import { useStationStore } from '../app/station-store'
import { inputActions } from '../input/actions'
import { stationViewModel, type ServiceViewModel, type StationViewModel } from '../panels/station-view-model'
import { xrFormActions } from './forms/xr-form-actions'
import { XrButton } from './xr-button'
import { XrTicketSection } from './xr-ticket-section'
import { comfortJump } from './xr-fade-state'
import { xrLive } from './xr-live'
import { originForView, rotateOffset } from './xr-pose'
import { useXrSessionStore } from './xr-session-store'
import { targetRef } from './xr-targets'
import { xrT } from './xr-text'
import { XR_PANEL_FRAME, XR_THEME } from './xr-theme'

/** Where the panel stands relative to its counter (counter's local frame): to its right, a step forward. */
export const PANEL_OFFSET: [number, number] = [2.0, 0.6]
/** Height of the panel's centre above the floor (metres). */
export const PANEL_HEIGHT = 1.45

/** Services whose name, summary or documents contain the search text (any case). */
export function filterServices(services: ServiceViewModel[], search: string): ServiceViewModel[] {
  const needle = search.trim().toLowerCase()
  if (!needle) return services
  return services.filter((s) =>
    [s.name, s.summary, ...s.documents].some((text) => text.toLowerCase().includes(needle)),
  )
}

function ServiceDetails({ service, model }: { service: ServiceViewModel; model: StationViewModel }) {
  const { labels } = model
  const language = usePreferencesStore((s) => s.language)
  const line = (label: string, value: string) => (
    <Container flexDirection="column" gap={2}>
      <Text fontWeight="bold" color={XR_THEME.muted}>
        {label}
      </Text>
      <Text>{value}</Text>
    </Container>
  )
  return (
    <Container flexDirection="column" gap={12} ref={targetRef(`details:${service.id}`)}>
      <Text fontSize={XR_THEME.titleSize * 0.85} fontWeight="bold">
        {service.name}
      </Text>
      {line(labels.summary, service.summary)}
      {line(labels.documents, service.documents.length ? service.documents.join('、') : labels.noDocuments)}
      {line(labels.processingTime, service.processingTime)}
      {line(labels.fee, service.fee)}
      {line(labels.channels, service.channels.map((c) => c.label).join(' · '))}
      {service.applyHref && (
        <XrButton
          name={`apply:${service.id}`}
          variant="primary"
          label={xrT(language, 'applyInVr')}
          onSelect={() => xrFormActions.open(service.id, model.counterId)}
        />
      )}
      <XrButton
        name="back"
        label={xrT(language, 'back')}
        onSelect={() => useXrSessionStore.getState().actions.showService(null)}
      />
    </Container>
  )
}

/**
 * The station panel in VR, beside the selected counter, built with uikit from the same view model as
 * the DOM panel: the department, a search box (typed with the headset's system keyboard), its services
 * as large targets, one service's details, "go to counter" for each of the department's counters, and
 * buttons for the comfort menu and closing. Elder mode scales it.
 */
export function XrStationPanel({ hall }: { hall: Hall }) {
  const counterId = useStationStore((s) => s.selectedCounterId)
  const language = usePreferencesStore((s) => s.language)
  const elder = usePreferencesStore((s) => s.elderMode)
  const serviceId = useXrSessionStore((s) => s.serviceId)
  const search = useXrSessionStore((s) => s.search)
  const model = useMemo(
    () => (counterId ? stationViewModel(hall, counterId, language) : null),
    [hall, counterId, language],
  )
  const counter = hall.counters.find((c) => c.id === counterId)
  if (!model || !counter) return null

  const yaw = degToRad(counter.yaw)
  const [dx, dz] = rotateOffset(PANEL_OFFSET, yaw)
  const scale = elder ? XR_THEME.elderScale : 1
  const service = model.department.services.find((s) => s.id === serviceId)
  const services = filterServices(model.department.services, search)
  const { actions } = useXrSessionStore.getState()

  const goTo = (id: string) => {
    const target = hall.counters.find((c) => c.id === id)
    if (!target) return
    const front = counterFront(target)
    comfortJump(() => {
      const origin = originForView({ position: front.position, yaw: degToRad(front.yaw) }, xrLive.head)
      inputActions.teleportTo(origin.position, radToDeg(origin.yaw))
    })
  }

  return (
    <group position={[counter.position[0] + dx, PANEL_HEIGHT, counter.position[1] + dz]} rotation-y={yaw}>
      <Container
        pixelSize={XR_THEME.pixelSize * scale}
        anchorY="center"
        width={620}
        {...XR_PANEL_FRAME}
        gap={14}
      >
        <Text fontSize={XR_THEME.titleSize} fontWeight="bold">
          {model.title}
        </Text>
        <Text color={XR_THEME.muted}>{model.department.description}</Text>
        {model.oneStopNote && <Text color={XR_THEME.accent}>{model.oneStopNote}</Text>}
        <XrTicketSection hallId={hall.id} departmentId={counter.departmentId} counterId={counter.id} />
        {service ? (
          <ServiceDetails service={service} model={model} />
        ) : (
          <Container flexDirection="column" gap={8}>
            <Text fontWeight="bold">{`${model.labels.services} · ${model.department.serviceCount}`}</Text>
            <Input
              ref={targetRef('search')}
              value={search}
              onValueChange={(value: string) => actions.setSearch(value)}
              placeholder={xrT(language, 'searchPlaceholder')}
              minHeight={XR_THEME.target}
              paddingX={16}
              borderRadius={10}
              borderWidth={2}
              borderColor={XR_THEME.panelBorder}
              backgroundColor="#fbfcfe"
            />
            {services.map((s) => (
              <XrButton
                key={s.id}
                name={`service:${s.id}`}
                label={s.name}
                onSelect={() => actions.showService(s.id)}
              >
                <Text fontSize={XR_THEME.fontSize * 0.8} color={XR_THEME.muted}>
                  {s.processingTime}
                </Text>
              </XrButton>
            ))}
          </Container>
        )}
        <Container flexDirection="row" flexWrap="wrap" gap={8}>
          {model.department.counters
            .filter((c) => c.id !== model.counterId)
            .map((c) => (
              <XrButton
                key={c.id}
                name={`go:${c.id}`}
                label={`${xrT(language, 'goToCounter')} ${c.number}`}
                onSelect={() => goTo(c.id)}
              />
            ))}
        </Container>
        <Container flexDirection="row" gap={12}>
          <XrButton name="menu" label={xrT(language, 'comfort')} onSelect={() => actions.toggleMenu()} />
          <XrButton
            name="close"
            variant="primary"
            label={model.labels.close}
            onSelect={() => useStationStore.getState().actions.close()}
          />
        </Container>
      </Container>
    </group>
  )
}

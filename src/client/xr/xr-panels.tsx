import type { Hall } from '../../shared/scene/schema'
import { XrFormPanel } from './forms/xr-form-panel'
import { useXrFormStore } from './forms/xr-form-store'
import { useCounterCallStore } from '../counter-call/counter-call-store'
import { XrCallPanel } from './xr-call-panel'
import { XrComfortMenu } from './xr-comfort-menu'
import { XrStationPanel } from './xr-station-panel'

/**
 * The in-VR panels (uikit); a separate chunk loaded only when a session starts. An application form,
 * once opened from a service's details, takes the station panel's place at the counter until closed. The
 * video counter's panel shows while the citizen's counter call runs.
 */
export default function XrPanels({ hall }: { hall: Hall }) {
  const applying = useXrFormStore((s) => s.serviceId !== null)
  const calling = useCounterCallStore((s) => s.ticketId !== null)
  return (
    <>
      {applying ? <XrFormPanel hall={hall} /> : <XrStationPanel hall={hall} />}
      {calling && <XrCallPanel hall={hall} />}
      <XrComfortMenu hall={hall} />
    </>
  )
}

import type { Hall } from '../../shared/scene/schema'
import { XrFormPanel } from './forms/xr-form-panel'
import { useXrFormStore } from './forms/xr-form-store'
import { XrComfortMenu } from './xr-comfort-menu'
import { XrStationPanel } from './xr-station-panel'

/**
 * The in-VR panels (uikit); a separate chunk loaded only when a session starts. An application form,
 * once opened from a service's details, takes the station panel's place at the counter until closed.
 */
export default function XrPanels({ hall }: { hall: Hall }) {
  const applying = useXrFormStore((s) => s.serviceId !== null)
  return (
    <>
      {applying ? <XrFormPanel hall={hall} /> : <XrStationPanel hall={hall} />}
      <XrComfortMenu hall={hall} />
    </>
  )
}

import type { Hall } from '../../shared/scene/schema'
import { XrComfortMenu } from './xr-comfort-menu'
import { XrStationPanel } from './xr-station-panel'

/** The in-VR panels (uikit); a separate chunk loaded only when a session starts. */
export default function XrPanels({ hall }: { hall: Hall }) {
  return (
    <>
      <XrStationPanel hall={hall} />
      <XrComfortMenu hall={hall} />
    </>
  )
}

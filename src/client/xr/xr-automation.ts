import { useStationStore } from '../app/station-store'
import type { ComfortSettings } from './comfort-settings'
import { xrFormAutomationState, type XrFormAutomationState } from './forms/xr-form-automation'
import { useComfortStore } from './comfort-store'
import { comfortFader } from './xr-fade-state'
import { xrLive } from './xr-live'
import { headInHall } from './xr-pose'
import { useXrSessionStore } from './xr-session-store'

/** What `window.__onehall.xr()` returns (docs/automation.md). */
export type XrAutomationState = {
  /** True while an immersive session runs. */
  presenting: boolean
  /** `immersive-vr` while presenting, else null. */
  mode: XRSessionMode | null
  /** The XR origin (play-area floor centre) in the hall: [x, y, z] metres; y is the seated/height raise. */
  originPosition: [number, number, number]
  /** Origin yaw, radians (three.js rotation.y). */
  yaw: number
  /** The head in the hall: [x, y, z] metres (y includes the raise) and its yaw, while presenting. */
  head: { position: [number, number, number]; yaw: number } | null
  /** XR frames drawn so far (wait for this to grow to let a press reach the app). */
  frame: number
  /** Text in the VR station panel's search box. */
  search: string
  /** The headset comfort settings as stored (reduced motion, seated, snap angle...). */
  comfort: ComfortSettings
  /** A reduced-motion fade is running (the view is darkening or coming back). */
  fading: boolean
  open: {
    /** The counter whose 3D station panel is open, or null. */
    panel: string | null
    /** The service whose details the 3D panel shows, or null. */
    service: string | null
    /** The comfort menu is open. */
    menu: boolean
  }
  /** The VR application form, while one is open (its step, answers, problems, resume code, reference). */
  form: XrFormAutomationState | null
}

/**
 * Reads the headset state for automation. Loads no XR code: before the XR layer runs, this reports not
 * presenting.
 */
export function xrAutomationState(): XrAutomationState {
  const { presenting, mode, menuOpen, serviceId, search } = useXrSessionStore.getState()
  const { position, yaw } = xrLive.origin
  let head: XrAutomationState['head'] = null
  if (presenting && xrLive.tracked) {
    const inHall = headInHall({ position: [position[0], position[2]], yaw }, xrLive.head)
    head = {
      position: [inHall.position[0], position[1] + xrLive.headHeight, inHall.position[1]],
      yaw: inHall.yaw,
    }
  }
  return {
    presenting,
    mode,
    originPosition: [...position],
    yaw,
    head,
    frame: xrLive.frames,
    search,
    comfort: comfortSettings(),
    fading: comfortFader.active,
    open: {
      panel: presenting ? useStationStore.getState().selectedCounterId : null,
      service: presenting ? serviceId : null,
      menu: presenting && menuOpen,
    },
    form: xrFormAutomationState(),
  }
}

function comfortSettings(): ComfortSettings {
  const { actions: _, ...settings } = useComfortStore.getState()
  return settings
}

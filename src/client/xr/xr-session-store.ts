import { create } from 'zustand'

/**
 * What the page knows about headset mode, without loading any XR code: whether the browser can start an
 * immersive VR session, whether one is running, and which in-VR panels are open. The XR layer writes
 * it; the Enter VR button and `window.__onehall.xr()` read it.
 */
export type XrSessionState = {
  /** `immersive-vr` support: null until asked, then the browser's answer. */
  supported: boolean | null
  /** The XR chunk is loaded and connected to the renderer: a session can be requested. */
  layerReady: boolean
  /** True while an immersive session runs. */
  presenting: boolean
  mode: XRSessionMode | null
  /** The comfort menu is open (in VR). */
  menuOpen: boolean
  /** The service whose details the VR station panel shows, or null for the list. */
  serviceId: string | null
  /** Text typed into the VR station panel's search box (filters its services). */
  search: string
  /** The last error from starting a session, for the button to show. */
  error: string | null
  actions: {
    setSupported: (supported: boolean) => void
    setLayerReady: (ready: boolean) => void
    setSession: (mode: XRSessionMode | null) => void
    toggleMenu: (open?: boolean) => void
    showService: (serviceId: string | null) => void
    setSearch: (search: string) => void
    setError: (error: string | null) => void
  }
}

export const useXrSessionStore = create<XrSessionState>()((set, get) => ({
  supported: null,
  layerReady: false,
  presenting: false,
  mode: null,
  menuOpen: false,
  serviceId: null,
  search: '',
  error: null,
  actions: {
    setSupported: (supported) => set({ supported }),
    setLayerReady: (layerReady) => set({ layerReady }),
    setSession: (mode) =>
      set({ mode, presenting: mode !== null, ...(mode === null ? { menuOpen: false } : {}) }),
    toggleMenu: (open = !get().menuOpen) => set({ menuOpen: open }),
    showService: (serviceId) => set({ serviceId }),
    setSearch: (search) => set({ search }),
    setError: (error) => set({ error }),
  },
}))

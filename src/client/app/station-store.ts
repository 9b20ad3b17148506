import { create } from 'zustand'

export type StationState = {
  /** The counter under the pointer in the 3D hall, for the tooltip and highlight. */
  hoveredCounterId: string | null
  /** The counter whose station panel is open. */
  selectedCounterId: string | null
  actions: {
    hover: (counterId: string | null) => void
    /** Opens the station panel for a counter (3D click, the counter menu, VR). */
    select: (counterId: string) => void
    /** Closes the station panel. */
    close: () => void
  }
}

/**
 * Which counter is hovered and which one is open. 3D picking and the counter menu write it; the DOM
 * station panel (and later the VR panel) render the selected counter.
 */
export const useStationStore = create<StationState>()((set) => ({
  hoveredCounterId: null,
  selectedCounterId: null,
  actions: {
    hover: (counterId) => set({ hoveredCounterId: counterId }),
    select: (counterId) => set({ selectedCounterId: counterId }),
    close: () => set({ selectedCounterId: null }),
  },
}))

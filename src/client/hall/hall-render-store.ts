import { create } from 'zustand'

/** Which parts of the 3D hall have been built; the automation hook turns `ready` on from these. */
export type HallRenderState = {
  /** Id of the hall whose content is mounted, or null. */
  hallId: string | null
  modelsBuilt: boolean
  signsBuilt: boolean
  actions: {
    begin(hallId: string | null): void
    modelsDone(): void
    signsDone(): void
  }
}

/** Build progress of the 3D hall (not per-frame values; those stay out of stores). */
export const useHallRenderStore = create<HallRenderState>()((set) => ({
  hallId: null,
  modelsBuilt: false,
  signsBuilt: false,
  actions: {
    begin: (hallId) => set({ hallId, modelsBuilt: false, signsBuilt: false }),
    modelsDone: () => set({ modelsBuilt: true }),
    signsDone: () => set({ signsBuilt: true }),
  },
}))

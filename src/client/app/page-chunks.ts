import { preloadable } from './preloadable'

// The 3D hall's two chunks, requested by boot.ts in parallel with the app's own code and used by the
// app shell without suspending when they have already arrived.

/** The hall page (DOM overlay, loading bar, station panel). */
export const hallPageChunk = preloadable(() => import('./hall-page'))

/** The station panel with its service list and forms links: loaded when a counter is opened (or after the first frame). */
export const stationPanelChunk = preloadable(() => import('../panels/station-panel'))

/** The 3D canvas with three.js, fiber and the scene. */
export const hallCanvasChunk = preloadable(() => import('../hall/hall-canvas'))

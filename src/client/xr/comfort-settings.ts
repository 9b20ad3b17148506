import { z } from 'zod'

/** The localStorage key the headset comfort settings are kept under (next to "onehall.preferences"). */
export const COMFORT_STORAGE_KEY = 'onehall.comfort'

/** Snap-turn angles offered in the comfort menu, degrees. */
export const SNAP_ANGLES = [30, 45, 60, 90] as const
/** How far the height adjustment goes each way, metres, and its step. */
export const HEIGHT_RANGE = 0.5
export const HEIGHT_STEP = 0.1
/** How much seated mode raises the view, metres (a seated adult's eyes are about this much lower). */
export const SEATED_RAISE = 0.45
/** Reticle (pointer cursor) sizes offered, as a scale of the default cursor. */
export const RETICLE_SIZES = [1, 1.5, 2.5] as const

export const comfortSettingsSchema = z.object({
  /** Raise the view by {@link SEATED_RAISE} for a visitor who sits. */
  seated: z.boolean(),
  /** Extra view height, metres, within +-{@link HEIGHT_RANGE}. */
  heightOffset: z.number().min(-HEIGHT_RANGE).max(HEIGHT_RANGE),
  /** Snap-turn angle in degrees. */
  snapAngle: z.number().int().min(10).max(180),
  /** Smooth turning with the thumbstick instead of snap turns. */
  smoothTurn: z.boolean(),
  /** Only teleport: the thumbstick does not walk smoothly. */
  teleportOnly: z.boolean(),
  /** Pointer cursor scale. */
  reticleSize: z.number().min(0.5).max(4),
  /** Jumps (teleport, snap turn, go to counter) fade to dark and back instead of cutting; no animated moves. */
  reducedMotion: z.boolean(),
})

/** Headset comfort settings (W3C XR Accessibility User Requirements: seated mode, height, turning...). */
export type ComfortSettings = z.infer<typeof comfortSettingsSchema>

export const DEFAULT_COMFORT: ComfortSettings = {
  seated: false,
  heightOffset: 0,
  snapAngle: 45,
  smoothTurn: false,
  teleportOnly: true,
  reticleSize: 1,
  reducedMotion: false,
}

/** The defaults for a visitor with nothing stored: reduced motion follows the system setting. */
export function defaultComfort(prefersReducedMotion: boolean): ComfortSettings {
  return { ...DEFAULT_COMFORT, reducedMotion: prefersReducedMotion }
}

/**
 * Reads stored settings; missing fields take defaults, anything invalid is ignored. A missing
 * `reducedMotion` follows `prefersReducedMotion` (the system's `prefers-reduced-motion: reduce`), so the
 * system setting applies on first use and the visitor's own choice wins once made.
 */
export function parseComfort(raw: string | null | undefined, prefersReducedMotion = false): ComfortSettings {
  const defaults = defaultComfort(prefersReducedMotion)
  if (!raw) return defaults
  try {
    const parsed = comfortSettingsSchema.partial().safeParse(JSON.parse(raw))
    if (!parsed.success) return defaults
    const merged = { ...defaults, ...parsed.data }
    return comfortSettingsSchema.safeParse(merged).success ? merged : defaults
  } catch {
    return defaults
  }
}

/** The next value in a list of options after `current` (wrapping), for one-button cycling in VR. */
export function nextOption<T extends number>(options: readonly T[], current: number): T {
  const index = options.findIndex((o) => o === current)
  return options[(index + 1) % options.length] ?? options[0]!
}

/** The height offset after one step up or down, kept within range and rounded to the step. */
export function stepHeight(current: number, direction: 1 | -1): number {
  const next = Math.round((current + direction * HEIGHT_STEP) / HEIGHT_STEP) * HEIGHT_STEP
  return Math.max(-HEIGHT_RANGE, Math.min(HEIGHT_RANGE, Number(next.toFixed(2))))
}

/** How much the view is raised above the tracked head height, metres. */
export function viewRaise(settings: Pick<ComfortSettings, 'seated' | 'heightOffset'>): number {
  return (settings.seated ? SEATED_RAISE : 0) + settings.heightOffset
}

import { useComfortStore } from './comfort-store'
import { COMFORT_FADE, createFader } from './fade'

/** The one comfort fade of the headset view; `<XrComfortFade>` draws it while mounted. */
export const comfortFader = createFader(COMFORT_FADE)

let coverMounted = false

/** Called by `<XrComfortFade>`: jumps fade only while something draws the cover. */
export function setFadeCoverMounted(mounted: boolean) {
  coverMounted = mounted
  if (!mounted) comfortFader.flush()
}

/**
 * Every jump of the headset view (teleport, snap turn, go to counter, view reset) goes through here:
 * with reduced motion on (and the cover drawn) it runs behind a quick fade to dark, otherwise at once.
 * `jump` runs when it happens, so it should compute its target from the state at that moment.
 */
export function comfortJump(jump: () => void) {
  if (!coverMounted || !useComfortStore.getState().reducedMotion) {
    jump()
    return
  }
  comfortFader.request(jump, performance.now())
}

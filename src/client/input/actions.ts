import type { FloorPoint } from '../../shared/scene/schema'
import { useStationStore } from '../app/station-store'
import { usePlayerStore, type GoToCounterOptions } from '../player/player-store'
import { createMoveIntents, type MoveVector } from './move-intents'

/** The page's walking intent: written by the input components, read each frame by the player rig. */
export const moveIntents = createMoveIntents()

/**
 * What a visitor can ask for, whatever the device. Desktop keys and mouse, touch and (later) XR
 * controllers all call these, so the scene reacts to intents, never to raw keys or buttons.
 */
export const inputActions = {
  /** Walk relative to the view: `[right, forward]`, zero to stop; `source` names the device. */
  moveIntent: (source: string, move: MoveVector) => moveIntents.setMove(source, move),
  /** Turn continuously, -1..1, positive to the right. */
  turnIntent: (source: string, turn: number) => moveIntents.setTurn(source, turn),
  /** Forget a device's move and turn (it lost focus or went away). */
  releaseIntent: (source: string) => moveIntents.clear(source),
  /** Turn the view by radians: positive yaw turns left, positive pitch looks up. */
  look: (dYaw: number, dPitch: number) => usePlayerStore.getState().actions.look(dYaw, dPitch),
  /** Walk to a floor point (click or tap on the floor). */
  walkTo: (point: FloorPoint) => usePlayerStore.getState().actions.walkTo(point),
  /** Jump to a floor point (XR teleport, snap turn); with a yaw in degrees also turns the view. */
  teleportTo: (point: FloorPoint, yawDeg?: number) =>
    usePlayerStore.getState().actions.teleportTo(point, yawDeg),
  /** Open a counter's station panel. */
  selectCounter: (counterId: string) => useStationStore.getState().actions.select(counterId),
  /** Go to where one is served at a counter. */
  goToCounter: (counterId: string, options?: GoToCounterOptions) =>
    usePlayerStore.getState().actions.goToCounter(counterId, options),
} as const

export { collectConsoleErrors, type ConsoleErrorOptions } from './console-errors'
export {
  freePort,
  launchServer,
  ServerStartError,
  startServer,
  type ServerExit,
  type ServerOptions,
  type ServerProcess,
} from './server'
export { waitForHall } from './wait-for-hall'
export { canvasPixelStats, type CanvasPixelStats, type ViewportRegion } from './canvas-pixels'
export {
  DEFAULT_HALL_ID,
  fetchHall,
  floorDistance,
  hookCounters,
  hookPlayer,
  nextFrames,
  openHall,
  standAtCounter,
} from './hall-page'
export { axeViolations, type AxeOptions } from './axe'
export { ELDER_MIN_TARGET_PX, ELDER_MIN_TEXT_PX, elderModeProblems } from './elder-metrics'
export { DEMO_CLERK_PASSWORD, signInClerk, type ClerkSession } from './clerk-api'
export {
  callPageFigures,
  clerkSuggestsFullName,
  engineFigures,
  expectFramesAdvance,
  expectRemoteVideoMoves,
  type CallFigures,
} from './call-checks'
export { closeAfterEach } from './own-contexts'
export { callNextInConsole, signInClerkDesk, type ClerkDesk } from './clerk-desk'
export { receivedAudioEnergy, recordPeerConnections } from './peer-stats'

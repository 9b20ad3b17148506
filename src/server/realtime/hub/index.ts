export { Hub, CLOSE_GOING_AWAY } from './hub'
export type { Connection } from './connection'
export {
  iceServersFor,
  turnRestCredentials,
  NO_ICE,
  DEFAULT_TURN_TTL_SECONDS,
  type IceConfig,
} from './ice-servers'
export { originAllowed } from './origin'
export type { HubDeps, HubOptions, HubClerk, HubCallParty, IceServer, SavedChatLine } from './types'

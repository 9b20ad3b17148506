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

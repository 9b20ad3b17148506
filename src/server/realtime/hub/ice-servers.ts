import { createHmac } from 'node:crypto'
import type { IceServer } from './types'

/**
 * Where the browsers' ICE servers come from (see README "Running with a TURN server (coturn)"):
 * - `static`: a fixed list (`ONEHALL_ICE_SERVERS`, JSON of RTCIceServer), e.g. a public STUN server;
 * - `turn-rest`: coturn's REST API scheme (`use-auth-secret`): every join gets a username
 *   `<expiry>:<callId>` and a credential base64(HMAC-SHA1(secret, username)) that coturn checks with
 *   the same `static-auth-secret`; they stop working at the expiry. The static list is added in front.
 * With neither, the list is empty: host candidates only, enough on one machine or one LAN.
 */
export type IceConfig = {
  servers: IceServer[]
  turn: { urls: string[]; secret: string; ttlSeconds: number } | null
}

/** No STUN, no TURN. */
export const NO_ICE: IceConfig = { servers: [], turn: null }

/** How long TURN credentials are valid by default: long enough to set up and restart a call. */
export const DEFAULT_TURN_TTL_SECONDS = 10 * 60

/**
 * coturn REST credentials for one call party. The username is `<unix expiry>:<callId>`; coturn refuses
 * it after the expiry.
 */
export function turnRestCredentials(
  secret: string,
  callId: string,
  ttlSeconds: number,
  nowMs: number,
): { username: string; credential: string } {
  const username = `${Math.floor(nowMs / 1000) + ttlSeconds}:${callId}`
  const credential = createHmac('sha1', secret).update(username).digest('base64')
  return { username, credential }
}

/** The ICE servers handed out with `call.joined`. */
export function iceServersFor(config: IceConfig, callId: string, nowMs: number = Date.now()): IceServer[] {
  const servers = config.servers.map((s) => ({ ...s }))
  if (config.turn)
    servers.push({
      urls: [...config.turn.urls],
      ...turnRestCredentials(config.turn.secret, callId, config.turn.ttlSeconds, nowMs),
    })
  return servers
}

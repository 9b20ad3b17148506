import { randomBytes } from 'node:crypto'

/**
 * A new random id for queue rows (tickets, callbacks, appointments, ratings, follow-ups): 96 random bits
 * as 16 URL-safe characters, so ids can go in URLs and bus topics and cannot be guessed from each other.
 */
export function newQueueId(): string {
  return randomBytes(12).toString('base64url')
}

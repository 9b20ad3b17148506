import type { Kysely } from 'kysely'
import { MAX_CHAT_LENGTH, type CallRole } from '../../shared/protocol'
import type { Database } from '../db/database'
import { newQueueId } from '../queue/ids'

/**
 * The longest line the chat table holds (its column is varchar(1000)): the protocol's limit, checked
 * again here because the hub is not the only caller and PostgreSQL would refuse a longer value.
 */
export const CHAT_STORED_LENGTH = MAX_CHAT_LENGTH

/**
 * Stores one chat line of a call and returns its id and time. A line resent with the same `clientId`
 * after a reconnect is recognised: the first one's id and time come back with `duplicate: true` and
 * nothing is stored twice. The caller (the WebSocket hub) has already checked that the sender is a party
 * of the call and that the text fits the protocol.
 * @throws RangeError when the text is empty or longer than {@link CHAT_STORED_LENGTH}
 */
export async function saveChatLine(
  db: Kysely<Database>,
  callId: string,
  sender: CallRole,
  text: string,
  clientId?: string,
  now: number = Date.now(),
): Promise<{ id: string; at: number; duplicate: boolean }> {
  if (text.trim().length === 0 || [...text].length > CHAT_STORED_LENGTH)
    throw new RangeError(`A chat line must have 1 to ${CHAT_STORED_LENGTH} characters`)
  return db.transaction().execute(async (trx) => {
    if (clientId) {
      const earlier = await trx
        .selectFrom('chat_messages')
        .select(['id', 'at'])
        .where('call_id', '=', callId)
        .where('sender', '=', sender)
        .where('client_id', '=', clientId)
        .executeTakeFirst()
      if (earlier) return { id: earlier.id, at: Number(earlier.at), duplicate: true }
    }
    const id = newQueueId()
    await trx
      .insertInto('chat_messages')
      .values({ id, call_id: callId, sender, client_id: clientId ?? null, text, at: now })
      .execute()
    return { id, at: now, duplicate: false }
  })
}

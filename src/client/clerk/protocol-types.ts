import type { z } from 'zod'
import type { answerValueSchema, queueUpdateMessage, waitSchema } from '../../shared/protocol'

// Types of the WebSocket protocol the console reads, named once here so the rest of the folder
// imports plain names.

/** A clerk's live queue of one department (`queue.update`). */
export type QueueUpdate = z.infer<typeof queueUpdateMessage>
/** An estimated wait, or `no-clerk`. */
export type Wait = z.infer<typeof waitSchema>
/** An answer to a form field, as co-browsing sends it (any JSON value). */
export type AnswerValue = z.infer<typeof answerValueSchema>

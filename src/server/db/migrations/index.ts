import type { Migration } from 'kysely'
import * as sceneVersions from './001-scene-versions'
import * as citizensAndRegisters from './002-citizens-and-registers'
import * as draftsAndApplications from './003-drafts-and-applications'
import * as queueClerksCalls from './004-queue-clerks-calls'
import * as moreRegisters from './005-more-registers'

/**
 * Every migration, by name. Kysely runs them in name order, so names start with a zero-padded number.
 * Listed in code rather than read from a folder so the same set runs under tsx, vitest and a bundle.
 */
export const migrations: Record<string, Migration> = {
  '001-scene-versions': sceneVersions,
  '002-citizens-and-registers': citizensAndRegisters,
  '003-drafts-and-applications': draftsAndApplications,
  '004-queue-clerks-calls': queueClerksCalls,
  '005-more-registers': moreRegisters,
}

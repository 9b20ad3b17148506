import type { Migration } from 'kysely'
import * as sceneVersions from './001-scene-versions'

/**
 * Every migration, by name. Kysely runs them in name order, so names start with a zero-padded number.
 * Listed in code rather than read from a folder so the same set runs under tsx, vitest and a bundle.
 */
export const migrations: Record<string, Migration> = {
  '001-scene-versions': sceneVersions,
}

import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { MAX_UPLOAD_BYTES } from '../../shared/flow'
import type { Database } from '../db/database'
import { applicationsRoutes } from '../routes/applications'
import { draftsRoutes } from '../routes/drafts'
import { identityRoutes } from '../routes/identity'
import { meRoutes } from '../routes/me'
import { recordsRoutes } from '../routes/records'
import type { LoadedScenes } from '../scenes/load-scenes'
import { localizeFrameworkErrors } from './api-errors'
import { UPLOAD_CONTENT_TYPES, purgeExpiredDrafts } from './attachments'

export type CitizenApiOptions = {
  db: Kysely<Database>
  scenes: LoadedScenes
  /** Where attachment files are stored: outside the client build and public/. */
  uploadsDir: string
  /** How often expired drafts are purged; 0 turns the timer off (tests). @default one hour */
  purgeIntervalMs?: number
}

/** JSON bodies of this API are small; attachments have their own limits. */
export const JSON_BODY_LIMIT = 64 * 1024

/**
 * The citizen-facing API: demo e-ID, records, drafts, attachments, applications, "me".
 * Registers a raw-body parser for uploads, a 64 KiB limit on everything else, errors worded in the
 * request's language, and an hourly purge of long-expired drafts.
 */
export const citizenApi: FastifyPluginAsync<CitizenApiOptions> = async (app, options) => {
  localizeFrameworkErrors(app)
  app.addContentTypeParser(
    UPLOAD_CONTENT_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  )
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= JSON_BODY_LIMIT
  })

  const { db, scenes, uploadsDir } = options
  await app.register(identityRoutes, { db })
  await app.register(recordsRoutes, { db, scenes })
  await app.register(draftsRoutes, { db, scenes, uploadsDir })
  await app.register(applicationsRoutes, { db, scenes })
  await app.register(meRoutes, { db, scenes })

  const interval = options.purgeIntervalMs ?? 3_600_000
  if (interval > 0) {
    const timer = setInterval(() => {
      purgeExpiredDrafts(db, uploadsDir).catch((err: unknown) => app.log.error({ err }, 'draft purge failed'))
    }, interval)
    timer.unref()
    app.addHook('onClose', async () => clearInterval(timer))
  }
}

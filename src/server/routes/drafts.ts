import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { MAX_UPLOAD_BYTES, REGISTERS, flowIdSchema, nextPage, validatePage } from '../../shared/flow'
import { citizenError } from '../applications/api-errors'
import { draftableAnswers } from '../applications/answer-shapes'
import { deleteAttachment, storeAttachment } from '../applications/attachments'
import { parseInput } from '../applications/body'
import {
  createDraft,
  draftView,
  fileAnswers,
  listAttachments,
  loadDraft,
  saveDraft,
} from '../applications/drafts'
import { prefillDraft } from '../applications/prefill'
import { requestLanguage } from '../applications/request-language'
import { findApplicableService } from '../applications/services'
import { limitUpload, uploadAllowance } from '../applications/upload-limit'
import type { Database } from '../db/database'
import { currentCitizen, requireCitizen } from '../identity/session'
import type { LoadedScenes } from '../scenes/load-scenes'

export type DraftsRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes; uploadsDir: string }

const createSchema = z.object({ serviceId: flowIdSchema, hallId: flowIdSchema }).strict()
const answersSchema = z.record(z.string().max(64), z.unknown())
const saveSchema = z.object({ answers: answersSchema, pageId: flowIdSchema.nullable().optional() }).strict()
const validateSchema = z.object({ pageId: flowIdSchema, answers: answersSchema }).strict()
const prefillSchema = z.object({ registers: z.array(z.enum(REGISTERS)).max(REGISTERS.length) }).strict()
const codeParams = z.object({ code: z.string().max(20) })
const uploadParams = codeParams.extend({ documentId: flowIdSchema })
const uploadQuery = z.object({ name: z.string().max(255).optional(), lang: z.string().optional() })
const deleteParams = codeParams.extend({ attachmentId: z.string().min(1).max(32) })

/**
 * Drafts: create, read and autosave by resume code, pre-fill with consent, check a
 * page with the shared engine, and attach or remove files. Every 4xx leaves the stored draft as it was.
 */
export const draftsRoutes: FastifyPluginAsync<DraftsRouteOptions> = async (
  app,
  { db, scenes, uploadsDir },
) => {
  const flowOf = (draft: { service_id: string; hall_id: string }, lang: 'zh' | 'en') =>
    findApplicableService(scenes, draft.service_id, draft.hall_id, lang)

  app.post('/drafts', async (request, reply) => {
    const lang = requestLanguage(request)
    const body = parseInput(createSchema, request.body, lang)
    const target = findApplicableService(scenes, body.serviceId, body.hallId, lang)
    const citizen = await currentCitizen(db, request)
    const draft = await createDraft(db, target, citizen?.id ?? null)
    return reply.code(201).send({ draft: await draftView(db, draft) })
  })

  app.get('/drafts/:code', async (request) => {
    const lang = requestLanguage(request)
    const { code } = parseInput(codeParams, request.params, lang)
    return { draft: await draftView(db, await loadDraft(db, code, lang)) }
  })

  app.put('/drafts/:code', async (request) => {
    const lang = requestLanguage(request)
    const { code } = parseInput(codeParams, request.params, lang)
    const draft = await loadDraft(db, code, lang, { open: true })
    const body = parseInput(saveSchema, request.body, lang)
    const { flow } = flowOf(draft, lang).service
    const answers = draftableAnswers(flow, body.answers, lang)
    const pageId = body.pageId ?? null
    if (pageId !== null && !flow.pages.some((p) => p.id === pageId))
      throw citizenError(lang, 400, 'invalid_fields', {
        fields: [
          { fieldId: 'pageId', message: lang === 'en' ? 'Not a page of this form' : '本表单没有此页' },
        ],
      })
    const saved = await saveDraft(db, draft, { answers, pageId })
    const view = await draftView(db, saved)
    const errors = pageId ? validatePage(flow, pageId, view.answers, lang).errors : []
    return { draft: view, errors }
  })

  app.post('/drafts/:code/prefill', async (request) => {
    const lang = requestLanguage(request)
    const citizen = await requireCitizen(db, request)
    const { code } = parseInput(codeParams, request.params, lang)
    const draft = await loadDraft(db, code, lang, { open: true })
    if (draft.citizen_id !== null && draft.citizen_id !== citizen.id)
      throw citizenError(lang, 403, 'forbidden')
    const { registers } = parseInput(prefillSchema, request.body, lang)
    const result = await prefillDraft(db, draft, flowOf(draft, lang), citizen, registers)
    return { draft: await draftView(db, result.draft), filled: result.filled }
  })

  app.post('/drafts/:code/validate-page', async (request) => {
    const lang = requestLanguage(request)
    const { code } = parseInput(codeParams, request.params, lang)
    const draft = await loadDraft(db, code, lang)
    const body = parseInput(validateSchema, request.body, lang)
    const { flow } = flowOf(draft, lang).service
    const answers = {
      ...draftableAnswers(flow, body.answers, lang),
      ...fileAnswers(await listAttachments(db, draft.resume_code)),
    }
    const result = validatePage(flow, body.pageId, answers, lang)
    return {
      ok: result.ok,
      errors: result.errors.map((e) => ({
        fieldId: e.fieldId,
        message: e.message,
        ...(e.part ? { part: e.part } : {}),
      })),
      nextPageId: result.ok ? nextPage(flow, answers, body.pageId) : body.pageId,
    }
  })

  app.put(
    '/drafts/:code/attachments/:documentId',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      // The document's own limit (or the quota left) is known before the body: refuse an oversized
      // upload by its Content-Length, or cut a chunked one off at the limit, instead of reading it all.
      preParsing: async (request, _reply, payload) => {
        const lang = requestLanguage(request)
        const { code, documentId } = parseInput(uploadParams, request.params, lang)
        const draft = await loadDraft(db, code, lang, { open: true })
        const flow = flowOf(draft, lang).service.flow
        const allowance = await uploadAllowance(db, draft, flow, documentId, lang)
        return limitUpload(payload, request.headers['content-length'], allowance)
      },
    },
    async (request, reply) => {
      const lang = requestLanguage(request)
      const { code, documentId } = parseInput(uploadParams, request.params, lang)
      const { name } = parseInput(uploadQuery, request.query, lang)
      const draft = await loadDraft(db, code, lang, { open: true })
      if (!Buffer.isBuffer(request.body)) throw citizenError(lang, 415, 'unsupported_media_type')
      const row = await storeAttachment(db, {
        draft,
        flow: flowOf(draft, lang).service.flow,
        documentId,
        name,
        claimedType: request.headers['content-type'],
        content: request.body,
        language: lang,
        uploadsDir,
      })
      return reply.code(201).send({
        attachment: {
          id: row.id,
          documentId: row.document_id,
          name: row.name,
          size: row.size,
          type: row.media_type,
        },
      })
    },
  )

  app.delete('/drafts/:code/attachments/:attachmentId', async (request) => {
    const lang = requestLanguage(request)
    const { code, attachmentId } = parseInput(deleteParams, request.params, lang)
    const draft = await loadDraft(db, code, lang, { open: true })
    await deleteAttachment(db, draft, attachmentId, uploadsDir, lang)
    return { draft: await draftView(db, await loadDraft(db, code, lang)) }
  })
}

import type { FastifyError, FastifyInstance } from 'fastify'
import type { Language } from '../../shared/scene'
import { interpolate } from '../../shared/i18n/interpolate'
import { ApiError } from '../http/errors'
import { requestLanguage } from './request-language'

const MESSAGES = {
  bad_request: { zh: '请求格式不正确。', en: 'The request could not be read.' },
  invalid_json: { zh: '请求内容不是有效的JSON。', en: 'The request body is not valid JSON.' },
  invalid_fields: { zh: '有字段填写不正确。', en: 'Some fields are not right.' },
  payload_too_large: { zh: '请求内容过大。', en: 'The request is too large.' },
  unsupported_media_type: { zh: '不支持此内容类型。', en: 'This content type is not supported.' },
  sign_in_required: { zh: '请先登录。', en: 'Sign in first.' },
  unknown_citizen: { zh: '没有这位演示居民。', en: 'There is no such demo citizen.' },
  unknown_service: {
    zh: '没有此服务事项，或它不能在线申请。',
    en: 'There is no such service to apply for online.',
  },
  draft_not_found: {
    zh: '找不到此续填码对应的草稿，请核对续填码。',
    en: 'No draft has this resume code; check the code.',
  },
  draft_expired: {
    zh: '此草稿已过期（30天未保存），请重新申请。',
    en: 'This draft has expired (not saved for 30 days); start again.',
  },
  draft_submitted: {
    zh: '此申请已提交，不能再修改。',
    en: 'This application has been submitted and cannot be changed.',
  },
  forbidden: { zh: '此草稿属于另一位居民。', en: 'This draft belongs to someone else.' },
  // Queue, callbacks, appointments and ratings.
  hall_not_found: { zh: '没有此大厅或部门。', en: 'There is no such hall or department.' },
  no_clerk_on_duty: {
    zh: '此部门现在没有工作人员在岗，您可以申请回电或预约办理时间。',
    en: 'Nobody from this department is on duty now; ask for a call back or book an appointment.',
  },
  ticket_not_found: { zh: '找不到此号票。', en: 'There is no such ticket.' },
  ticket_forbidden: {
    zh: '无法核实您是此号票的持有人。',
    en: 'This ticket could not be confirmed as yours.',
  },
  ticket_closed: {
    zh: '此号票已经结束，不能再取消。',
    en: 'This ticket has already ended and cannot be cancelled.',
  },
  slot_taken: {
    zh: '这个时段刚刚被预约，请另选一个时段。',
    en: 'This time has just been booked; choose another one.',
  },
  not_served: {
    zh: '服务完成后才能评价。',
    en: 'You can rate the service once it has been completed.',
  },
  already_rated: { zh: '您已评价过这次服务。', en: 'You have already rated this service.' },
  unknown_fields: { zh: '表单中没有这些字段：{{ids}}', en: 'The form has no fields called: {{ids}}' },
  unknown_document: { zh: '此申请不需要这份材料。', en: 'This application does not take that document.' },
  file_type_mismatch: {
    zh: '文件内容与所选类型不符，请上传 {{types}} 文件。',
    en: 'The file content does not match an accepted type; upload a {{types}} file.',
  },
  file_too_large: { zh: '文件必须小于 {{max}}。', en: 'The file must be smaller than {{max}}.' },
  file_empty: { zh: '文件是空的。', en: 'The file is empty.' },
  too_many_files: {
    zh: '这份材料最多上传{{max}}个文件。',
    en: 'Upload no more than {{max}} files for this document.',
  },
  quota_exceeded: {
    zh: '本草稿的附件总大小不能超过 {{max}}。',
    en: 'The attachments of one draft must add up to less than {{max}}.',
  },
  attachment_not_found: { zh: '找不到此附件。', en: 'There is no such attachment.' },
  idempotency_key_required: {
    zh: '提交请求需要 Idempotency-Key 标头。',
    en: 'Submitting needs an Idempotency-Key header.',
  },
  idempotency_key_reused: {
    zh: '此 Idempotency-Key 已用于另一份申请。',
    en: 'This Idempotency-Key was used for another application.',
  },
  declaration_required: { zh: '请确认声明后再提交。', en: 'Confirm the declaration to submit.' },
  already_submitted: {
    zh: '此申请已提交，受理编号 {{reference}}。',
    en: 'Already submitted as {{reference}}.',
  },
  validation_failed: { zh: '申请中有需要修改的内容。', en: 'There is a problem with some answers.' },
  application_not_found: {
    zh: '找不到此申请，请核对受理编号和续填码。',
    en: 'No application matches; check the reference and code.',
  },
} as const satisfies Record<string, { zh: string; en: string }>

/** Error codes of the citizen API, with their messages in both languages. */
export type CitizenErrorCode = keyof typeof MESSAGES

/** One field-level problem in an error's `details.fields`. */
export type FieldProblemDetail = { fieldId: string; message: string }

/**
 * An ApiError with its message in the request's language; field problems go in `details.fields`.
 */
export function citizenError(
  language: Language,
  status: number,
  code: CitizenErrorCode,
  options: { params?: Record<string, string | number>; fields?: FieldProblemDetail[]; extra?: object } = {},
): ApiError {
  const message = interpolate(MESSAGES[code][language], options.params ?? {})
  const details =
    options.fields || options.extra
      ? { ...options.extra, ...(options.fields ? { fields: options.fields } : {}) }
      : undefined
  return new ApiError(status, code, message, details)
}

const FASTIFY_CODES: Record<string, CitizenErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
}

/**
 * Re-words Fastify's own client errors (malformed JSON, body too large, wrong content type) in the
 * request's language, then hands every error on to the app's error handler for the response.
 */
export function localizeFrameworkErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request) => {
    if (error instanceof ApiError) throw error
    const code = FASTIFY_CODES[error.code] ?? (error instanceof SyntaxError ? 'invalid_json' : undefined)
    if (code) throw citizenError(requestLanguage(request), error.statusCode ?? 400, code)
    throw error
  })
}

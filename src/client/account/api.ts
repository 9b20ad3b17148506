import type { Answers } from '../../shared/flow/answers'
import type { Register } from '../../shared/flow/flow-schema'
import type { Language } from '../../shared/scene/localized'
import { apiCall } from './api-client'
import type {
  AccessLogEntry,
  Application,
  ApplicationEvent,
  DemoCitizen,
  Draft,
  DraftAttachment,
  PrefillPreview,
  SessionCitizen,
} from './api-types'

const enc = encodeURIComponent

/**
 * The issue-4 API, one function per endpoint (see /tmp/api-issue4.md in the issue). Every call takes
 * the visitor's language for server messages.
 */
export const api = {
  demoCitizens: (lang: Language) =>
    apiCall<{ citizens: DemoCitizen[] }>('/api/identity/demo-citizens', lang).then((r) => r.citizens),
  session: (lang: Language) =>
    apiCall<{ citizen: SessionCitizen | null }>('/api/identity/session', lang).then((r) => r.citizen),
  signIn: (lang: Language, citizenId: string) =>
    apiCall<{ citizen: SessionCitizen }>('/api/identity/session', lang, {
      method: 'POST',
      json: { citizenId },
    }).then((r) => r.citizen),
  signOut: (lang: Language) => apiCall<unknown>('/api/identity/session', lang, { method: 'DELETE' }),

  prefillPreview: (lang: Language, serviceId: string) =>
    apiCall<PrefillPreview>(`/api/services/${enc(serviceId)}/prefill-preview`, lang),
  accessLog: (lang: Language) =>
    apiCall<{ entries: AccessLogEntry[] }>('/api/me/access-log', lang).then((r) => r.entries),

  createDraft: (lang: Language, serviceId: string, hallId: string) =>
    apiCall<{ draft: Draft }>('/api/drafts', lang, { method: 'POST', json: { serviceId, hallId } }).then(
      (r) => r.draft,
    ),
  getDraft: (lang: Language, code: string) =>
    apiCall<{ draft: Draft }>(`/api/drafts/${enc(code)}`, lang).then((r) => r.draft),
  saveDraft: (lang: Language, code: string, answers: Answers, pageId: string | null) =>
    apiCall<{ draft: Draft }>(`/api/drafts/${enc(code)}`, lang, {
      method: 'PUT',
      json: { answers, pageId },
    }).then((r) => r.draft),
  prefill: (lang: Language, code: string, registers: Register[]) =>
    apiCall<{ draft: Draft; filled: string[] }>(`/api/drafts/${enc(code)}/prefill`, lang, {
      method: 'POST',
      json: { registers },
    }),
  uploadAttachment: (lang: Language, code: string, documentId: string, file: File) =>
    apiCall<{ attachment: DraftAttachment }>(
      `/api/drafts/${enc(code)}/attachments/${enc(documentId)}?name=${enc(file.name)}`,
      lang,
      { method: 'PUT', raw: file },
    ).then((r) => r.attachment),
  deleteAttachment: (lang: Language, code: string, attachmentId: string) =>
    apiCall<unknown>(`/api/drafts/${enc(code)}/attachments/${enc(attachmentId)}`, lang, {
      method: 'DELETE',
    }),

  submit: (lang: Language, resumeCode: string, idempotencyKey: string) =>
    apiCall<{ application: Application }>('/api/applications', lang, {
      method: 'POST',
      json: { resumeCode, declarationAccepted: true },
      headers: { 'Idempotency-Key': idempotencyKey },
    }).then((r) => r.application),
  application: (lang: Language, reference: string, code?: string) =>
    apiCall<{ application: Application; history: ApplicationEvent[] }>(
      `/api/applications/${enc(reference)}${code ? `?code=${enc(code)}` : ''}`,
      lang,
    ),
  myApplications: (lang: Language) =>
    apiCall<{ applications: Application[] }>('/api/me/applications', lang).then((r) => r.applications),
}

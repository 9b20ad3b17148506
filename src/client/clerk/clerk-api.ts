import type { Language } from '../../shared/scene/localized'
import { apiCall, type ApiRequest } from '../account/api-client'
import type {
  CallNextResponse,
  ChoosableState,
  ClerkPrincipal,
  ClerkQueueResponse,
  CurrentCallResponse,
  FollowUp,
  TicketContext,
  WrapUpOutcome,
} from './clerk-types'

/** The header every clerk state change carries besides the global `X-OneHall-CSRF: 1`. */
export const CLERK_CSRF_HEADER = 'X-OneHall-Clerk-CSRF'

/** What `/api/clerk/login` and `/api/clerk/me` answer. */
export type ClerkSession = { clerk: ClerkPrincipal; csrfToken: string }

type Call = <T>(path: string, language: Language, request?: ApiRequest) => Promise<T>

const enc = encodeURIComponent

/**
 * The clerk API (`/api/clerk/*`), one function per endpoint. State changes send the session's CSRF token
 * (read through `csrfToken` at each call, so a new sign-in is picked up); `apiCall` adds
 * `X-OneHall-CSRF: 1` and the language. Failures reject with the account `ApiError` (status + code).
 * @param call the HTTP function; tests pass a fake
 */
export function createClerkApi(csrfToken: () => string | null, call: Call = apiCall) {
  const change = <T>(path: string, language: Language, json: unknown = {}) => {
    const token = csrfToken()
    return call<T>(path, language, {
      method: 'POST',
      json,
      headers: token ? { [CLERK_CSRF_HEADER]: token } : {},
    })
  }
  return {
    login: (language: Language, username: string, password: string) =>
      call<ClerkSession>('/api/clerk/login', language, { method: 'POST', json: { username, password } }),
    logout: (language: Language) => change<unknown>('/api/clerk/logout', language),
    me: (language: Language) => call<ClerkSession>('/api/clerk/me', language),
    setState: (language: Language, state: ChoosableState) =>
      change<{ clerk: ClerkPrincipal }>('/api/clerk/state', language, { state }).then((r) => r.clerk),
    queue: (language: Language) => call<ClerkQueueResponse>('/api/clerk/queue', language),
    current: (language: Language) =>
      call<CurrentCallResponse>('/api/clerk/current', language).then((r) => r.call),
    callNext: (language: Language) => change<CallNextResponse>('/api/clerk/call-next', language),
    context: (language: Language, ticketId: string) =>
      call<TicketContext>(`/api/clerk/tickets/${enc(ticketId)}/context`, language),
    ticketAction: (language: Language, ticketId: string, action: 'start' | 'no-show' | 'requeue') =>
      change<{ clerk?: ClerkPrincipal }>(`/api/clerk/tickets/${enc(ticketId)}/${action}`, language),
    endCall: (language: Language, callId: string) =>
      change<{ clerk?: ClerkPrincipal }>(`/api/clerk/calls/${enc(callId)}/end`, language),
    wrapUp: (language: Language, callId: string, outcome: WrapUpOutcome, notes: string) =>
      change<{ clerk?: ClerkPrincipal }>(`/api/clerk/calls/${enc(callId)}/wrap-up`, language, {
        outcome,
        notes,
      }),
    followUps: (language: Language) =>
      call<{ followUps: FollowUp[] }>('/api/clerk/follow-ups', language).then((r) => r.followUps),
  }
}

export type ClerkApi = ReturnType<typeof createClerkApi>

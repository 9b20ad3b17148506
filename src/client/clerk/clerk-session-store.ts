import { create } from 'zustand'
import type { Language } from '../../shared/scene/localized'
import { ApiError } from '../account/api-client'
import type { ClerkApi } from './clerk-api'
import type { ChoosableState, ClerkPrincipal, ClerkState } from './clerk-types'
import { checkSignIn, signInFailure, type SignInProblem } from './sign-in-model'

export type ClerkSessionState = {
  /** `checking` until `/api/clerk/me` answered once. */
  status: 'checking' | 'signed-out' | 'signed-in'
  clerk: ClerkPrincipal | null
  /** Sent as `X-OneHall-Clerk-CSRF` on every state change; it comes with the session. */
  csrfToken: string | null
  signingIn: boolean
  /** The sign-in form's problems (empty when none); `attempt` changes on each submit. */
  problems: SignInProblem[]
  attempt: number
  /** A failed state change or sign-out, as the server's message. */
  error: string | null
  actions: {
    check: (language: Language) => Promise<void>
    signIn: (language: Language, username: string, password: string) => Promise<boolean>
    signOut: (language: Language) => Promise<void>
    chooseState: (language: Language, state: ChoosableState) => Promise<void>
    /** The server changed the clerk (call next → busy, hang up → wrap-up, wrap-up → available). */
    serverState: (state: ClerkState) => void
    setClerk: (clerk: ClerkPrincipal) => void
    /** The session expired (a 401 elsewhere): back to the sign-in form. */
    expired: () => void
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The clerk's session: who is signed in, their state, the CSRF token. The session itself is the
 * HttpOnly `onehall_clerk` cookie; this store only mirrors what the server said.
 * @param api the clerk API (tests pass a fake)
 */
export function createClerkSessionStore(api: Pick<ClerkApi, 'me' | 'login' | 'logout' | 'setState'>) {
  return create<ClerkSessionState>()((set, get) => ({
    status: 'checking',
    clerk: null,
    csrfToken: null,
    signingIn: false,
    problems: [],
    attempt: 0,
    error: null,
    actions: {
      check: async (language) => {
        try {
          const session = await api.me(language)
          set({ status: 'signed-in', clerk: session.clerk, csrfToken: session.csrfToken, error: null })
        } catch (error) {
          const signedOut = error instanceof ApiError && error.status === 401
          set({
            status: 'signed-out',
            clerk: null,
            csrfToken: null,
            error: signedOut ? null : message(error),
          })
        }
      },
      signIn: async (language, username, password) => {
        if (get().signingIn) return false
        const attempt = get().attempt + 1
        const problems = checkSignIn({ username, password })
        if (problems.length > 0) {
          set({ problems, attempt })
          return false
        }
        set({ signingIn: true, problems: [], attempt })
        try {
          const session = await api.login(language, username.trim(), password)
          set({
            status: 'signed-in',
            clerk: session.clerk,
            csrfToken: session.csrfToken,
            signingIn: false,
            error: null,
          })
          return true
        } catch (error) {
          set({ signingIn: false, problems: [signInFailure(error)] })
          return false
        }
      },
      signOut: async (language) => {
        try {
          await api.logout(language)
        } catch (error) {
          // An expired session is signed out anyway; anything else is worth telling.
          if (!(error instanceof ApiError && error.status === 401)) {
            set({ error: message(error) })
            return
          }
        }
        set({ status: 'signed-out', clerk: null, csrfToken: null, problems: [], error: null })
      },
      chooseState: async (language, state) => {
        try {
          set({ clerk: await api.setState(language, state), error: null })
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) get().actions.expired()
          else set({ error: message(error) })
        }
      },
      serverState: (state) => {
        const clerk = get().clerk
        if (clerk) set({ clerk: { ...clerk, state } })
      },
      setClerk: (clerk) => set({ clerk }),
      expired: () => set({ status: 'signed-out', clerk: null, csrfToken: null }),
    },
  }))
}

export type ClerkSessionStore = ReturnType<typeof createClerkSessionStore>

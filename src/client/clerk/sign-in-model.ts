import { ApiError } from '../account/api-client'

/** The sign-in inputs' ids, also the targets of the error summary's links. */
export const SIGN_IN_INPUTS = { username: 'clerk-username', password: 'clerk-password' } as const
export type SignInField = keyof typeof SIGN_IN_INPUTS

/**
 * One problem with the sign-in: the field it belongs to (the summary links there), an i18n key of the
 * `clerk` namespace, and the server's message for failures the console has no words of its own for.
 */
export type SignInProblem = { field: SignInField; key: string; detail?: string }

/** Checks the form before sending it: both boxes filled (a username of spaces is empty). */
export function checkSignIn(input: { username: string; password: string }): SignInProblem[] {
  const problems: SignInProblem[] = []
  if (input.username.trim() === '') problems.push({ field: 'username', key: 'usernameEmpty' })
  if (input.password === '') problems.push({ field: 'password', key: 'passwordEmpty' })
  return problems
}

/**
 * Turns a failed login into the problem shown. 401 never says which of the two was wrong (the server
 * answers the same for both, so nobody learns which usernames exist); 429 asks to wait.
 */
export function signInFailure(error: unknown): SignInProblem {
  if (error instanceof ApiError) {
    if (error.status === 401) return { field: 'username', key: 'badCredentials' }
    if (error.status === 429) return { field: 'username', key: 'tooManyAttempts' }
    const fieldError = error.fields.find((f) => f.fieldId === 'username' || f.fieldId === 'password')
    if (fieldError)
      return { field: fieldError.fieldId as SignInField, key: 'failed', detail: fieldError.message }
    return { field: 'username', key: 'failed', detail: error.message }
  }
  return { field: 'username', key: 'failed', detail: error instanceof Error ? error.message : String(error) }
}

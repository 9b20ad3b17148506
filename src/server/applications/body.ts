import type { z } from 'zod'
import type { Language } from '../../shared/scene'
import { citizenError } from './api-errors'

const WRONG = {
  zh: { missing: '缺少此项', wrong: '此项的类型或格式不正确', unknown: '不认识此项' },
  en: {
    missing: 'This is missing',
    wrong: 'This has the wrong type or format',
    unknown: 'This is not expected',
  },
}

/**
 * Parses a request body (or params, or query) with a zod schema; 400 `invalid_fields` naming each bad
 * field, in the request's language, when it does not fit.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, language: Language): z.infer<T> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const words = WRONG[language]
  const fields = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ fieldId: [...issue.path, key].join('.'), message: words.unknown }))
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    return [{ fieldId: issue.path.join('.') || 'body', message: missing ? words.missing : words.wrong }]
  })
  throw citizenError(language, 400, 'invalid_fields', { fields })
}

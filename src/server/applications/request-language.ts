import type { FastifyRequest } from 'fastify'
import type { Language } from '../../shared/scene'

/**
 * The language answers and error messages use: `?lang=zh|en`, else the first of zh/en in
 * Accept-Language, else Chinese.
 */
export function requestLanguage(request: FastifyRequest): Language {
  const query = request.query as Record<string, unknown> | undefined
  const lang = query && typeof query.lang === 'string' ? query.lang : ''
  if (lang === 'en' || lang === 'zh') return lang
  const header = String(request.headers['accept-language'] ?? '')
  for (const part of header.split(',')) {
    const tag = part.trim().toLowerCase()
    if (tag.startsWith('en')) return 'en'
    if (tag.startsWith('zh')) return 'zh'
  }
  return 'zh'
}

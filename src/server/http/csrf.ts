import type { FastifyRequest } from 'fastify'
import { ApiError } from './errors'

/** The header every state-changing API request must carry; a cross-site HTML form cannot send it. */
export const CSRF_HEADER = 'x-onehall-csrf'
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const MESSAGES = {
  zh: '请求缺少防跨站伪造标头，请刷新页面后重试。',
  en: 'The request is missing its cross-site protection header; reload the page and try again.',
}

/**
 * An onRequest hook: POST/PUT/PATCH/DELETE without `X-OneHall-CSRF: 1` get 403 `csrf`. CORS is not
 * enabled, so only OneHall's own pages can add a custom header. Routes whose URL is in `exempt`
 * (the unknown-route catch-alls, which change nothing and answer 404) are skipped.
 */
export function csrfGuard(exempt: readonly string[] = []) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!STATE_CHANGING.has(request.method)) return
    if (exempt.includes(request.routeOptions.url ?? '')) return
    if (request.headers[CSRF_HEADER] === '1') return
    const lang = /^\s*en/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'zh'
    throw new ApiError(403, 'csrf', MESSAGES[lang])
  }
}

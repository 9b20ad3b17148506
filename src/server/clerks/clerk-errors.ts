import type { Language } from '../../shared/scene'
import { interpolate } from '../../shared/i18n/interpolate'
import { ApiError } from '../http/errors'

const MESSAGES = {
  bad_credentials: {
    zh: '用户名或密码不正确。',
    en: 'The username or password is not right.',
  },
  rate_limited: {
    zh: '登录尝试过于频繁，请一分钟后再试。',
    en: 'Too many sign-in attempts; wait a minute and try again.',
  },
  demo_refused: {
    zh: '此服务器已停用演示工作人员账号。',
    en: 'Demo clerk accounts are switched off on this server.',
  },
  clerk_sign_in_required: {
    zh: '请先以工作人员身份登录。',
    en: 'Sign in as a clerk first.',
  },
  csrf: {
    zh: '请求缺少有效的防跨站伪造令牌，请刷新页面后重试。',
    en: 'The request is missing a valid cross-site protection token; reload the page and try again.',
  },
  supervisor_only: {
    zh: '只有值班主管可以查看此内容。',
    en: 'Only supervisors can see this.',
  },
  queue_empty: {
    zh: '您负责的部门目前没有人排队。',
    en: 'Nobody is waiting in your departments.',
  },
  call_in_progress: {
    zh: '请先结束当前的号码（{{number}}）再叫下一位。',
    en: 'Finish the current number ({{number}}) before calling the next one.',
  },
  ticket_not_found: {
    zh: '找不到叫到您窗口的这个号码。',
    en: 'No such ticket has been called to your counter.',
  },
  ticket_state: {
    zh: '号码{{number}}当前状态为“{{status}}”，不能执行此操作。',
    en: 'Ticket {{number}} is {{status}}; this cannot be done now.',
  },
  call_not_found: {
    zh: '找不到您的这通视频通话。',
    en: 'You have no such call.',
  },
  call_not_ended: {
    zh: '请先结束通话再填写办理结果。',
    en: 'End the call before wrapping it up.',
  },
  already_wrapped_up: {
    zh: '这通通话已填写办理结果。',
    en: 'This call has already been wrapped up.',
  },
} as const satisfies Record<string, { zh: string; en: string }>

/** Error codes of the clerk API, with their messages in both languages. */
export type ClerkErrorCode = keyof typeof MESSAGES

/** An ApiError for the clerk API with its message in the request's language. */
export function clerkError(
  language: Language,
  status: number,
  code: ClerkErrorCode,
  params: Record<string, string | number> = {},
  details?: object,
): ApiError {
  return new ApiError(status, code, interpolate(MESSAGES[code][language], params), details)
}

import { markLoad } from '../app/load-marks'

/** The self-hosted font (a Noto Sans SC subset, public/fonts/README.md) that signs are drawn with. */
export const SIGN_FONT_FAMILY = 'OneHall Sans'
export const SIGN_FONT_FACES = [
  { url: '/fonts/onehall-sans.woff2', weight: '400' },
  { url: '/fonts/onehall-sans-bold.woff2', weight: '700' },
] as const

/** What canvas text uses: our font first, then whatever sans-serif the system has. */
export const SIGN_FONT_STACK = `"${SIGN_FONT_FAMILY}", "Noto Sans CJK SC", "Noto Sans SC", sans-serif`

const TIMEOUT_MS = 8000
const PROBE_TEXT = '窗口 Counter'

let loading: Promise<boolean> | null = null

/**
 * Loads the sign font's faces once per page with the FontFace API (or reuses faces the page's CSS
 * declared) and resolves true once canvas text can use them. Resolves false on failure or after a
 * timeout, so signs are still drawn, with a system font.
 */
export function loadSignFont(): Promise<boolean> {
  loading ??= loadOnce().finally(() => markLoad('sign-font'))
  return loading
}

async function loadFace({ url, weight }: (typeof SIGN_FONT_FACES)[number]): Promise<boolean> {
  const probe = `${weight} 64px "${SIGN_FONT_FAMILY}"`
  // A face declared by the page's CSS is loaded by this call; only otherwise add our own.
  if ((await document.fonts.load(probe, PROBE_TEXT)).length > 0) return true
  const face = new FontFace(SIGN_FONT_FAMILY, `url(${url}) format("woff2")`, { weight })
  document.fonts.add(await face.load())
  return (await document.fonts.load(probe, PROBE_TEXT)).length > 0
}

async function loadOnce(): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS))
  try {
    const loaded = await Promise.race([Promise.all(SIGN_FONT_FACES.map(loadFace)), timeout])
    return Array.isArray(loaded) && loaded.every(Boolean)
  } catch (error) {
    console.warn('OneHall: the sign font did not load; signs use a system font.', error)
    return false
  }
}
